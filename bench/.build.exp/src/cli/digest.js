import { runDueSetup } from './run-due.js';
import { IsoDate } from '../catalog/schema.js';
import { claimantName, DEFAULT_LEASE_MS, deliveryClient } from '../delivery/client.js';
import { runDue } from '../delivery/deliver.js';
import { handle, LOCAL } from '../app/handle.js';
import { emptyQuery } from '../ask/query.js';
import { renderText } from '../render/text/index.js';
import { createLogger } from '../log.js';
import { digestText } from '../render/text/digest.js';
import { table } from '../render/text/table.js';
import { openStore } from '../store/open.js';
import { storedTeamClients } from '../slack/oauth.js';
import { observedChanges } from '../app/observed.js';
import { InputError, UsageError } from './errors.js';
import { printJson } from './io.js';
import { registerCommand } from './registry.js';
import { openExistingStore } from './store.js';
async function previewDigest(ctx, range) {
    const catalog = ctx.catalog();
    const store = await openExistingStore();
    try {
        const ports = {
            catalog,
            now: () => new Date(`${ctx.asOf}T12:00:00Z`),
            logger: createLogger('warn'),
            store,
            observed: store ? (w) => observedChanges(store, catalog, w) : undefined,
        };
        const query = { ...emptyQuery('digest preview', 'digest'), digest: { action: 'preview', range } };
        const { answer } = await handle({ text: query.text, where: LOCAL, query }, ports);
        if (answer.kind !== 'digest')
            throw new InputError(renderText(answer));
        return answer;
    }
    finally {
        await store?.close();
    }
}
registerCommand('digest', {
    usage: 'modelscout digest [--from 2026-05-18 --to 2026-05-25] [--json] | modelscout digest run-due [--now 2026-11-23T09:00:00Z] [--json]',
    summary: 'the price-change digest for a window (default: the last 7 days), or one scheduler pass that posts what is due',
    options: { from: { type: 'string' }, to: { type: 'string' }, now: { type: 'string' } },
    run: async (ctx) => {
        const [sub, ...extra] = ctx.args;
        if (extra.length > 0 || (sub !== undefined && sub !== 'run-due'))
            throw new UsageError(`Unknown digest subcommand ${JSON.stringify(ctx.args.join(' '))} (expected run-due or nothing).`);
        if (sub === 'run-due') {
            if (ctx.values.from !== undefined || ctx.values.to !== undefined)
                throw new UsageError('run-due takes --now, not --from/--to.');
            const { now, settings } = runDueSetup(ctx.values.now);
            const store = await openStore(settings);
            try {
                const logger = createLogger(settings.logLevel);
                const catalog = ctx.catalog();
                const reports = await runDue({
                    store,
                    catalog,
                    ...(settings.oauth
                        ? { clientFor: storedTeamClients(settings.oauth, store, settings.apiUrl) }
                        : { client: deliveryClient(settings.botToken, settings.apiUrl) }),
                    logger,
                    claimant: claimantName(),
                    leaseMs: DEFAULT_LEASE_MS,
                    observed: (w) => observedChanges(store, catalog, w),
                }, now);
                if (ctx.json)
                    printJson(ctx.io, { now: now.toISOString(), reports });
                else if (reports.length === 0)
                    ctx.io.out('No digest subscriptions.');
                else
                    ctx.io.out(table(['Channel', 'Week', 'Outcome', 'Detail'], reports.map((r) => [r.channelId, r.weekStart, r.outcome, r.detail])));
                return reports.some((r) => r.outcome === 'failed') ? 1 : 0;
            }
            finally {
                await store.close();
            }
        }
        if (ctx.values.now !== undefined)
            throw new UsageError('--now is for digest run-due.');
        const from = ctx.values.from;
        const to = ctx.values.to;
        if ((from === undefined) !== (to === undefined))
            throw new UsageError('Give both --from and --to, or neither (the last 7 days).');
        for (const [flag, value] of [
            ['from', from],
            ['to', to],
        ]) {
            if (value !== undefined && !IsoDate.safeParse(value).success)
                throw new InputError(`--${flag} expects a date like 2026-05-18, got ${JSON.stringify(value)}`);
        }
        if (from !== undefined && to !== undefined && from >= to)
            throw new InputError(`--from (${from}) must be before --to (${to}).`);
        const range = from !== undefined && to !== undefined ? { from, to } : 'last-7-days';
        const digest = await previewDigest(ctx, range);
        if (ctx.json) {
            printJson(ctx.io, {
                from: digest.from,
                to: digest.to,
                changes: digest.changes.map(changeJson),
                added: digest.added,
                deprecated: digest.deprecated,
                retiring: digest.retiring,
                ahead: digest.ahead.map(changeJson),
                limits: digest.limits,
                latestRelease: digest.latestRelease,
                quiet: digest.quiet,
            });
        }
        else {
            ctx.io.out(digestText(digest));
        }
        return 0;
    },
});
function changeJson(c) {
    return {
        model: c.model,
        field: c.field,
        old: c.old,
        new: c.new,
        pct: Number((c.pct * 100).toFixed(2)),
        date: c.date,
        direction: c.direction,
        cause: c.cause,
        note: c.note,
        source: c.source,
        checked: c.checked,
    };
}
//# sourceMappingURL=digest.js.map