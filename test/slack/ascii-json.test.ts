import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../src/slack/ascii-json.ts';

describe('asciiJson', () => {
  it('is ASCII and reads back as the same value, whatever the characters (emoji, quotes, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const json = JSON.stringify(value);
        const ascii = asciiJson(json);
        expect(ascii).toMatch(/^[\x00-\x7f]*$/);
        expect(JSON.parse(ascii)).toStrictEqual(JSON.parse(json));
        // What the answer cache does with it: bytes as Latin-1 and back.
        expect(Buffer.from(ascii, 'latin1').toString('latin1')).toBe(ascii);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes only what is not ASCII', () => {
    expect(asciiJson(JSON.stringify({ text: 'GPT-4.1 — “$1.20” ≥ 50M 🚀' }))).toBe('{"text":"GPT-4.1 \\u2014 \\u201c$1.20\\u201d \\u2265 50M \\ud83d\\ude80"}');
  });
});
