import { clip } from '../render/blocks/kit.js';
import { table } from '../render/text/table.js';
import { InputError, UsageError } from './errors.js';
import { printJson } from './io.js';
import { registerCommand } from './registry.js';
import { openExistingStore } from './store.js';
registerCommand('feedback', {
    usage: 'modelscout feedback [--vote up|down] [--team T123] [--json]',
    summary: 'feedback on answers (thumbs up or down) with the question each answered, newest first',
    options: { vote: { type: 'string' }, team: { type: 'string' } },
    run: async (ctx) => {
        if (ctx.args.length > 0)
            throw new UsageError(`feedback takes flags only, got ${JSON.stringify(ctx.args.join(' '))}.`);
        const vote = ctx.values.vote;
        if (vote !== undefined && vote !== 'up' && vote !== 'down')
            throw new InputError(`--vote expects up or down, got ${JSON.stringify(vote)}.`);
        const store = await openExistingStore();
        if (!store)
            throw new InputError('No store here to read feedback from: set DATABASE_URL, or MODELSCOUT_DATA_DIR to the bot’s data folder.');
        try {
            const rows = await store.feedback({ ...(typeof ctx.values.team === 'string' ? { teamId: ctx.values.team } : {}), ...(vote ? { vote } : {}) });
            if (ctx.json)
                printJson(ctx.io, rows);
            else if (rows.length === 0)
                ctx.io.out('No feedback recorded.');
            else
                ctx.io.out(table(['When (UTC)', 'Vote', 'Workspace', 'Question'], rows.map((r) => [r.recordedAt.toISOString().slice(0, 16).replace('T', ' '), r.vote === 'up' ? 'up' : 'down', r.teamId, clip(r.question.replace(/\s+/g, ' '), 100)])));
            return 0;
        }
        finally {
            await store.close();
        }
    },
});
//# sourceMappingURL=feedback.js.map