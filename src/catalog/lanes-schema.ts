// The lanes file (data/lanes.yml, part of the catalog): kinds of work, what each needs, which evidence speaks for it. It names no model.
import { z } from 'zod';
import { Capability, Modality, SURFACES } from './schema.ts';

export const EVIDENCE_WEIGHTS = { strong: 3, moderate: 2, weak: 1 } as const;

export const Lane = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** What the work looks like, in a sentence. */
  description: z.string().min(1),
  /** Words people use for this lane in questions ("terminal-heavy", "subagents"). */
  keywords: z.array(z.string().min(1)).default([]),
  needs: z
    .strictObject({
      capabilities: z.array(Capability).default([]),
      surfaces: z.array(z.enum(SURFACES)).default([]),
      inputModalities: z.array(Modality).default([]),
      /** A context window of at least this many tokens. */
      minContext: z.number().int().positive().optional(),
      /**
       * A maximum input of at least this many tokens: the model's published maximum input, or its context window
       * where it publishes no separate input limit.
       */
      minInput: z.number().int().positive().optional(),
    })
    .default({ capabilities: [], surfaces: [], inputModalities: [] }),
  /** Benchmarks that speak for the lane, and how strongly. */
  evidence: z
    .array(
      z.strictObject({
        benchmark: z.string().min(1),
        weight: z.enum(['strong', 'moderate', 'weak']),
        /** A score below this is not enough for the lane: the model gets `no` in verdicts, and `best` and `cheapest --lane` leave it out. */
        floor: z.number().optional(),
        /** The benchmark does not measure the lane's work itself; it stands in for it, and answers say so. */
        proxy: z.boolean().default(false),
        /**
         * Points on the benchmark's scale within which two scores count as comparable: on a proxy, price decides only
         * between models this close; on a price-led lane, a dearer model this far ahead is `sometimes`.
         */
        margin: z.number().positive().optional(),
      }),
    )
    .default([]),
  /**
   * What decides between models that meet the needs: `price` (the cheapest wins unless another's
   * evidence is far ahead) or `evidence` (the best-evidenced wins unless it is far dearer).
   */
  decideBy: z.enum(['price', 'evidence']),
  /** What "price" means for this lane: USD at the usage profile, or credits per task on a surface. */
  priceMetric: z.union([z.literal('usd'), z.strictObject({ creditsPerTask: z.enum(SURFACES) })]).default('usd'),
  /** Why the lane is decided this way, for readers of the file. */
  rationale: z.string().min(1),
});
export type Lane = z.infer<typeof Lane>;

/**
 * The words people use for each capability in questions ("with vision", "that can call tools", "json mode"): the
 * question grammar reads capability filters and capability questions from these, so a new phrase needs no parser change.
 */
export const CapabilityWords = z.partialRecord(Capability, z.array(z.string().min(1)).min(1));
export type CapabilityWords = z.infer<typeof CapabilityWords>;

export const LanesFile = z.strictObject({
  capabilities: CapabilityWords.default({}),
  /** Model families other catalogs name (lower case), so a question about one this catalog lacks is told so. */
  familiesElsewhere: z.array(z.string().regex(/^[a-z0-9][a-z0-9.-]*$/)).default([]),
  lanes: z.array(Lane).min(1),
});
