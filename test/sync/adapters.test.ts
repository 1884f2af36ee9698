// The three adapters on real-format samples: fields, exact unit conversion, what they skip, and what they refuse.
import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { litellm } from '../../src/sync/sources/litellm.ts';
import { modelsdev } from '../../src/sync/sources/modelsdev.ts';
import { openrouter } from '../../src/sync/sources/openrouter.ts';
import { perMillion, perMillionFromPerToken, SyncError, type ReadDocument, type SourceEntry } from '../../src/sync/types.ts';
import { fixture, openrouterFixture } from './helpers.ts';

function entry(doc: ReadDocument, id: string): SourceEntry {
  const found = doc.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

function refused(fn: () => unknown): SyncError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error('expected a SyncError');
}

describe('exact units', () => {
  it('converts USD per token to USD per 1M in decimal arithmetic, never with float noise', () => {
    expect(2e-7 * 1e6).not.toBe(0.2); // what plain floats would give: 0.19999999999999998
    expect(perMillionFromPerToken(2e-7, 'x')).toBe(0.2);
    expect(perMillionFromPerToken('0.0000004', 'x')).toBe(0.4);
    expect(perMillionFromPerToken('0.00000015', 'x')).toBe(0.15);
    expect(perMillionFromPerToken(3.75e-8, 'x')).toBe(0.0375);
    expect(perMillionFromPerToken('0', 'x')).toBe(0);
    // Beyond six decimals of a dollar per 1M, the figure is rounded (half up), not carried as noise.
    expect(perMillionFromPerToken('0.0000000208333333333333', 'x')).toBe(0.020833);
    expect(perMillion(0.003625, 'x')).toBe(0.003625);
  });

  it('refuses negative, absurd and non-numeric prices, naming where', () => {
    expect(refused(() => perMillionFromPerToken('-0.000001', 'OpenRouter a/b: pricing.prompt'))).toMatchObject({
      kind: 'price',
      reason: expect.stringMatching(/^OpenRouter a\/b: pricing\.prompt is "-0\.000001" .*cannot be negative/),
    });
    expect(refused(() => perMillionFromPerToken(0.02, 'x')).reason).toMatch(/\$10,000 per 1M tokens is not a plausible price/);
    expect(refused(() => perMillion(10_000, 'x')).kind).toBe('price');
    expect(refused(() => perMillionFromPerToken('abc', 'x')).reason).toMatch(/expected a number/);
    expect(refused(() => perMillionFromPerToken(Number.NaN, 'x')).kind).toBe('price');
    expect(refused(() => perMillionFromPerToken(null, 'x')).kind).toBe('price');
  });
});

