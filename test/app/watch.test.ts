// `/models watch …` and `/models unwatch …` through the one way in (handle), with a PGlite store: read into
// a watch Query, answered with the store, said in text and Block Kit, kept per workspace and per person.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/app/handle.ts';
import { homeSummary } from '../../src/app/home.ts';
import type { Ports, Where } from '../../src/app/ports.ts';
import { watchQuery } from '../../src/app/watch-command.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { homeView } from '../../src/render/blocks/views.ts';
import { renderText } from '../../src/render/text/index.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { Store } from '../../src/store/store.ts';

const catalog = loadCatalog();
let store: Store;
let ports: Ports;
beforeAll(async () => {
  store = await openPgliteStore();
  ports = { catalog, now: () => new Date('2026-11-20T10:00:00Z'), logger: createLogger('error'), store };
});
afterAll(async () => {
  await store.close();
});

const ada: Where = { teamId: 'T1', channelId: 'C1', userId: 'UADA' };
const ask = async (text: string, where: Where = ada) => {
  const handled = await handle({ text, where }, ports);
  return { handled, text: renderText(handled.answer), blocks: renderBlocks(handled.answer, { query: handled.query, command: handled.command, ephemeral: true }) };
};

describe('reading watch commands', () => {
  it.each([
    ['/models watch gpt-5.4-mini, claude-sonnet-5', { action: 'add', models: ['gpt-5.4-mini', 'claude-sonnet-5'], providers: [], to: 'here' }],
    ['/models watch gpt-5.4-mini claude sonnet 5, grok-4.3 dm', { action: 'add', models: ['gpt-5.4-mini claude sonnet 5', 'grok-4.3'], providers: [], to: 'dm' }],
    ['watch gpt-5.4-mini here', { action: 'add', models: ['gpt-5.4-mini'], providers: [], to: 'here' }],
    ['/models watch provider Anthropic, openai', { action: 'add', models: [], providers: ['anthropic', 'openai'], to: 'here' }],
    ['/models watch list', { action: 'list' }],
    ['/models watch', { action: 'list' }],
    ['/models unwatch gpt-5.4-mini', { action: 'remove', models: ['gpt-5.4-mini'], providers: [], all: false }],
    ['/models unwatch all', { action: 'remove', models: [], providers: [], all: true }],
    // What every watch is for, said after the names, is no name.
    ['watch gpt-5 for price changes', { action: 'add', models: ['gpt-5'], providers: [], to: 'here' }],
    ['/models watch gpt-5, o3 for updates dm', { action: 'add', models: ['gpt-5', 'o3'], providers: [], to: 'dm' }],
    ['watch provider anthropic pricing', { action: 'add', models: [], providers: ['anthropic'], to: 'here' }],
    ['unwatch gpt-5 price changes', { action: 'remove', models: ['gpt-5'], providers: [], all: false }],
  ])('%s', (text, watch) => {
    expect(watchQuery(text)).toMatchObject({ intent: 'watch', watch, problems: [] });
  });

  it('leaves every other command to the parser', () => {
    expect(watchQuery('/models cheapest 50M')).toBeUndefined();
    expect(watchQuery('/compare gpt-4.1 gpt-5.4')).toBeUndefined();
    expect(watchQuery('watchlist of models')).toBeUndefined();
  });

  it('says what to give when nothing is named', () => {
    expect(watchQuery('/models unwatch')?.problems[0]).toMatch(/Tell me what to unwatch: a model or a provider\. Forms: .*\/models watch list/);
  });

  it('never throws and always reads a watch command as one', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('watch', 'unwatch', '/models watch', '/models unwatch'), (rest, verb) => {
        const q = watchQuery(`${verb} ${rest}`);
        expect(q?.intent).toBe('watch');
        expect(q?.watch !== undefined || (q?.problems.length ?? 0) > 0).toBe(true);
      }),
    );
  });
});

