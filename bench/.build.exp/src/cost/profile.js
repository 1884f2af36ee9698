export const DEFAULT_MIX = { input: 3, output: 1 };
export function defaultProfile(tokensPerMonth = 1_000_000) {
    return { tokensPerMonth, mix: DEFAULT_MIX, cachedShare: 0, batch: false, serviceTier: 'standard' };
}
export const REFERENCE_VOLUMES = [1_000_000, 10_000_000, 100_000_000];
export const DAYS_PER_MONTH = 365.25 / 12;
export const PERIOD_TO_MONTH = {
    second: DAYS_PER_MONTH * 86_400,
    minute: DAYS_PER_MONTH * 1_440,
    hour: DAYS_PER_MONTH * 24,
    day: DAYS_PER_MONTH,
    week: DAYS_PER_MONTH / 7,
    month: 1,
    year: 1 / 12,
};
export const MONTH_CONVENTION = 'a month is 365.25/12 = 30.4375 days (4.348 weeks); a year is 12 months';
//# sourceMappingURL=profile.js.map