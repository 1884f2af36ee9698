import { runDueSetup } from './run-due.js';
import { observedChanges } from '../app/observed.js';
import { runAlerts } from '../delivery/alerts.js';
import { claimantName, DEFAULT_LEASE_MS, deliveryClient } from '../delivery/client.js';
import { createLogger } from '../log.js';
import { table } from '../render/text/table.js';
import { storedTeamClients } from '../slack/oauth.js';
import { openStore } from '../store/open.js';
import { UsageError } from './errors.js';
import { printJson } from './io.js';
import { registerCommand } from './registry.js';
registerCommand('alerts', {
    usage: 'modelscout alerts run-due [--now 2026-11-23T09:00:00Z] [--json]',
    summary: "one alerts pass: posts each watch's alerts (price changes, new models, deprecations, retirements) once",
    options: { now: { type: 'string' } },
    run: async (ctx) => {
        const [sub, ...extra] = ctx.args;
        if (sub !== 'run-due' || extra.length > 0)
            throw new UsageError(`Unknown alerts subcommand ${JSON.stringify(ctx.args.join(' '))} (expected run-due).`);
        const { now, settings } = runDueSetup(ctx.values.now);
        const store = await openStore(settings);
        try {
            const catalog = ctx.catalog();
            const reports = await runAlerts({
                store,
                catalog,
                ...(settings.oauth ? { clientFor: storedTeamClients(settings.oauth, store, settings.apiUrl) } : { client: deliveryClient(settings.botToken, settings.apiUrl) }),
                logger: createLogger(settings.logLevel),
                claimant: claimantName(),
                leaseMs: DEFAULT_LEASE_MS,
                observed: (w) => observedChanges(store, catalog, w),
            }, now);
            if (ctx.json) {
                printJson(ctx.io, {
                    now: now.toISOString(),
                    reports: reports.map((r) => ({ teamId: r.teamId, channelId: r.channelId, model: r.model, field: r.field, outcome: r.outcome, messageTs: r.messageTs })),
                });
            }
            else if (reports.length === 0)
                ctx.io.out('No alerts due.');
            else
                ctx.io.out(table(['Channel', 'Model', 'Change', 'Outcome', 'Detail'], reports.map((r) => [r.channelId, r.model, r.field, r.outcome, r.detail])));
            return reports.some((r) => r.outcome === 'failed') ? 1 : 0;
        }
        finally {
            await store.close();
        }
    },
});
//# sourceMappingURL=alerts.js.map