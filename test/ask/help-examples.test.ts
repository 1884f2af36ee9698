// Every command /models help shows answers as shown: none is misread, names an unknown model or asks for more.
import { describe, expect, it } from 'vitest';
import { answer, EXAMPLES } from '../../src/ask/answer.ts';
import { parseText } from '../../src/ask/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();

describe('help', () => {
  it.each(EXAMPLES.filter((e) => e.command.startsWith('/')).map((e) => e.command))('its example answers: %s', (command) => {
    const q = parseText(catalog, command);
    expect(q.problems).toEqual([]);
    expect(['input-problem', 'not-understood', 'unknown-model']).not.toContain(answer(catalog, q, '2026-12-02').kind);
  });
});
