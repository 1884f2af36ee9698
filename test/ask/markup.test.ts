// What Slack sends is escaped: &, < and > arrive as &amp;, &lt; and &gt;, and links and mentions are wrapped in <…>.
// A command or a question reads the same as typed (">= 1M context" was "not understood", "&amp;" a word).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/ask/index.ts';
import { plainText } from '../../src/ask/markup.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();

/** As Slack escapes a message's or a command's text. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const TYPED = [
  '/models cheapest 50M context >= 1M',
  '/models cheapest 10M output > 100k & with vision',
  '/compare gpt-5 o3 mix 3:1 & cached 50%',
  'cheapest model with context > 500k',
  'models with input < $1 per million & vision',
  'is gpt-5 mini < $1 per million?',
  'gpt-5 vs o3 for R&D at 10M tokens',
  'cheapest model with at least 128k context & function calling',
];

describe("Slack's escapes and markup", () => {
  it('a text escaped as Slack sends it reads exactly as typed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPED), (typed) => {
        expect(parseText(catalog, escaped(typed)), typed).toEqual(parseText(catalog, typed));
      }),
      { numRuns: TYPED.length * 3 },
    );
    expect(parseText(catalog, escaped('/models cheapest 50M context >= 1M')).filters.minContext).toBe(1_000_000);
    expect(parseText(catalog, escaped('/compare gpt-5 o3 mix 3:1 & cached 50%')).problems).toEqual([]);
  });

  it('a link reads as the words it shows, in a command as in a question; mentions and bare links say nothing', () => {
    const q = parseText(catalog, '/compare <https://openai.com/index/gpt-5|gpt-5> o3');
    expect([q.intent, q.models, q.problems]).toEqual(['compare', ['gpt-5', 'o3'], []]);
    expect(parseText(catalog, 'price of <https://openai.com|gpt-5> for <!here> <@U0ABC123> <https://example.com>').models).toEqual(['gpt-5']);
  });

  it('decodes only the three escapes, each once: "&amp;lt;" is the text "&lt;", not "<"', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(plainText(escaped(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
    expect(plainText('&amp;lt;')).toBe('&lt;');
  });
});