describe('LiteLLM adapter (model_prices_and_context_window.json, 2026-07-18)', () => {
  const doc = litellm.read(fixture('litellm'));

  it('reads the direct providers’ entries with every compared field, USD per 1M', () => {
    expect(entry(doc, 'gpt-4.1-mini')).toMatchObject({
      provider: 'openai',
      kind: 'chat',
      looksLikeModel: true,
      prices: { input: 0.4, cachedInput: 0.1, output: 1.6, batchInput: 0.2, batchOutput: 0.8 },
    });
    expect(entry(doc, 'claude-sonnet-4-5').prices).toEqual({
      input: 3,
      cachedInput: 0.3,
      cacheWrite5m: 3.75,
      cacheWrite1h: 6,
      output: 15,
      'tier>200000.input': 6,
      'tier>200000.cachedInput': 0.6,
      'tier>200000.cacheWrite5m': 7.5,
      'tier>200000.cacheWrite1h': 12,
      'tier>200000.output': 22.5,
    });
    expect(entry(doc, 'gemini/gemini-2.5-pro')).toMatchObject({
      provider: 'google',
      prices: { input: 1.25, cachedInput: 0.125, output: 10, 'tier>200000.input': 2.5, 'tier>200000.output': 15 },
    });
    expect(entry(doc, 'gpt-5.4').prices).toMatchObject({ input: 2.5, 'tier>272000.input': 5, 'tier>272000.output': 22.5, batchInput: 1.25 });
    expect(entry(doc, 'xai/grok-4.3')).toMatchObject({ provider: 'xai', prices: { input: 1.25, cachedInput: 0.2, output: 2.5, 'tier>200000.cachedInput': 0.4 } });
  });

  it('leaves out flex/priority service tiers and per-query prices', () => {
    const fields = Object.keys(entry(doc, 'gpt-4.1-mini').prices);
    expect(fields.some((f) => /priority|flex|search/.test(f))).toBe(false);
  });

  it('skips fine-tunes and (synthetic entry) resellers, and says how many', () => {
    expect(doc.skipped).toEqual({ 'fine-tuned model': 1 });
    expect(doc.entries.some((e) => e.id.startsWith('ft:'))).toBe(false);
    // A reseller entry shaped like LiteLLM's azure entries (added in code: the sample holds direct providers only).
    const withAzure = {
      ...(fixture('litellm') as object),
      'azure/gpt-4.1-mini': { input_cost_per_token: 4e-7, output_cost_per_token: 1.6e-6, litellm_provider: 'azure', mode: 'chat' },
    };
    expect(litellm.read(withAzure).skipped).toMatchObject({ 'reseller route': 1 });
  });

  it('marks speech entries as not looking like models', () => {
    expect(entry(doc, 'gemini-2.5-flash-preview-tts')).toMatchObject({ kind: 'audio_speech', looksLikeModel: false });
  });

  it('refuses a document of the wrong shape or with a bad price', () => {
    expect(refused(() => litellm.read([])).kind).toBe('shape');
    expect(refused(() => litellm.read({})).kind).toBe('empty');
    expect(refused(() => litellm.read({ 'gpt-x': 'cheap' })).kind).toBe('shape');
    const bad = { ...(fixture('litellm') as Record<string, Record<string, unknown>>) };
    bad['gpt-4.1-mini'] = { ...bad['gpt-4.1-mini'], input_cost_per_token: -4e-7 };
    expect(refused(() => litellm.read(bad)).reason).toMatch(/^LiteLLM gpt-4\.1-mini: input_cost_per_token is -4e-7 .*negative/);
  });
});

describe('OpenRouter adapter (/api/v1/models, 2026-08-14..18)', () => {
  const doc = openrouter.read(fixture('openrouter'));

  it('reads USD-per-token strings exactly: gpt-4.1-mini input 0.0000004 → 0.4', () => {
    expect(entry(doc, 'openai/gpt-4.1-mini')).toMatchObject({ provider: 'openai', name: 'openai/gpt-4.1-mini', prices: { input: 0.4, cachedInput: 0.1, output: 1.6 } });
  });

  it('reads ":batch" ids as the base model’s batch prices', () => {
    expect(entry(doc, 'openai/gpt-4.1-mini:batch')).toMatchObject({ name: 'openai/gpt-4.1-mini', variant: 'batch', prices: { batchInput: 0.2, batchOutput: 0.8 } });
    expect(Object.keys(entry(doc, 'openai/gpt-4.1-mini:batch').prices)).toEqual(['batchInput', 'batchOutput']);
  });

  it('reads prompt-size overrides as long-context tiers and ignores time-of-day windows', () => {
    expect(entry(doc, 'google/gemini-2.5-pro').prices).toEqual({
      input: 1.25,
      cachedInput: 0.125,
      output: 10,
      'tier>200000.input': 2.5,
      'tier>200000.cachedInput': 0.25,
      'tier>200000.output': 15,
    });
    expect(entry(doc, 'x-ai/grok-4.3')).toMatchObject({ provider: 'xai', prices: { input: 1.25, 'tier>200000.input': 2.5, 'tier>200000.output': 5 } });
    expect(entry(doc, 'anthropic/claude-sonnet-4.5').prices).toMatchObject({ cacheWrite5m: 3.75, cacheWrite1h: 6, 'tier>200000.cacheWrite1h': 12 });
    // deepseek-v4-pro's overrides are utc_start/utc_end windows (off-peak prices), not tiers.
    expect(entry(doc, 'deepseek/deepseek-v4-pro').prices).toEqual({ input: 0.66, cachedInput: 0.022, output: 1.98 });
  });

  it('does not read Google’s input_cache_write (cache storage) as a 5-minute write', () => {
    expect(entry(doc, 'google/gemini-3.7-flash').prices.cacheWrite5m).toBeUndefined();
    expect(entry(doc, 'openai/gpt-5.6-sol').prices.cacheWrite5m).toBe(3.125);
  });

  it('reads only catalog vendors and keeps variant suffixes', () => {
    const withOthers = openrouterFixture();
    withOthers.data = [...withOthers.data, { id: 'openrouter/auto', pricing: { prompt: '-1', completion: '-1' } }];
    expect(openrouter.read(withOthers).skipped).toEqual({ 'other provider': 1 });
    expect(entry(doc, 'openai/gpt-oss-20b:free')).toMatchObject({ variant: 'free', looksLikeModel: false, prices: { input: 0, output: 0 } });
  });

  it('refuses a wrong shape, an empty list and a negative or absurd price', () => {
    expect(refused(() => openrouter.read({ models: [] })).kind).toBe('shape');
    expect(refused(() => openrouter.read({ data: [] }))).toMatchObject({ kind: 'empty', reason: 'OpenRouter: the model list is empty ("data": [])' });
    const negative = openrouterFixture();
    (negative.data.find((e) => e.id === 'openai/gpt-4.1-mini') as { pricing: Record<string, unknown> }).pricing.prompt = '-0.0000004';
    expect(refused(() => openrouter.read(negative)).reason).toMatch(
      /^OpenRouter openai\/gpt-4\.1-mini: pricing\.prompt is "-0\.0000004" \(USD -0\.4 per 1M\): a price cannot be negative/,
    );
    const absurd = openrouterFixture();
    (absurd.data.find((e) => e.id === 'x-ai/grok-4.3') as { pricing: Record<string, unknown> }).pricing.completion = '0.25';
    expect(refused(() => openrouter.read(absurd)).reason).toMatch(/x-ai\/grok-4\.3: pricing\.completion is "0\.25" \(USD 250000 per 1M\)/);
    const missing = openrouterFixture();
    delete (missing.data[0] as { pricing: Record<string, unknown> }).pricing.prompt;
    expect(refused(() => openrouter.read(missing))).toMatchObject({ kind: 'shape', reason: expect.stringContaining('google/gemini-3.7-flash') });
  });
});

