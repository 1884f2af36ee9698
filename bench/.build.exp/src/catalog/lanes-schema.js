import { z } from 'zod';
import { Capability, Modality, SURFACES } from './schema.js';
export const EVIDENCE_WEIGHTS = { strong: 3, moderate: 2, weak: 1 };
export const Lane = z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    description: z.string().min(1),
    keywords: z.array(z.string().min(1)).default([]),
    needs: z
        .strictObject({
        capabilities: z.array(Capability).default([]),
        surfaces: z.array(z.enum(SURFACES)).default([]),
        inputModalities: z.array(Modality).default([]),
        minContext: z.number().int().positive().optional(),
        minInput: z.number().int().positive().optional(),
    })
        .default({ capabilities: [], surfaces: [], inputModalities: [] }),
    evidence: z
        .array(z.strictObject({
        benchmark: z.string().min(1),
        weight: z.enum(['strong', 'moderate', 'weak']),
        floor: z.number().optional(),
        proxy: z.boolean().default(false),
        margin: z.number().positive().optional(),
    }))
        .default([]),
    decideBy: z.enum(['price', 'evidence']),
    priceMetric: z.union([z.literal('usd'), z.strictObject({ creditsPerTask: z.enum(SURFACES) })]).default('usd'),
    rationale: z.string().min(1),
});
export const CapabilityWords = z.partialRecord(Capability, z.array(z.string().min(1)).min(1));
export const LanesFile = z.strictObject({
    capabilities: CapabilityWords.default({}),
    familiesElsewhere: z.array(z.string().regex(/^[a-z0-9][a-z0-9.-]*$/)).default([]),
    lanes: z.array(Lane).min(1),
});
//# sourceMappingURL=lanes-schema.js.map