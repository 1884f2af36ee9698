// A lane in a command may be named by its id, a keyword, or the words a question would use for its work ("coding");
// the last is said in the assumptions, and a name that is no lane lists the lanes without burying them.
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/ask/answer.ts';
import { parseText } from '../../src/ask/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';

describe('lanes named in a command', () => {
  it('every lane id and keyword reads as its lane, with nothing said about how it was read', () => {
    for (const lane of catalog.lanes)
      for (const name of [lane.id, ...lane.keywords]) {
        const query = parseText(catalog, `/models best ${name}`);
        // A keyword two lanes share reads as the first lane that lists it.
        expect(query.lane, name).toBe(catalog.lanes.find((l) => l.id === name || l.keywords.includes(name))?.id);
        expect(query.notes ?? [], name).toEqual([]);
      }
  });

  it('words for the work read as the lane a question would, said in the assumptions, for best and for cheapest', () => {
    const asked = parseText(catalog, '/models best coding');
    const question = parseText(catalog, 'best model for coding');
    expect(asked.lane).toBe(question.lane);
    expect(asked.notes).toEqual([`“coding” read as the ${question.lane} lane (${catalog.lanes.find((l) => l.id === question.lane)?.name})`]);
    const a = answer(catalog, asked, AS_OF);
    expect(a.kind === 'best' && a.assumptions.text[0]).toContain('“coding” read as');
    const ranked = parseText(catalog, '/models cheapest 50M for agentic workflows');
    expect([ranked.problems, ranked.filters.lane]).toEqual([[], parseText(catalog, 'best model for agentic workflows').lane]);
  });

  it('a name that is no lane is said with the lanes, and no volume or mix forms', () => {
    const a = answer(catalog, parseText(catalog, '/models best pizza'), AS_OF);
    if (a.kind !== 'input-problem') throw new Error(a.kind);
    expect(a.problems[0]).toMatch(/^Unknown lane “pizza”\. Lanes: api-coding/);
    expect(a.forms).toEqual([]);
    expect(parseText(catalog, '/models cheapest 50M pizza').problems[0]).toMatch(/Not understood in the filters: “pizza”/);
  });
});
