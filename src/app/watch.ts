// `/models watch …` and `/models unwatch …`: add, remove and list a workspace's watches. Alerts for a
// watch go to the channel it was made in, or to the watcher by DM (`dm`); a person sees this channel's
// watches and their own DM watches, never another workspace's or another person's DMs.
import type { InputProblemAnswer, UnavailableAnswer } from '../ask/answer.ts';
import { resolveModel } from '../catalog/resolve.ts';
import { providerName, type Catalog } from '../catalog/validate.ts';
import { WATCH_FORMS, type WatchAnswer, type WatchCommand, type WatchTarget, type WatchView } from '../digest/watch.ts';
import type { Watch } from '../store/store.ts';
import type { Ports, Where } from './ports.ts';

export function watchView(catalog: Catalog, w: Pick<Watch, 'kind' | 'target' | 'channelId' | 'createdBy' | 'status'>): WatchView {
  const name = w.kind === 'model' ? (catalog.byId.get(w.target)?.name ?? w.target) : providerName(catalog, w.target);
  // A DM watch is stored with the watcher's own user id as its channel.
  return { kind: w.kind, target: w.target, name, channelId: w.channelId, dm: w.channelId === w.createdBy, paused: w.status === 'paused' };
}

const problem = (text: string, message: string, forms: string[] = WATCH_FORMS): InputProblemAnswer => ({ kind: 'input-problem', text, problems: [message], forms });

/** The command's names as catalog ids, or the first problem said for a person. */
function targetsOf(catalog: Catalog, command: { models: string[]; providers: string[] }): WatchTarget[] | string {
  const targets: WatchTarget[] = [];
  for (const name of command.models) {
    const r = resolveModel(catalog, name);
    if (r.kind === 'ambiguous')
      return `“${name}” matches ${r.candidates
        .slice(0, 4)
        .map((m) => m.id)
        .join(', ')}: which one?`;
    if (r.kind === 'unknown') return `No model is called “${name}”${r.suggestions.length > 0 ? `; did you mean ${r.suggestions.map((m) => m.id).join(', ')}?` : '.'}`;
    targets.push({ kind: 'model', target: r.model.id });
  }
  for (const name of command.providers) {
    const p = catalog.providers.find((x) => x.id === name || x.name.toLowerCase() === name);
    if (!p) return `No provider is called “${name}”. Providers: ${catalog.providers.map((x) => x.id).join(', ')}.`;
    targets.push({ kind: 'provider', target: p.id });
  }
  const unique = new Map(targets.map((t) => [`${t.kind}:${t.target}`, t]));
  return [...unique.values()];
}

/** This channel's watches and the asker's own DM watches. */
async function visible(ports: Ports, where: Where): Promise<Watch[]> {
  const store = ports.store;
  if (!store) return [];
  return store.watches({ teamId: where.teamId, channelIds: [...new Set([where.channelId, where.userId])] });
}

export async function watchAnswer(command: WatchCommand, where: Where, ports: Ports, text: string): Promise<WatchAnswer | InputProblemAnswer | UnavailableAnswer> {
  await ports.ready;
  const store = ports.store;
  if (!store) return { kind: 'unavailable', what: 'watch', message: 'Watches need the store, and none is configured here.' };
  const { catalog } = ports;
  const now = ports.now();
  const answer = async (change: WatchAnswer['change'], changed: WatchView[], notWatched: string[] = []): Promise<WatchAnswer> => ({
    kind: 'watch',
    change,
    changed,
    notWatched,
    watches: (await visible(ports, where)).map((w) => watchView(catalog, w)),
  });
  if (command.action === 'list') return answer('list', []);
  if (command.action === 'remove' && command.all) {
    const mine = await visible(ports, where);
    for (const w of mine) await store.removeWatch(w.teamId, w.channelId, w.kind, w.target);
    return answer(
      'removed',
      mine.map((w) => watchView(catalog, w)),
    );
  }
  const targets = targetsOf(catalog, command);
  if (typeof targets === 'string') return problem(text, targets);
  if (command.action === 'add') {
    const channelId = command.to === 'dm' ? where.userId : where.channelId;
    const added: WatchView[] = [];
    for (const t of targets)
      added.push(watchView(catalog, await store.addWatch({ teamId: where.teamId, channelId, kind: t.kind, target: t.target, createdBy: where.userId }, now)));
    return answer('added', added);
  }
  const removed: WatchView[] = [];
  const notWatched: string[] = [];
  const mine = await visible(ports, where);
  for (const t of targets) {
    const matching = mine.filter((w) => w.kind === t.kind && w.target === t.target);
    for (const w of matching) if (await store.removeWatch(w.teamId, w.channelId, w.kind, w.target)) removed.push(watchView(catalog, w));
    if (matching.length === 0) notWatched.push(watchView(catalog, { ...t, channelId: where.channelId, createdBy: where.userId, status: 'active' }).name);
  }
  return answer('removed', removed, notWatched);
}
