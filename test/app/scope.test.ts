// Free endpoints rank only when asked for; models outside the catalog's scope are said to be so.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const ports: Ports = { catalog: loadCatalog(), now: () => new Date('2026-11-22T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = async (text: string) => (await handle({ text, where: LOCAL }, ports)).answer;

describe('free endpoints', () => {
  it('never rank unless free models are asked for, and then only they do, labelled', async () => {
    const paid = await ask('cheapest for 50M tokens');
    if (paid.kind !== 'cheapest') throw new Error(`expected a ranking, got ${paid.kind}`);
    expect(paid.ranking.every((r) => r.monthlyUsd > 0 && !r.route.free)).toBe(true);
    for (const text of ['free models for prototyping', '/models cheapest 50M free models']) {
      const free = await ask(text);
      if (free.kind !== 'cheapest') throw new Error(`expected a ranking for ${text}, got ${free.kind}`);
      expect(free.ranking.length).toBeGreaterThan(0);
      expect(free.ranking.every((r) => r.route.free)).toBe(true);
      expect(renderText(free)).toMatch(/free, rate-limited endpoint/);
    }
  });
});

describe('out of scope', () => {
  const listed = (ports.catalog.outOfScope ?? []).map((o) => o.id.replace(/\*$/, '1')).filter((id) => /\d/.test(id) && /\p{L}/u.test(id));
  it('a listed image, embedding or speech model is said to be out of scope, not unknown', async () => {
    expect(listed.length).toBeGreaterThan(0);
    for (const id of listed.slice(0, 6)) {
      const answer = await ask(`how much is ${id}?`);
      expect(answer.kind, id).toBe('unavailable');
      expect(renderText(answer)).toContain('Model Scout covers text and multimodal chat models');
    }
  });
});
