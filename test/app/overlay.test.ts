// The overlay, the staleness line, scheduled changes and lifecycle wording, on small hand-made catalogs, through
// the one way in (handle) and both renderers.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Answered } from '../../src/app/notices.ts';
import { overlayFromStore } from '../../src/app/observed.ts';
import { overlayCatalog } from '../../src/app/overlay.ts';
import type { Ports } from '../../src/app/ports.ts';
import { emptyQuery, type Query } from '../../src/ask/query.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import type { Catalog } from '../../src/catalog/validate.ts';
import type { ObservedChange } from '../../src/digest/changes.ts';
import { createLogger } from '../../src/log.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderText } from '../../src/render/text/index.ts';
import type { Observation } from '../../src/store/store.ts';
import { handMadeCatalog } from './hand-made.ts';

const LITELLM = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';

const reviewed = handMadeCatalog([
  { id: 'acme-mini', name: 'Acme Mini', pricing: [{ from: '2026-06-01', input: 0.4, output: 1.6, checked: '2026-11-20' }] },
  { id: 'acme-max', name: 'Acme Max', pricing: [{ from: '2026-06-01', input: 3, output: 15, checked: '2026-11-20' }] },
]);

const cut: ObservedChange = {
  model: 'acme-mini',
  field: 'input',
  old: 0.4,
  new: 0.35,
  date: new Date('2026-12-01T06:00:00Z'),
  cause: 'unknown',
  source: 'litellm + models.dev',
  url: LITELLM,
};

function portsFor(catalog: Catalog, asOf: string, extra: Partial<Ports> = {}): Ports {
  return { catalog, now: () => new Date(`${asOf}T12:00:00Z`), logger: createLogger('error'), ...extra };
}

async function ask(ports: Ports, intent: Query['intent'], models: string[], more: Partial<Query> = {}): Promise<Answered> {
  const query: Query = { ...emptyQuery(`test ${intent}`, intent), tokens: 1_000_000, mix: { input: 1, output: 0 }, models, ...more };
  return (await handle({ text: query.text, where: LOCAL, query }, ports)).answer;
}