describe('answering watch commands', () => {
  it('adds watches for this channel by resolved id, and lists them', async () => {
    const added = await ask('/models watch gpt 5.4 mini, claude-sonnet-5');
    expect(added.handled.answer).toMatchObject({ kind: 'watch', change: 'added', changed: [{ target: 'gpt-5.4-mini' }, { target: 'claude-sonnet-5' }] });
    expect(added.text).toMatch(/^Watching GPT-5\.4 mini, Claude Sonnet 5: this channel gets a message when a price changes/);
    expect(JSON.stringify(added.blocks)).toContain('<#C1>');
    expect(limitViolations(added.blocks)).toEqual([]);
    expect((await store.watches({ teamId: 'T1' })).map((w) => [w.channelId, w.kind, w.target])).toEqual([
      ['C1', 'model', 'claude-sonnet-5'],
      ['C1', 'model', 'gpt-5.4-mini'],
    ]);
  });

  it('sends DM watches to the person, who alone sees them', async () => {
    await ask('/models watch provider anthropic dm');
    expect(await store.watches({ teamId: 'T1', channelId: 'UADA' })).toMatchObject([{ kind: 'provider', target: 'anthropic', createdBy: 'UADA' }]);
    const mine = (await ask('/models watch list')).text;
    expect(mine).toMatch(/Anthropic \(provider anthropic\) → your DMs/);
    const theirs = (await ask('/models watch list', { ...ada, userId: 'UBOB' })).text;
    expect(theirs).not.toMatch(/Anthropic/);
    expect(theirs).toMatch(/GPT-5\.4 mini/);
    // App Home: the workspace's channel watches, and only the viewer's own DM watches.
    expect((await homeSummary(ports, 'T1', 'UADA')).watches.map((w) => w.target).sort()).toEqual(['anthropic', 'claude-sonnet-5', 'gpt-5.4-mini']);
    expect((await homeSummary(ports, 'T1', 'UBOB')).watches.map((w) => w.target).sort()).toEqual(['claude-sonnet-5', 'gpt-5.4-mini']);
  });

  it('keeps one workspace out of another', async () => {
    expect((await ask('/models watch list', { ...ada, teamId: 'T2' })).text).toBe(
      'Nothing is watched here.\nAdd one with /models watch <model> [here | dm] or /models watch provider <id>; remove with /models unwatch …',
    );
    expect((await ask('/models unwatch all', { ...ada, teamId: 'T2' })).handled.answer).toMatchObject({ change: 'removed', changed: [] });
    expect(await store.watches({ teamId: 'T1' })).toHaveLength(3);
  });

  it('removes what is watched, and says what was not', async () => {
    const removed = await ask('/models unwatch gpt-5.4-mini, grok-4.3');
    expect(removed.text).toMatch(/^Stopped watching GPT-5\.4 mini\. Grok 4\.3 was not watched here\./);
    expect((await store.watches({ teamId: 'T1' })).map((w) => w.target).sort()).toEqual(['anthropic', 'claude-sonnet-5']);
  });

  it('refuses unknown names with a suggestion, and unknown providers with the list', async () => {
    expect((await ask('/models watch gpt-5.4-mnii')).text).toMatch(/No model is called “gpt-5\.4-mnii”; did you mean gpt-5\.4-mini/);
    expect((await ask('/models watch provider acme')).text).toMatch(/No provider is called “acme”\. Providers: .*anthropic/);
  });

  it('never lets a typed name ping anyone', async () => {
    const reply = await ask('/models watch <!channel>, <@U999>');
    expect(JSON.stringify(reply.blocks)).not.toContain('<!channel>');
    expect(JSON.stringify(reply.blocks)).not.toContain('<@U999>');
  });

  it('App Home lists many watches within its limits, each with a remove button', async () => {
    for (const m of catalog.models.slice(0, 30)) await store.addWatch({ teamId: 'T3', channelId: 'C3', kind: 'model', target: m.id, createdBy: 'U3' }, new Date());
    const view = homeView(await homeSummary(ports, 'T3', 'U3'));
    expect(limitViolations({ blocks: view.blocks }, 'home')).toEqual([]);
    expect(JSON.stringify(view.blocks).match(/"watch_remove"/g)).toHaveLength(15);
    expect(JSON.stringify(view.blocks)).toContain('and 15 more');
  });
});
