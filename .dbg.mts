import { loadCatalog } from './src/load/catalog.ts';
import { parseText } from './src/ask/index.ts';
const c = loadCatalog();
for (const t of process.argv.slice(2)) { const q = parseText(c, t); console.log(t, '→', q.intent, q.tokens, q.per, q.promptTokens, JSON.stringify(q.mix), q.yearly, q.notes, q.problems); }