describe('the overlay', () => {
  const overlaid = overlayCatalog(reviewed, [cut]);
  const ports = portsFor(overlaid.catalog, '2026-12-02', { reviewed, overlay: overlaid.notes, observed: async () => [cut] });

  it('prices from the day the sources reported the change, and leaves the reviewed catalog as it is', () => {
    const mini = overlaid.catalog.byId.get('acme-mini')!;
    expect(quotedPrice(mini, '2026-12-01').input).toBe(0.35);
    expect(quotedPrice(mini, '2026-12-01').output).toBe(1.6);
    expect(quotedPrice(mini, '2026-11-30').input).toBe(0.4);
    expect(quotedPrice(reviewed.byId.get('acme-mini')!, '2026-12-02').input).toBe(0.4);
    expect(overlaid.catalog.byId.get('acme-max')).toBe(reviewed.byId.get('acme-max'));
    expect(overlaid.notes.get('acme-mini')).toEqual([{ model: 'acme-mini', field: 'input', value: 0.35, reviewed: 0.4, sources: ['LiteLLM', 'models.dev'], date: '2026-12-01' }]);
  });

  it('reaches every answer, said plainly, in the terminal and in Slack', async () => {
    const cost = await ask(ports, 'cost', ['acme-mini']);
    expect(cost.kind === 'cost' && cost.rates?.input).toBe(0.35);
    const sentence = 'Acme Mini: $0.35 input, reported by LiteLLM and models.dev on 2026-12-01; the reviewed catalog says $0.40.';
    expect(renderText(cost)).toContain(sentence);
    const blocks = renderBlocks(cost);
    expect(JSON.stringify(blocks.blocks)).toContain(sentence);
    expect(blocks.text).toContain(sentence);
    expect(limitViolations(blocks)).toEqual([]);
    const compare = await ask(ports, 'compare', ['acme-mini', 'acme-max']);
    expect(renderText(compare)).toContain(sentence);
  });

  it('the digest reports the change against the reviewed catalog while /compare quotes the new price: they agree', async () => {
    const compare = await ask(ports, 'compare', ['acme-mini', 'acme-max']);
    const row = compare.kind === 'comparison' ? compare.rows.find((r) => r.key === 'price.input') : undefined;
    expect(row?.values['acme-mini']?.value).toBe(0.35);
    const digest = await ask(ports, 'digest', [], { digest: { action: 'preview', range: { from: '2026-11-30', to: '2026-12-07' } } });
    expect(digest.kind === 'digest' && digest.changes.map((c) => [c.model, c.field, c.old, c.new])).toEqual([['acme-mini', 'input', 0.4, 0.35]]);
  });

  it('is not said for a date before the sources reported it', async () => {
    const earlier = await ask({ ...ports, now: () => new Date('2026-11-25T12:00:00Z') }, 'cost', ['acme-mini']);
    expect(earlier.kind === 'cost' && earlier.rates?.input).toBe(0.4);
    expect(earlier.notices?.synced).toEqual([]);
  });

  it('gives way to the reviewed catalog once it records the price (a later reviewed entry takes over on its date)', () => {
    const updated = handMadeCatalog([
      {
        id: 'acme-mini',
        name: 'Acme Mini',
        pricing: [
          { from: '2026-06-01', input: 0.4, output: 1.6, checked: '2026-11-20' },
          { from: '2026-12-03', input: 0.35, output: 1.6, checked: '2026-12-03' },
        ],
      },
    ]);
    const mini = overlayCatalog(updated, [cut]).catalog.byId.get('acme-mini')!;
    expect(quotedPrice(mini, '2026-12-04').source).toEqual(updated.byId.get('acme-mini')!.pricing[1]!.source);
  });

  it('moves a long-context tier price within the new entry, leaving the other fields as the reviewed entry has them', () => {
    const tiered = handMadeCatalog([
      {
        id: 'acme-long',
        name: 'Acme Long',
        pricing: [{ from: '2026-06-01', input: 1.25, output: 10, checked: '2026-11-20', tiers: [{ above: 200_000, inclusive: false, input: 2.5, output: 15 }] }],
      },
    ]);
    const change: ObservedChange = { ...cut, model: 'acme-long', field: 'tier>200000.input', old: 2.5, new: 2 };
    const entry = quotedPrice(overlayCatalog(tiered, [change]).catalog.byId.get('acme-long')!, '2026-12-02');
    expect(entry.tiers).toEqual([{ above: 200_000, inclusive: false, input: 2, output: 15 }]);
    expect([entry.input, entry.output]).toEqual([1.25, 10]);
    expect(tiered.byId.get('acme-long')!.pricing[0]!.tiers[0]!.input).toBe(2.5);
  });

  it('is built from the store: two sources agreeing make a change; once the reviewed catalog matches, nothing is laid over it', async () => {
    const at = (d: string) => new Date(`${d}T06:00:00Z`);
    const observations = [
      { source: 'litellm', model: 'acme-mini', field: 'input', value: 0.35, catalogValue: 0.4, observedAt: at('2026-11-30') },
      { source: 'models.dev', model: 'acme-mini', field: 'input', value: 0.35, catalogValue: 0.4, observedAt: at('2026-12-01') },
    ].map((o, i) => ({ ...o, id: i + 1 }) as Observation);
    const store = { observations: async () => observations };
    const built = await overlayFromStore(store, reviewed, new Date('2026-12-02T12:00:00Z'));
    expect(quotedPrice(built.catalog.byId.get('acme-mini')!, '2026-12-02').input).toBe(0.35);
    expect(built.notes.get('acme-mini')?.[0]).toMatchObject({ value: 0.35, reviewed: 0.4, sources: ['LiteLLM', 'models.dev'], date: '2026-12-01' });
    const matching = handMadeCatalog([
      {
        id: 'acme-mini',
        name: 'Acme Mini',
        pricing: [
          { from: '2026-06-01', input: 0.4, output: 1.6, checked: '2026-11-20' },
          { from: '2026-12-01', input: 0.35, output: 1.6, checked: '2026-12-02' },
        ],
      },
    ]);
    const settled = await overlayFromStore(store, matching, new Date('2026-12-02T12:00:00Z'));
    expect(settled.notes.size).toBe(0);
    expect(settled.catalog).toBe(matching);
  });
});

