import { z } from 'zod';
import { ARENA_SCORE } from '../../ask/intents.js';
import { SyncError } from '../types.js';
import { checkDocument, checkPart, tally } from './read.js';
import { checkFigure, dateInName } from './evidence.js';
export const LMARENA_BENCHMARK = ARENA_SCORE;
const LEADERBOARD_URL = 'https://lmarena.ai/leaderboard/text';
const Num = z.number().finite();
const Entry = z.looseObject({
    id: z.string().min(1),
    display_name: z.string().optional(),
    arena_score: Num.nullable().optional(),
    arena_ci_low: Num.nullable().optional(),
    arena_ci_high: Num.nullable().optional(),
    arena_votes: z.number().int().nullable().optional(),
});
const Document = z.looseObject({
    date: z.string().optional(),
    generated_at: z.string().optional(),
    sources: z
        .looseObject({
        lmarena: z
            .looseObject({
            publish_date: z
                .string()
                .regex(/^\d{4}-\d{2}-\d{2}$/)
                .nullable()
                .optional(),
        })
            .optional(),
    })
        .optional(),
    models: z.array(z.looseObject({ id: z.string().min(1) })),
});
export const lmarena = {
    id: 'lmarena',
    label: 'LMArena',
    file: 'lmarena.yml',
    evidence: 'LMArena text leaderboard',
    license: 'LMArena publishes its leaderboard openly; cite LMArena with the date',
    defaultUrl: undefined,
    format: 'json',
    read(document, context) {
        const doc = checkDocument(Document, document, 'LMArena', '{"models": [{"id": …, "arena_score": …}, …]}');
        if (doc.models.length === 0)
            throw new SyncError('empty', 'LMArena: the model list is empty ("models": [])');
        const checked = doc.sources?.lmarena?.publish_date ?? doc.date ?? dateInName(context.name) ?? context.fetchedOn;
        const via = `${context.name}${doc.generated_at ? `, generated ${doc.generated_at}` : ''}`;
        const entries = [];
        const skipped = {};
        doc.models.forEach((raw, i) => {
            const e = checkPart(Entry, raw, 'LMArena', `models[${i}] (${raw.id})`);
            if (e.arena_score === null || e.arena_score === undefined) {
                tally(skipped, 'no arena score');
                return;
            }
            const where = `models[${i}] (${e.id})`;
            checkFigure(e.arena_score > 0 && e.arena_score < 4000, 'LMArena', where, `arena_score ${e.arena_score}`);
            const ci = e.arena_ci_low !== null && e.arena_ci_low !== undefined && e.arena_ci_high !== null && e.arena_ci_high !== undefined
                ? { low: e.arena_ci_low, high: e.arena_ci_high }
                : undefined;
            if (ci)
                checkFigure(ci.low <= e.arena_score && e.arena_score <= ci.high, 'LMArena', where, `a confidence interval ${ci.low}–${ci.high} around ${e.arena_score}`);
            if (e.arena_votes !== null && e.arena_votes !== undefined)
                checkFigure(e.arena_votes > 0, 'LMArena', where, `arena_votes ${e.arena_votes}`);
            entries.push({
                sourceId: e.id,
                names: [e.id, ...(e.display_name ? [e.display_name] : [])],
                score: {
                    id: LMARENA_BENCHMARK,
                    score: e.arena_score,
                    ...(ci ? { ci } : {}),
                    ...(e.arena_votes ? { votes: e.arena_votes } : {}),
                    source: { url: LEADERBOARD_URL, via },
                    checked,
                },
            });
        });
        return { entries, total: doc.models.length, skipped };
    },
};
//# sourceMappingURL=lmarena.js.map