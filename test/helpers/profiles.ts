// Usage profiles for property tests: any volume, mix, cached share, batch and service tier.
import fc from 'fast-check';
import type { UsageProfile } from '../../src/cost/profile.ts';

export const usageProfiles: fc.Arbitrary<UsageProfile> = fc.record({
  tokensPerMonth: fc.integer({ min: 1, max: 1e12 }),
  mix: fc.record({ input: fc.integer({ min: 0, max: 100 }), output: fc.integer({ min: 0, max: 100 }) }).filter((m) => m.input + m.output > 0),
  // Whole percentages as well as any double: a double drawn from [0, 1] is almost always vanishingly small.
  cachedShare: fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
  batch: fc.boolean(),
  serviceTier: fc.constantFrom('standard' as const, 'priority' as const, 'flex' as const),
});

/** The same, sometimes with a prompt size (which decides long-context tiers and input limits). */
export const usageProfilesWithPrompt: fc.Arbitrary<UsageProfile> = fc
  .tuple(usageProfiles, fc.option(fc.integer({ min: 1, max: 2_000_000 }), { nil: undefined }))
  .map(([profile, promptTokens]) => (promptTokens === undefined ? profile : { ...profile, promptTokens }));
