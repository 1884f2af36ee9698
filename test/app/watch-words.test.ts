// Watches asked in words go through the same way in as `/models watch`: kept in the store, listed, removed.
import { describe, expect, it } from 'vitest';
import { handle } from '../../src/app/handle.ts';
import type { Where } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';
import { portsWithStore } from '../helpers/store-ports.ts';

const catalog = loadCatalog();
const ports = portsWithStore(catalog, '2026-11-20T10:00:00Z');

const grace: Where = { teamId: 'T9', channelId: 'C9', userId: 'UGRACE' };
const say = async (text: string) => renderText((await handle({ text, where: grace }, ports())).answer);

describe('watches in words', () => {
  it.each([
    ['notify me when claude sonnet 4.5 changes price', { action: 'add', models: ['claude-sonnet-4-5'], providers: [], to: 'dm' }],
    ['alert us if gpt-5.4 mini gets cheaper', { action: 'add', models: ['gpt-5.4-mini'], providers: [], to: 'here' }],
    ["let us know if anthropic's prices change", { action: 'add', models: [], providers: ['anthropic'], to: 'here' }],
    ['keep an eye on gpt-5 mini and gemini 3.8 flash', { action: 'add', models: ['gpt-5-mini', 'gemini-3.8-flash'], providers: [], to: 'here' }],
    ['what are you watching?', { action: 'list' }],
    ['stop watching gpt-5', { action: 'remove', models: ['gpt-5'], providers: [], all: false }],
    ['stop watching everything', { action: 'remove', models: [], providers: [], all: true }],
    ['unwatch gpt-5', { action: 'remove', models: ['gpt-5'], providers: [], all: false }],
    ['stop alerting us about deepseek', { action: 'remove', models: [], providers: ['deepseek'], all: false }],
    ['no more alerts for gpt-5', { action: 'remove', models: ['gpt-5'], providers: [], all: false }],
    ['remind me when gpt-5 price changes', { action: 'add', models: ['gpt-5'], providers: [], to: 'dm' }],
    ['remind us about anthropic price changes', { action: 'add', models: [], providers: ['anthropic'], to: 'here' }],
    ['warn us if deepseek raises prices', { action: 'add', models: [], providers: ['deepseek'], to: 'here' }],
    ['subscribe to gpt-5', { action: 'add', models: ['gpt-5'], providers: [], to: 'here' }],
    ['subscribe me to anthropic', { action: 'add', models: [], providers: ['anthropic'], to: 'dm' }],
    ['alert me when anthropic releases a new model', { action: 'add', models: [], providers: ['anthropic'], to: 'dm' }],
    ['tell us when google ships a new model', { action: 'add', models: [], providers: ['google'], to: 'here' }],
  ])('%s', (text, watch) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'watch', watch, problems: [] });
  });

  it('"tell me about" a model\'s price asks for it, not a watch', () => {
    expect(parseText(catalog, 'tell me about gpt-5 pricing').intent).not.toBe('watch');
  });

  it('asks what to watch when nothing is named, and points to the digest for every change', () => {
    expect(parseText(catalog, 'notify me when prices change').problems[0]).toMatch(/Tell me what to watch: .*\/models digest on/);
  });

  it('are kept, listed and removed like the commands', async () => {
    expect(await say('alert us if gpt-5.4 mini gets cheaper')).toMatch(/gpt-5\.4-mini/);
    expect(await say('what are you watching?')).toMatch(/gpt-5\.4-mini/);
    await say('stop watching gpt-5.4 mini');
    expect(await say('what are you watching?')).not.toMatch(/gpt-5\.4-mini/);
  });
});

describe('new models asked to be heard of, and subscribing in a word', () => {
  it.each(['notify me if any model under $1 gets released', 'let us know when a new model comes out'])(
    '%j says a provider watch or the digest hears of new models, with the watch forms',
    async (text) => {
      const query = parseText(catalog, text);
      expect([query.intent, query.problems.length]).toEqual(['watch', 1]);
      const said = await say(text);
      expect(said).toContain("a provider's watch says when it releases a new model");
      expect(said).toContain('/models watch provider anthropic');
      expect(said).not.toContain('Volumes:');
    },
  );

  it.each([
    ['unsubscribe', 'off'],
    ['unsubscribe this channel', 'off'],
    ['subscribe', 'on'],
    ['subscribe to the weekly digest', 'on'],
  ])('%j is the digest turned %s', (text, action) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'digest', digest: { action } });
  });
});
