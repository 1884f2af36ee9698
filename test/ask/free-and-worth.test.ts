// "Free deepseek models", "is there a free version of deepseek?": free endpoints of that maker; "is prompt caching worth
// it for gpt-5?": what a cached token costs against an uncached one.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { parseText } from '../../src/ask/index.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };

describe('free endpoints of a maker or a kind of work', () => {
  it.each([
    ['is there a free version of deepseek?', { free: true, providers: ['deepseek'] }],
    ['free deepseek models', { free: true, providers: ['deepseek'] }],
    ['any free models for coding?', { free: true, lane: 'api-coding' }],
    ['free models', { free: true }],
  ])('"%s" keeps the words between "free" and "models"', (text, filters) => {
    const query = parseText(catalog, text);
    expect(query.intent).toBe('cheapest');
    expect(query.filters).toMatchObject(filters);
  });
});

describe('whether caching is worth it', () => {
  it.each([
    ['is prompt caching worth it for gpt-5?', 'gpt-5'],
    ['is caching worth it on sonnet 4.5?', 'claude-sonnet-4-5'],
  ])('"%s" with no share cached is the cached price against the input price', async (text, id) => {
    const { query, answer } = await handle({ text, where: LOCAL }, ports);
    expect(query).toMatchObject({ intent: 'attribute', attribute: 'cached-input-price', models: [id] });
    expect(query.filters.need ?? []).not.toContain('prompt-caching');
    const model = catalog.byId.get(id);
    if (!model) throw new Error(id);
    const p = quotedPrice(model, '2026-12-06');
    if (p.cachedInput === undefined) throw new Error('no cached price');
    const below = Math.round((1 - p.cachedInput / p.input) * 100);
    expect(renderText(answer)).toContain(`Cached input is ${below}% below`);
  });

  it('with a share cached, it is the bill at that share', () => {
    expect(parseText(catalog, 'is caching worth it for sonnet 4.5 at 50% cache hits?')).toMatchObject({ intent: 'cost', cachedShare: 0.5 });
  });
});
