import { loadCatalog } from './src/load/catalog.ts';
import { outOfScopeNameIn } from './src/catalog/out-of-scope.ts';
import { parseText } from './src/ask/index.ts';
const c = loadCatalog();
const qs = ['what would 500 users sending 20 messages a day cost on gpt-5 mini', 'cheapest model with vision under $1 per million from anthropic or google', 'compare gpt-5 and claude sonnet 4.5 for coding at 50M tokens'];
for (let r = 0; r < 3; r++) {
  let t = performance.now(); for (let i = 0; i < 2000; i++) outOfScopeNameIn(c, qs[i % 3]!); const a = (performance.now() - t) / 2000;
  t = performance.now(); for (let i = 0; i < 2000; i++) parseText(c, qs[i % 3]!); const b = (performance.now() - t) / 2000;
  console.log(`outOfScopeNameIn ${(a*1000).toFixed(1)}µs parseText ${(b*1000).toFixed(1)}µs`);
}
