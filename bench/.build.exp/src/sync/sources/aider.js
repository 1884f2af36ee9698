import { z } from 'zod';
import { SyncError } from '../types.js';
import { checkPart, tally } from './read.js';
import { checkFigure, dateInName } from './evidence.js';
export const AIDER_BENCHMARK = 'aider-polyglot';
const LEADERBOARD_URL = 'https://aider.chat/docs/leaderboards/';
export const AIDER_DATA_URL = 'https://raw.githubusercontent.com/Aider-AI/aider/main/aider/website/_data/polyglot_leaderboard.yml';
const Run = z.looseObject({
    model: z.union([z.string().min(1), z.number()]).transform(String),
    edit_format: z.string().min(1).optional(),
    editor_model: z.string().optional(),
    pass_rate_2: z.number().finite(),
    test_cases: z.number().int().positive(),
    total_cost: z.number().finite().optional(),
    date: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
    reasoning_effort: z.string().optional(),
    thinking_tokens: z.union([z.string(), z.number()]).optional(),
});
function splitName(model) {
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(model);
    return m ? { name: m[1].trim(), config: m[2].trim() } : { name: model.trim(), config: undefined };
}
export const aider = {
    id: 'aider',
    label: 'Aider polyglot',
    file: 'aider.yml',
    evidence: 'Aider polyglot leaderboard',
    license: 'Apache-2.0 (the Aider repository)',
    defaultUrl: AIDER_DATA_URL,
    format: 'yaml',
    read(document, context) {
        if (!Array.isArray(document))
            throw new SyncError('shape', `Aider polyglot: expected a list of runs [{model, pass_rate_2, total_cost, …}], got ${document === null ? 'null' : typeof document}`);
        if (document.length === 0)
            throw new SyncError('empty', 'Aider polyglot: the list of runs is empty');
        const checked = dateInName(context.name) ?? context.fetchedOn;
        const entries = [];
        const skipped = {};
        document.forEach((raw, i) => {
            const run = checkPart(Run, raw, 'Aider polyglot', `[${i}] (${String(raw?.model ?? '?')})`);
            const where = `[${i}] (${run.model})`;
            if (run.editor_model !== undefined || run.model.includes(' + ')) {
                tally(skipped, 'runs of two models (architect + editor)');
                return;
            }
            checkFigure(run.pass_rate_2 >= 0 && run.pass_rate_2 <= 100, 'Aider polyglot', where, `pass_rate_2 ${run.pass_rate_2}`);
            checkFigure(/^\d{4}-\d{2}-\d{2}$/.test(run.date), 'Aider polyglot', where, `date ${JSON.stringify(run.date)}`);
            if (run.total_cost !== undefined)
                checkFigure(run.total_cost >= 0 && run.total_cost < 100_000, 'Aider polyglot', where, `total_cost ${run.total_cost}`);
            const { name, config } = splitName(run.model);
            const parts = [config ?? (run.reasoning_effort ? `${run.reasoning_effort} reasoning` : undefined), run.edit_format ? `${run.edit_format} edit format` : undefined].filter((x) => x !== undefined);
            entries.push({
                sourceId: run.model,
                names: [name],
                score: {
                    id: AIDER_BENCHMARK,
                    score: run.pass_rate_2,
                    ...(parts.length > 0 ? { setting: parts.join(', ') } : {}),
                    ...(run.total_cost !== undefined && run.total_cost > 0 ? { run: { tasks: run.test_cases, totalCostUsd: run.total_cost, date: run.date } } : {}),
                    source: { url: LEADERBOARD_URL, via: `${context.name} (Aider repository, polyglot_leaderboard.yml)` },
                    checked,
                },
            });
        });
        return { entries, total: document.length, skipped };
    },
};
//# sourceMappingURL=aider.js.map