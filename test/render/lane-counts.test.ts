// A lane's counts in words: one model is "meets" and "has", any other number "meet" and "have", in Slack and the terminal alike.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { noneQualifiesLine, untestedLine } from '../../src/render/words.ts';

describe('the counts a best-for-a-lane answer states', () => {
  it('agree with their number', () => {
    expect(noneQualifiesLine({ eligible: 1, untested: 1, meetNeeds: 1 })).toBe("No model qualifies: 1 meets the lane's needs, 1 of them has no score on its benchmarks.");
    expect(noneQualifiesLine({ eligible: 3, untested: 0, meetNeeds: 3 })).toBe("No model qualifies: 3 meet the lane's needs, 0 of them have no score on its benchmarks.");
    expect(noneQualifiesLine({ eligible: 0, untested: 0, meetNeeds: 0 })).toBe("No model qualifies: 0 meet the lane's needs, 0 of them have no score on its benchmarks.");
    expect(untestedLine(1)).toBe("Untested: 1 model meets the needs but has no score on this lane's benchmarks.");
    expect(untestedLine(12)).toBe("Untested: 12 models meet the needs but have no score on this lane's benchmarks.");
  });

  it('blame the filters asked when they, not the lane, leave no model', () => {
    expect(noneQualifiesLine({ eligible: 0, untested: 0, meetNeeds: 12 })).toBe(
      "No model qualifies: the filters asked leave out every model that meets the lane's needs (Excluded says which).",
    );
  });

  it('never pair a plural number with a singular verb, or the reverse (property)', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), (eligible, untested, more) => {
        const line = `${noneQualifiesLine({ eligible, untested, meetNeeds: eligible + more })} ${untestedLine(untested)}`;
        expect(/\b1 (?:model )?meet\b|\b1 (?:of them )?have\b/.test(line)).toBe(false);
        expect(/\b(?:[02-9]|\d{2,}) (?:models? )?meets\b|\b(?:[02-9]|\d{2,}) (?:of them )?has\b/.test(line)).toBe(false);
      }),
    );
  });
});
