import { loadCatalog } from './src/load/catalog.ts';
import { parseQuestion } from './src/ask/question.ts';
const c = loadCatalog();
for (const t of process.argv.slice(2)) { const q = parseQuestion(c, t); console.log(t, '→', q.intent, q.lane, JSON.stringify(q.filters)); }
