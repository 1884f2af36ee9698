// Workspace settings asked in words go the same way in as `/models settings`: read, stored, shown, used.
import { describe, expect, it } from 'vitest';
import { handle } from '../../src/app/handle.ts';
import type { Where } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';
import { portsWithStore } from '../helpers/store-ports.ts';

const catalog = loadCatalog();
const ports = portsWithStore(catalog, '2026-11-20T10:00:00Z');

const lin: Where = { teamId: 'T7', channelId: 'C7', userId: 'ULIN' };
const say = async (text: string) => (await handle({ text, where: lin }, ports())).answer;

describe('settings in words', () => {
  it.each([
    ['settings', { action: 'show' }],
    ['what are our settings?', { action: 'show' }],
    ['what is the default volume', { action: 'show' }],
    ['set our default volume to 50M tokens', { action: 'set', tokens: 50_000_000 }],
    ['change the default mix to 70/30', { action: 'set', mix: { input: 7, output: 3 } }],
    ['set the defaults to 20M tokens a month and 80/20', { action: 'set', tokens: 20_000_000, mix: { input: 4, output: 1 } }],
    ['reset the settings', { action: 'reset' }],
    ['use 100M tokens as our default', { action: 'set', tokens: 100_000_000 }],
    ['make 20M tokens the default', { action: 'set', tokens: 20_000_000 }],
    ['set mix to 1:1 for our team', { action: 'set', mix: { input: 1, output: 1 } }],
    ['set the volume to 50M', { action: 'set', tokens: 50_000_000 }],
    ['our mix is 80% input', { action: 'set', mix: { input: 4, output: 1 } }],
    ['our volume is 200M tokens a month', { action: 'set', tokens: 200_000_000 }],
    ['my default volume is 50M tokens.', { action: 'set', tokens: 50_000_000 }],
    ['set our default volume to 200M tokens with a 4:1 mix', { action: 'set', tokens: 200_000_000, mix: { input: 4, output: 1 } }],
    ['set the default to 50M tokens a month with a 70/30 split', { action: 'set', tokens: 50_000_000, mix: { input: 7, output: 3 } }],
  ])('%s', (text, settings) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'settings', settings, problems: [] });
  });

  it('a figure said as a fact beside a question is that question’s, not a change of the defaults', () => {
    const asked = parseText(catalog, "our volume is 200M tokens, what's cheapest?");
    expect([asked.intent, asked.tokens, asked.settings ?? null]).toEqual(['cheapest', 200_000_000, null]);
  });

  it('a figure it cannot read is said back with the forms that work', () => {
    expect(parseText(catalog, 'set our default volume to lots').problems[0]).toMatch(/Cannot read “lots” as settings\. Volumes: 50M/);
  });

  it('says how to set them once', async () => {
    const text = renderText(await say('set our default volume to lots'));
    expect(text.split('Set them with /models settings').length).toBe(2);
  });

  it('are stored, shown and used by the next answer, then reset', async () => {
    await say('set our default volume to 70M tokens');
    expect(renderText(await say('what are our settings?'))).toMatch(/70M/);
    const cheapest = await say('cheapest model');
    expect(cheapest.kind === 'cheapest' && cheapest.assumptions.tokensPerMonth).toBe(70_000_000);
    await say('reset the settings');
    const after = await say('cheapest model');
    expect(after.kind === 'cheapest' && after.assumptions.tokensPerMonth).toBe(1_000_000);
  });
});
