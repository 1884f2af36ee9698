// `modelscout alerts run-due [--now …] [--json]`: one alerts pass (for cron-style deployments and tests),
// like `digest run-due`: every watch's alerts due now, each posted once.
import { runDueSetup } from './run-due.ts';
import { observedChanges } from '../app/observed.ts';
import { runAlerts } from '../delivery/alerts.ts';
import { claimantName, DEFAULT_LEASE_MS, deliveryClient } from '../delivery/client.ts';
import { createLogger } from '../log.ts';
import { table } from '../render/text/table.ts';
import { storedTeamClients } from '../slack/oauth.ts';
import { openStore } from '../store/open.ts';
import { UsageError } from './errors.ts';
import { printJson } from './io.ts';
import { registerCommand } from './registry.ts';

registerCommand('alerts', {
  usage: 'modelscout alerts run-due [--now 2026-11-23T09:00:00Z] [--json]',
  summary: "one alerts pass: posts each watch's alerts (price changes, new models, deprecations, retirements) once",
  options: { now: { type: 'string' } },
  run: async (ctx) => {
    const [sub, ...extra] = ctx.args;
    if (sub !== 'run-due' || extra.length > 0) throw new UsageError(`Unknown alerts subcommand ${JSON.stringify(ctx.args.join(' '))} (expected run-due).`);
    const { now, settings } = runDueSetup(ctx.values.now);
    const store = await openStore(settings);
    try {
      const catalog = ctx.catalog();
      const reports = await runAlerts(
        {
          store,
          catalog,
          ...(settings.oauth ? { clientFor: storedTeamClients(settings.oauth, store, settings.apiUrl) } : { client: deliveryClient(settings.botToken as string, settings.apiUrl) }),
          logger: createLogger(settings.logLevel),
          claimant: claimantName(),
          leaseMs: DEFAULT_LEASE_MS,
          observed: (w) => observedChanges(store, catalog, w),
        },
        now,
      );
      if (ctx.json) {
        printJson(ctx.io, {
          now: now.toISOString(),
          reports: reports.map((r) => ({ teamId: r.teamId, channelId: r.channelId, model: r.model, field: r.field, outcome: r.outcome, messageTs: r.messageTs })),
        });
      } else if (reports.length === 0) ctx.io.out('No alerts due.');
      else
        ctx.io.out(
          table(
            ['Channel', 'Model', 'Change', 'Outcome', 'Detail'],
            reports.map((r) => [r.channelId, r.model, r.field, r.outcome, r.detail]),
          ),
        );
      return reports.some((r) => r.outcome === 'failed') ? 1 : 0;
    } finally {
      await store.close();
    }
  },
});
