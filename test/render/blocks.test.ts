import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { blockTextLength, clip, LIMITS, limitViolations, type SlackMessage } from '../../src/render/blocks/kit.ts';
import { calculatorView, homeView } from '../../src/render/blocks/views.ts';
import { calculate, calculatorInput } from '../../src/app/calculator.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { homeSummary } from '../../src/app/home.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';
const ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: console };
const render = async (text: string, ephemeral = true): Promise<SlackMessage & { kind: string }> => {
  const handled = await handle({ text, where: LOCAL }, ports);
  return { kind: handled.answer.kind, ...renderBlocks(handled.answer, { query: handled.query, command: handled.command, ephemeral }) };
};

/** Every mrkdwn and plain text a person would see, including the fallback text. */
function visibleTexts(message: SlackMessage): string[] {
  const out = [message.text];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text' || o.type === 'raw_text') && typeof o.text === 'string') out.push(o.text);
      for (const [k, v] of Object.entries(o)) if (k !== 'value' && k !== 'block_id' && typeof v === 'object') walk(v);
    }
  };
  walk(message.blocks);
  return out;
}

const byBenchmarks = [...catalog.models]
  .sort((a, b) => b.benchmarks.length - a.benchmarks.length)
  .slice(0, 4)
  .map((m) => m.id);
const byRoutes = [...catalog.models].sort((a, b) => b.routes.length + b.pricing.length - (a.routes.length + a.pricing.length))[0]!.id;

const EVERY_KIND: [string, string][] = [
  ['comparison', '/compare gpt-4.1-mini gpt-5.3-codex'],
  ['comparison', `/compare ${byBenchmarks.join(' ')} for 2.5 billion tokens mix 70/30 cached 50%`],
  ['upgrade', '/models upgrade gpt-4.1-mini gpt-5.4'],
  ['cost', '/models cost grok-4.3 100M cached 80%'],
  ['cost', '/models cost gpt-5.4 50M batch'],
  ['cheapest', '/models cheapest 50M with vision context ≥ 400k'],
  ['cheapest', '/models cheapest 50M including deprecated top 999'],
  ['cheapest', '/models cheapest 50M from mistral open weights under $1 a month'],
  ['lanes', '/models lanes gpt-5.4-mini gpt-5.3-codex claude-sonnet-5 gemini-2.5-pro'],
  ['best', '/models best terminal'],
  ['best', '/models best chat top 999'],
  ['model-card', `/models model ${byRoutes}`],
  ['model-card', '/models model o3'],
  ['help', '/models help'],
  ['not-understood', '/compare'],
  ['not-understood', 'what is the weather in Paris'],
  ['unknown-model', '/compare gpt-4.1-mnii gpt-5.3-codxe'],
  ['unknown-model', '/models cost codex 5M'],
  ['input-problem', '/models cost gpt-4.1-mini 10^30 tokens'],
  ['attribute', 'which has the larger context window, gpt-4.1-mini or grok 4.3?'],
  ['where', 'where can I run gpt-4.1-mini?'],
  ['digest', 'what changed in prices this week?'],
  ['digest', '/models digest preview 2025-06-09..2025-06-16'],
  ['unavailable', '/models digest on monday 09:00'],
  ['input-problem', '/models digest on funday'],
  ['input-problem', '/models best'],
];

