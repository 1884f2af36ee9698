// Calls counted that are tools' ("40 tool calls per task") are a volume and a need: the model must call tools.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/ask/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();

describe('tool calls counted', () => {
  it.each([
    ['our agent makes 40 tool calls per task, 200 tasks a day, ~3k tokens per call, which model?', 40 * 200 * 3000 * 30.4375],
    ['cheapest model for 5000 tool calls a day of 2k tokens each', 5000 * 2000 * 30.4375],
    ['cheapest model for 200 function calls an hour of 1k tokens each', 200 * 24 * 1000 * 30.4375],
  ])('"%s" prices the calls and needs function calling', (text, tokens) => {
    const query = parseText(catalog, text);
    expect(query.tokens).toBeCloseTo(tokens, -1);
    expect(query.filters.need).toContain('function-calling');
  });

  it('calls that are not tools’ need nothing', () => {
    const query = parseText(catalog, 'cheapest model for 5000 api calls a day of 2k tokens each');
    expect(query.filters.need ?? []).not.toContain('function-calling');
  });
});
