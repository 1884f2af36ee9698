// The alerts a watch gets from a window's changes: pure, over the real catalog.
import { describe, expect, it } from 'vitest';
import type { Changes, PriceChange } from '../../src/digest/changes.ts';
import { alertsFor } from '../../src/digest/watch.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const mini = catalog.byId.get('gpt-5.4-mini');
const entry = mini?.pricing.at(-1);
const input = entry?.input as number;
const output = entry?.output as number;
const defaults = { tokensPerMonth: 10_000_000, mix: { input: 1, output: 1 } };

const price = (date: string, field = 'input', old = input, next = input / 2): PriceChange => ({
  model: 'gpt-5.4-mini',
  name: 'GPT-5.4 mini',
  provider: 'openai',
  field,
  old,
  new: next,
  pct: (next - old) / old,
  date,
  direction: next < old ? 'cut' : 'increase',
  cause: 'unknown',
  note: null,
  source: { url: 'https://example.com/prices' },
  checked: date,
});

const none: Changes = { window: { from: '2026-11-16', to: '2026-11-23' }, prices: [], added: [], deprecated: [], retiring: [], ahead: [], limits: [] };

describe('alertsFor', () => {
  it('prices a change at the workspace defaults before and after', () => {
    const [alert, ...rest] = alertsFor(catalog, { ...none, prices: [price('2026-11-21')] }, { kind: 'model', target: 'gpt-5.4-mini' }, '2026-11-20', defaults);
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({ kind: 'price', model: 'gpt-5.4-mini', field: 'input', old: input, new: input / 2 });
    // 10M at 1:1: 5M input and 5M output tokens.
    expect(alert?.monthly?.before).toBeCloseTo(5 * input + 5 * output, 10);
    expect(alert?.monthly?.after).toBeCloseTo(5 * (input / 2) + 5 * output, 10);
  });

  it('gives one key to one move, whatever date the sync and the catalog give it', () => {
    const a = alertsFor(catalog, { ...none, prices: [price('2026-11-21')] }, { kind: 'model', target: 'gpt-5.4-mini' }, '2026-11-01', defaults);
    const b = alertsFor(catalog, { ...none, prices: [price('2026-11-19')] }, { kind: 'model', target: 'gpt-5.4-mini' }, '2026-11-01', defaults);
    expect(a[0]?.key).toBe(b[0]?.key);
  });

  it('tells a watch nothing dated before it began, nor of other models', () => {
    expect(alertsFor(catalog, { ...none, prices: [price('2026-11-19')] }, { kind: 'model', target: 'gpt-5.4-mini' }, '2026-11-20', defaults)).toEqual([]);
    expect(alertsFor(catalog, { ...none, prices: [price('2026-11-21')] }, { kind: 'model', target: 'grok-4.3' }, '2026-11-20', defaults)).toEqual([]);
  });

  it('reaches a provider watch with its models, and new models only there', () => {
    const changes: Changes = {
      ...none,
      prices: [price('2026-11-21')],
      added: [
        {
          model: 'gpt-5.4-mini',
          name: 'GPT-5.4 mini',
          provider: 'openai',
          date: '2026-11-21',
          input: 1,
          output: 2,
          source: { url: 'https://openai.com/api/pricing/' },
          checked: '2026-11-21',
        },
      ],
      deprecated: [{ model: 'gpt-5.4-mini', name: 'GPT-5.4 mini', date: '2026-11-22', replacement: 'gpt-5.5-mini' }],
    };
    expect(alertsFor(catalog, changes, { kind: 'provider', target: 'openai' }, '2026-11-20', defaults).map((a) => a.kind)).toEqual(['price', 'added', 'deprecated']);
    expect(alertsFor(catalog, changes, { kind: 'model', target: 'gpt-5.4-mini' }, '2026-11-20', defaults).map((a) => a.kind)).toEqual(['price', 'deprecated']);
    expect(alertsFor(catalog, changes, { kind: 'provider', target: 'anthropic' }, '2026-11-20', defaults)).toEqual([]);
  });

  it('gives no monthly cost for a change that does not bear on that bill (a long-context tier, a route)', () => {
    const [tier] = alertsFor(catalog, { ...none, prices: [price('2026-11-21', 'tier>272000.input', 2, 1)] }, { kind: 'model', target: 'gpt-5.4-mini' }, '2026-11-20', defaults);
    expect(tier?.monthly).toBeNull();
  });
});