describe('Block Kit messages', () => {
  it.each(EVERY_KIND)('%s (%s) stays within Block Kit limits, with fallback text', async (kind, text) => {
    const message = await render(text);
    expect(message.kind).toBe(kind);
    expect(limitViolations(message)).toEqual([]);
    expect(message.text.length).toBeGreaterThan(0);
    expect(visibleTexts(message).join(' ')).not.toMatch(/NaN|undefined|Infinity|\[object Object\]/);
  });

  it('cuts the largest answers deliberately and says how many were left out', async () => {
    const message = await render('/models cheapest 50M including deprecated top 999');
    const table = message.blocks.find((b) => b.type === 'data_table') as { caption: string; rows: { text: string }[][] };
    expect(table.rows.length).toBeLessThanOrEqual(LIMITS.dataTableRows + 1);
    const [, shown, total] = table.caption.match(/\(first (\d+) of (\d+)\)$/) ?? [];
    expect(Number(shown)).toBe(table.rows.length - 1);
    expect(Number(total)).toBeGreaterThan(Number(shown));
    expect(blockTextLength(message.blocks)).toBeLessThanOrEqual(LIMITS.messageTextBudget);
  });

  it('words the fallback text from the answer, without the blocks’ markup', async () => {
    const lanes = await render('/models lanes gpt-5.4-mini gpt-5.3-codex');
    expect(lanes.text).toMatch(/^Lanes for gpt-5\.4-mini, gpt-5\.3-codex:\n• /);
    expect(lanes.text).not.toMatch(/[*✅🟡⚪⛔]/u);
    const where = await render('where can I run gpt-4.1-mini?');
    expect(where.text).toMatch(/directly/);
    expect(where.text).not.toMatch(/[*`]/);
  });

  it('offers "Share in channel" only on ephemeral replies', async () => {
    expect(JSON.stringify((await render('/compare gpt-4.1-mini grok-4.3', true)).blocks)).toContain('share_in_channel');
    expect(JSON.stringify((await render('/compare gpt-4.1-mini grok-4.3', false)).blocks)).not.toContain('share_in_channel');
  });

  it('keeps the calculator modal and App Home within view limits', async () => {
    const bot = { catalog, now: () => new Date('2026-11-22T00:00:00Z'), logger: console };
    const input = calculatorInput(bot, '/compare gpt-4.1-mini gpt-5.3-codex grok-4.3 claude-haiku-4-5 for 50M tokens');
    const modal = calculatorView(input, await calculate(bot, input, LOCAL));
    expect(limitViolations({ blocks: modal.blocks }, 'modal')).toEqual([]);
    expect(modal.title.text.length).toBeLessThanOrEqual(LIMITS.viewTitle);
    const bad = calculatorView({ ...input, volume: '-1' }, await calculate(bot, { ...input, volume: '-1' }, LOCAL));
    expect(JSON.stringify(bad.blocks)).toMatch(/more than zero/);
    expect(limitViolations({ blocks: homeView(await homeSummary(bot)).blocks }, 'home')).toEqual([]);
  });
});

describe('any text (property)', () => {
  const markup = fc.constantFrom('<!channel>', '<!here>', '<@U123ABC>', '<@U1|x>', '<#C1|general>', '&', '<https://evil.example|click>', '*bold*', '`code`', '\u0000', '\n\n');
  const piece = fc.oneof(
    fc.string({ maxLength: 40 }),
    markup,
    fc.constantFrom('gpt-4.1-mini', 'vs', 'grok 4.3', 'cheapest', '50M', 'for', 'tokens', 'mix 3:1', '/compare', '/models', 'cost', 'lanes', 'best', 'terminal'),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));

  it('parses without throwing, renders within limits, and never lets typed markup reach mrkdwn', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const message = await render(t);
        expect(limitViolations(message)).toEqual([]);
        for (const visible of visibleTexts(message)) {
          expect(visible).not.toMatch(/<!channel>|<!here>|<@U123ABC>|<@U1\|x>|<#C1\|general>|<https:\/\/evil\.example/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('copes with 100 kB of text and control characters', async () => {
    const huge = `${'gpt-4.1-mini vs grok-4.3 <!channel> '.repeat(3000)}\u0007\u001b[31m`;
    expect(huge.length).toBeGreaterThan(100_000);
    const message = await render(huge);
    expect(limitViolations(message)).toEqual([]);
    const controls = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((n) => String.fromCharCode(n)), maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(controls, async (t) => {
        expect(limitViolations(await render(t))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('clip', () => {
  it('keeps text of at most `max` code points whole, and cuts longer text to `max` ending with an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const points = [...text];
        const out = clip(text, max);
        if (points.length <= max) expect(out).toBe(text);
        else {
          expect([...out]).toHaveLength(max);
          expect(out.endsWith('…')).toBe(true);
          expect(text.startsWith(out.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});
