// A usage profile: how much a team sends a model and how, the assumptions every cost answer states.
import type { ServiceTierName } from '../catalog/schema.ts';

export interface Mix {
  input: number;
  output: number;
}

export type ServiceTier = 'standard' | ServiceTierName;

export interface UsageProfile {
  /** Input plus output tokens per month. */
  tokensPerMonth: number;
  mix: Mix;
  /** Share of input tokens served from the prompt cache, 0..1. */
  cachedShare: number;
  /** Models with a cached share of their own ("sonnet 4.5 with 90% cache hits vs gpt-5 with none"), by id; the rest take `cachedShare`. */
  cachedShares?: Readonly<Record<string, number>>;
  batch: boolean;
  /** Without `batch`: the models bought through the Batch API, the rest at standard prices ("batch gpt-4.1 or gpt-4.1 mini?"). */
  batchModels?: readonly string[];
  /** Without `batch`: the share of the month's tokens bought through the Batch API, the rest at `serviceTier` (a bill prices each part). */
  batchShare?: number;
  serviceTier: ServiceTier;
  /** Average prompt size per request in tokens; decides long-context tiers. Absent = below every tier. */
  promptTokens?: number;
  /** A bill to plan on: a free, rate-limited endpoint is no price for it (rankings of free endpoints leave this out). */
  paidOnly?: boolean;
}

/** The share of a model's input served from the prompt cache: its own where one was said, else the profile's. */
export const cachedShareOf = (profile: UsageProfile, model: string): number => profile.cachedShares?.[model] ?? profile.cachedShare;

/** Artificial Analysis blends prices at 3 input tokens to 1 output token. */
export const DEFAULT_MIX: Mix = { input: 3, output: 1 };

export function defaultProfile(tokensPerMonth = 1_000_000): UsageProfile {
  return { tokensPerMonth, mix: DEFAULT_MIX, cachedShare: 0, batch: false, serviceTier: 'standard' };
}

/** The volumes every comparison shows, besides the user's own. */
export const REFERENCE_VOLUMES = [1_000_000, 10_000_000, 100_000_000] as const;

/** Days in the average month of the Gregorian calendar; per-day and per-week volumes convert with it. */
export const DAYS_PER_MONTH = 365.25 / 12;
export const PERIOD_TO_MONTH = {
  second: DAYS_PER_MONTH * 86_400,
  minute: DAYS_PER_MONTH * 1_440,
  hour: DAYS_PER_MONTH * 24,
  day: DAYS_PER_MONTH,
  week: DAYS_PER_MONTH / 7,
  month: 1,
  year: 1 / 12,
} as const;
export type Period = keyof typeof PERIOD_TO_MONTH;

export const MONTH_CONVENTION = 'a month is 365.25/12 = 30.4375 days (4.348 weeks); a year is 12 months';