describe('models.dev adapter (/api.json, 2026-06-13)', () => {
  const doc = modelsdev.read(fixture('models.dev'));

  it('reads USD per 1M as published, with tiers and cache writes', () => {
    expect(entry(doc, 'grok-4.3')).toMatchObject({
      provider: 'xai',
      prices: { input: 1.25, cachedInput: 0.2, output: 2.5, 'tier>200000.input': 2.5, 'tier>200000.cachedInput': 0.4, 'tier>200000.output': 5 },
    });
    expect(entry(doc, 'claude-opus-4-5').prices).toEqual({ input: 5, cachedInput: 0.5, cacheWrite5m: 6.25, output: 25 });
    expect(entry(doc, 'gemini-2.5-pro')).toMatchObject({ provider: 'google', prices: { 'tier>200000.cachedInput': 0.25 } });
    expect(entry(doc, 'deepseek-v4-pro').prices).toEqual({ input: 0.435, cachedInput: 0.003625, output: 0.87 });
  });

  it('reads a model without cost as unpriced, and embeddings as not models', () => {
    expect(entry(doc, 'gemma-4-31b-it')).toMatchObject({ prices: {}, looksLikeModel: false });
    expect(entry(doc, 'mistral-embed').looksLikeModel).toBe(false);
    expect(entry(doc, 'codestral-latest')).toMatchObject({ provider: 'mistral', looksLikeModel: true, prices: { input: 0.3, output: 0.9 } });
  });

  it('keeps every converted price free of float noise', () => {
    for (const e of doc.entries) for (const v of Object.values(e.prices)) expect(new Big(v as number).toString()).toMatch(/^\d+(\.\d{1,6})?$/);
  });

  it('refuses a wrong shape and an empty catalog', () => {
    expect(refused(() => modelsdev.read({ openai: { name: 'OpenAI' } })).kind).toBe('shape');
    expect(refused(() => modelsdev.read({})).kind).toBe('empty');
    const bad = fixture('models.dev') as { xai: { models: Record<string, { cost: Record<string, unknown> }> } };
    (bad.xai.models['grok-4.3'] as { cost: Record<string, unknown> }).cost.output = 25_000;
    expect(refused(() => modelsdev.read(bad)).reason).toMatch(/^models\.dev xai\/grok-4\.3: cost\.output is 25000/);
  });
});
