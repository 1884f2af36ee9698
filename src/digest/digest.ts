// The digest's content: the week's changes, filtered for a subscription, biggest moves first.
import { collectSources, specFigure, type SourceRef } from '../catalog/sources.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { changes, type Changes, type ObservedChange, type PriceChange, type PriceDirection, type Window } from './changes.ts';

export interface DigestOptions {
  providers?: string[];
  watched?: string[];
  /** For the header's dates; the window itself is in instants. */
  timeZone?: string;
  /** A digest asked for (a preview) with no new model in its window names the newest one before it. */
  latestRelease?: boolean;
  /** The window ended before the day it was asked on ("what changed last week?"). */
  past?: boolean;
  /** Only the prices that moved this way ("which models got cheaper this year?"): no new, deprecated or limited models. */
  direction?: PriceDirection;
  /**
   * Only the models released ("what models came out in october?"): no price changes, deprecations or limits; with a
   * direction, those moves and the new models ("new models and price cuts this week").
   */
  newModels?: boolean;
}

export interface DigestAnswer {
  kind: 'digest';
  from: string;
  to: string;
  timeZone: string;
  /** Every price change, biggest first. */
  changes: PriceChange[];
  cuts: PriceChange[];
  increases: PriceChange[];
  added: Changes['added'];
  deprecated: Changes['deprecated'];
  retiring: Changes['retiring'];
  /** Price changes announced for the 90 days after the window, soonest first. */
  ahead: PriceChange[];
  limits: Changes['limits'];
  /**
   * With no new model in the window (a preview only): the latest release of its providers up to the window's end, so
   * "any new models this week?" is answered with when the last one came out.
   */
  latestRelease: { model: string; name: string; released: string } | null;
  /** Watched models with no change this week. */
  watchedUnchanged: string[];
  /** The providers it is limited to, by name ("what's new from openai"); empty when it covers every provider. */
  providers: string[];
  quiet: boolean;
  /** The window ended before the day it was asked on: a quiet one is "that week", not "this week". */
  past?: true;
  /** Only the prices that moved this way were asked for ("which models got cheaper this year?"). */
  direction?: PriceDirection;
  /** Only the models released were asked for ("what models came out in october?"). */
  newModels?: true;
  sources: SourceRef[];
}

export function buildDigest(catalog: Catalog, observed: ObservedChange[], window: Window, options: DigestOptions = {}): DigestAnswer {
  const all = changes(catalog, observed, window);
  const providers = new Set(options.providers ?? []);
  const keep = (model: string) => providers.size === 0 || providers.has(catalog.byId.get(model)?.provider ?? '');
  const { direction, newModels } = options;
  // Asked one way ("which models got more expensive?"), only those moves: new or retiring models are not an answer to it.
  // Asked what came out, only the new models: what prices did is not an answer to it.
  // Asked both ("new models and price cuts"), those moves and the new models.
  const moved = (c: PriceChange) => keep(c.model) && (direction === undefined ? !newModels : c.direction === direction);
  const lifecycle = newModels || direction !== undefined ? () => false : keep;
  const prices = all.prices.filter(moved);
  const added = all.added.filter((a) => (direction === undefined || newModels ? keep(a.model) : false));
  const ahead = all.ahead.filter(moved);
  const changedModels = new Set(prices.map((c) => c.model));
  const watched = (options.watched ?? []).filter((id) => catalog.byId.has(id));
  const latest = options.latestRelease && added.length === 0 && (direction === undefined || newModels) ? latestRelease(catalog, all.window.to, keep) : undefined;
  const result: DigestAnswer = {
    kind: 'digest',
    from: all.window.from,
    to: all.window.to,
    timeZone: options.timeZone ?? 'UTC',
    changes: prices,
    cuts: prices.filter((c) => c.direction === 'cut').slice(0, 3),
    increases: prices.filter((c) => c.direction === 'increase').slice(0, 3),
    added,
    deprecated: all.deprecated.filter((d) => lifecycle(d.model)),
    retiring: all.retiring.filter((r) => lifecycle(r.model)),
    ahead,
    limits: all.limits.filter((l) => lifecycle(l.model)),
    latestRelease: latest ? { model: latest.id, name: latest.name, released: latest.released as string } : null,
    watchedUnchanged: watched.filter((id) => !changedModels.has(id)),
    providers: catalog.providers.filter((p) => providers.has(p.id)).map((p) => p.name),
    quiet: false,
    ...(options.past ? { past: true as const } : {}),
    ...(direction ? { direction } : {}),
    ...(newModels ? { newModels: true as const } : {}),
    sources: collectSources([
      ...prices.map((c) => ({ what: `${c.model} ${c.field}`, source: c.source, checked: c.checked })),
      ...added.map((a) => ({ what: `${a.model} prices`, source: a.source, checked: a.checked })),
      ...ahead.map((c) => ({ what: `${c.model} prices from ${c.date}`, source: c.source, checked: c.checked })),
      ...(latest ? [specFigure(latest)] : []),
    ]),
  };
  result.quiet = result.changes.length === 0 && result.added.length === 0 && result.deprecated.length === 0 && result.limits.length === 0;
  return result;
}

/** The model of `keep`'s providers released last before `end` (an instant; a release date is a day or a month). */
function latestRelease(catalog: Catalog, end: string, keep: (model: string) => boolean): CatalogModel | undefined {
  const last = end.slice(0, 10);
  let latest: CatalogModel | undefined;
  for (const m of catalog.models) {
    if (m.released === undefined || m.released >= last || !keep(m.id)) continue;
    if (latest === undefined || m.released > (latest.released as string)) latest = m;
  }
  return latest;
}