describe('the staleness line', () => {
  const catalog = handMadeCatalog([
    { id: 'old-one', name: 'Old One', pricing: [{ from: '2026-01-01', input: 1, output: 4, checked: '2026-07-02' }] },
    { id: 'fresh-one', name: 'Fresh One', pricing: [{ from: '2026-01-01', input: 1, output: 4, checked: '2026-11-20' }] },
  ]);

  it("says how old an answer's prices are when older than 30 days, from its own models and the date asked", async () => {
    const ports = portsFor(catalog, '2026-12-02');
    const cost = await ask(ports, 'cost', ['old-one']);
    expect(cost.notices?.stale).toEqual({ days: 153, checked: '2026-07-02', models: ['old-one'] });
    const line = 'Prices checked 153 days ago (2026-07-02) — run the sync or see Sources.';
    expect(renderText(cost)).toContain(line);
    expect(JSON.stringify(renderBlocks(cost).blocks)).toContain(line);
    const compare = await ask(ports, 'compare', ['fresh-one', 'old-one']);
    expect(compare.notices?.stale?.models).toEqual(['old-one']);
  });

  it('says nothing for prices checked within 30 days', async () => {
    const fresh = await ask(portsFor(catalog, '2026-12-02'), 'cost', ['fresh-one']);
    expect(fresh.notices?.stale).toBeNull();
    expect(renderText(fresh)).not.toMatch(/days ago/);
    const asked = await ask(portsFor(catalog, '2026-07-20'), 'cost', ['old-one']);
    expect(asked.notices?.stale).toBeNull();
  });
});

describe('scheduled changes and the lifecycle', () => {
  const catalog = handMadeCatalog([
    {
      id: 'flash-x',
      name: 'Flash X',
      released: '2026-10-01',
      pricing: [
        { from: '2026-10-01', input: 0.75, output: 3.75, checked: '2026-11-20', note: 'introductory price' },
        { from: '2027-01-01', input: 1.5, output: 7.5, checked: '2026-11-20' },
      ],
    },
    {
      id: 'steady',
      name: 'Steady',
      pricing: [
        { from: '2026-01-01', input: 1, output: 4, checked: '2026-11-20' },
        { from: '2027-02-01', input: 0.8, output: 3.2, checked: '2026-11-20' },
      ],
    },
    {
      id: 'gone',
      name: 'Gone Model',
      status: 'deprecated',
      deprecated: '2026-02-01',
      retires: '2026-05-15',
      replacement: 'steady',
      pricing: [{ from: '2025-01-01', input: 2, output: 8, checked: '2026-11-20' }],
    },
  ]);

  it('an answer today says when an introductory price ends and what follows', async () => {
    const cost = await ask(portsFor(catalog, '2026-12-02'), 'cost', ['flash-x']);
    const line = "Flash X's introductory $0.75/$3.75 ends on 2026-12-31, then $1.50/$7.50 from 2027-01-01 (input/output per 1M).";
    expect(renderText(cost)).toContain(line);
    expect(JSON.stringify(renderBlocks(cost).blocks)).toContain(line.replace("'", '\u0027'));
    const after = await ask(portsFor(catalog, '2027-01-02'), 'cost', ['flash-x']);
    expect(after.notices?.scheduled).toEqual([]);
    expect(after.kind === 'cost' && after.rates?.input).toBe(1.5);
  });

  it('an ordinary scheduled change is said as a change on its date', async () => {
    const card = await ask(portsFor(catalog, '2026-12-02'), 'model', ['steady']);
    expect(renderText(card)).toContain("Steady's price changes on 2027-02-01: $1.00/$4.00 now, then $0.80/$3.20 (input/output per 1M).");
  });

  it('a model past its retirement date is described in the past tense', async () => {
    const ports = portsFor(catalog, '2026-12-02');
    const card = await ask(ports, 'model', ['gone']);
    const text = renderText(card);
    expect(text).toContain('Gone Model retired on 2026-05-15 (replacement: steady).');
    expect(text).toContain('Status: retired 2026-05-15; replacement: steady.');
    expect(text).not.toMatch(/retires 2026-05-15/);
    expect(JSON.stringify(renderBlocks(card).blocks)).not.toMatch(/retires 2026-05-15/);
    const before = renderText(await ask(portsFor(catalog, '2026-03-01'), 'model', ['gone']));
    expect(before).toContain('retires 2026-05-15');
    expect(before).not.toMatch(/retired on/);
  });

  it('with a date before its release, a model is not priced: the answer says it was not yet released', async () => {
    const cost = await ask(portsFor(catalog, '2026-09-01'), 'cost', ['flash-x']);
    expect(cost.kind === 'cost' && cost.monthlyUsd).toBeNull();
    expect(cost.kind === 'cost' && cost.refusal).toBe('Flash X was not yet released on 2026-09-01 (released 2026-10-01)');
    expect(renderText(cost)).toContain('Flash X was not yet released on 2026-09-01 (released 2026-10-01); it is not priced for that date.');
    const today = await ask(portsFor(catalog, '2026-12-02'), 'cost', ['flash-x']);
    expect(today.kind === 'cost' && today.monthlyUsd).toBeCloseTo(0.75, 10);
  });
});
