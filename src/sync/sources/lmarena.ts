// LMArena's text leaderboard, as a dated JSON snapshot that pairs it with OpenRouter's ids:
// {"date", "sources": {"lmarena": {"publish_date"}}, "models": [{id: "anthropic/claude-opus-4.6", arena_score,
// arena_ci_low, arena_ci_high, arena_votes, arena_rank, …}]}. Each scored entry becomes an `lmarena-text` score with
// its 95% confidence interval and votes, checked on the leaderboard's publish date. Entries without an arena score
// (listed by OpenRouter only) are skipped and counted.
import { z } from 'zod';
import { ARENA_SCORE } from '../../ask/intents.ts';
import { SyncError } from '../types.ts';
import { checkDocument, checkPart, tally } from './read.ts';
import { checkFigure, dateInName, type EvidenceAdapter, type EvidenceEntry } from './evidence.ts';

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

export const lmarena: EvidenceAdapter = {
  id: 'lmarena',
  label: 'LMArena',
  file: 'lmarena.yml',
  evidence: 'LMArena text leaderboard',
  license: 'LMArena publishes its leaderboard openly; cite LMArena with the date',
  defaultUrl: undefined,
  format: 'json',
  read(document, context) {
    const doc = checkDocument(Document, document, 'LMArena', '{"models": [{"id": …, "arena_score": …}, …]}');
    if (doc.models.length === 0) throw new SyncError('empty', 'LMArena: the model list is empty ("models": [])');
    const checked = doc.sources?.lmarena?.publish_date ?? doc.date ?? dateInName(context.name) ?? context.fetchedOn;
    const via = `${context.name}${doc.generated_at ? `, generated ${doc.generated_at}` : ''}`;
    const entries: EvidenceEntry[] = [];
    const skipped: Record<string, number> = {};
    doc.models.forEach((raw, i) => {
      const e = checkPart(Entry, raw, 'LMArena', `models[${i}] (${raw.id})`);
      if (e.arena_score === null || e.arena_score === undefined) {
        tally(skipped, 'no arena score');
        return;
      }
      const where = `models[${i}] (${e.id})`;
      checkFigure(e.arena_score > 0 && e.arena_score < 4000, 'LMArena', where, `arena_score ${e.arena_score}`);
      const ci =
        e.arena_ci_low !== null && e.arena_ci_low !== undefined && e.arena_ci_high !== null && e.arena_ci_high !== undefined
          ? { low: e.arena_ci_low, high: e.arena_ci_high }
          : undefined;
      if (ci) checkFigure(ci.low <= e.arena_score && e.arena_score <= ci.high, 'LMArena', where, `a confidence interval ${ci.low}–${ci.high} around ${e.arena_score}`);
      if (e.arena_votes !== null && e.arena_votes !== undefined) checkFigure(e.arena_votes > 0, 'LMArena', where, `arena_votes ${e.arena_votes}`);
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
