import { loadCatalog } from './src/load/catalog.ts';
import { parseQuestion } from './src/ask/question.ts';
import { releaseWindowInWords } from './src/ask/released.ts';
import { rangeInWords } from './src/digest/command.ts';
const c = loadCatalog();
for (const t of process.argv.slice(2)) { console.log(t, JSON.stringify(releaseWindowInWords(t)), JSON.stringify(rangeInWords(' this week'))); const q = parseQuestion(c, t); console.log(JSON.stringify({intent:q.intent, released:q.released, problems:q.problems})); }
