import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheaperBy, count, money, perMillion, perUnit, points, price, times, tokens, wordList } from '../../src/cost/format.ts';

describe('format', () => {
  it('shows money to the cent, and 4 significant digits below a cent', () => {
    expect(money(787.5)).toBe('$787.50');
    expect(money(7.875)).toBe('$7.88');
    expect(money(1234)).toBe('$1,234.00');
    expect(money(0.0042)).toBe('$0.0042');
    expect(money(0.000012345)).toBe('$0.00001235');
    expect(money(0)).toBe('$0.00');
  });

  it('shows unit prices as published, without float noise', () => {
    expect(perMillion(0.075)).toBe('$0.075/1M');
    expect(perMillion(14)).toBe('$14.00/1M');
    expect(perMillion(0.1 + 0.2)).toBe('$0.30/1M');
    expect(perMillion(0.0375)).toBe('$0.0375/1M');
  });

  it('shows a unit price per 1K when asked, exactly a thousandth of the price per 1M', () => {
    expect(perUnit(2, 'thousand')).toBe('$0.002/1K');
    expect(perUnit(0.0275, 'thousand')).toBe('$0.0000275/1K');
    expect(perUnit(14, 'thousand')).toBe('$0.014/1K');
    expect(perUnit(1500, 'thousand')).toBe('$1.50/1K');
    expect(perUnit(2, 'million')).toBe(perMillion(2));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (millionths) => {
        const usd = millionths / 1e6;
        const shown = Number(perUnit(usd, 'thousand').replace(/[$,]|\/1K$/g, ''));
        expect(shown * 1000).toBeCloseTo(usd, 12);
      }),
    );
  });

  it('says ratios as an analyst does', () => {
    expect(times(14 / 1.6)).toBe('8.75×');
    expect(times(15 / 1.6)).toBe('9.38×');
    expect(times(2.5 / 0.4)).toBe('6.25×');
    expect(cheaperBy(0.76, 1.625)).toBe('53% cheaper');
    expect(cheaperBy(1.6, 14)).toBe('89% cheaper');
    expect(cheaperBy(2, 1)).toBe('no cheaper');
    expect(points(77.3 - 60.0)).toBe('+17.3 pp');
    expect(points(54.4 - 56.8)).toBe('−2.4 pp');
  });

  it('never says more than 100% cheaper (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0.0001, max: 1e6, noNaN: true }), (low, high) => {
        const text = cheaperBy(low, high);
        const pct = /^(\d+)% cheaper$/.exec(text);
        if (pct) expect(Number(pct[1])).toBeLessThanOrEqual(100);
        else expect(text).toBe('no cheaper');
      }),
    );
  });

  it('shortens token counts', () => {
    expect(tokens(400_000)).toBe('400K');
    expect(tokens(1_047_576)).toBe('1.05M');
    expect(tokens(50_000_000)).toBe('50M');
    expect(tokens(2_500_000_000)).toBe('2.5B');
    expect(tokens(512)).toBe('512');
  });

  it('says counts in full with separators', () => {
    expect(count(1_047_576)).toBe('1,047,576');
    expect(count(512)).toBe('512');
    expect(price(0.1 + 0.2)).toBe('$0.30');
  });

  it('lists names as a sentence does, no serial comma (property, against a plain join)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z0-9.-]{0,12}$/), { maxLength: 6 }), fc.constantFrom('and', 'or') as fc.Arbitrary<'and' | 'or'>, (names, joiner) => {
        const plain = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${joiner} ${names.at(-1)}`;
        expect(wordList(names, joiner)).toBe(plain);
      }),
    );
  });
});
