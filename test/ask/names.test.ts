// Model names in text: where one name ends and the next begins.
import { describe, expect, it } from 'vitest';
import { findModelNames } from '../../src/ask/names.ts';
import { exactModel, resolveModel } from '../../src/catalog/resolve.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { parseText } from '../../src/ask/index.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';

const catalog = loadCatalog();
const active = catalog.models.filter((m) => m.status === 'active');

describe('findModelNames', () => {
  it('reads a vendor-prefixed id after another name as a second name', () => {
    const [a, b] = [active[0], active[1]];
    if (!a || !b) throw new Error('the catalog needs two active models');
    const names = findModelNames(catalog, `${a.id} ${b.provider}/${b.id}`).map((n) => n.name);
    expect(names).toEqual([a.id, b.id]);
  });

  it('never takes a volume ("1M") or an everyday phrase with a number ("mom 5") for a model', () => {
    expect(findModelNames(catalog, 'price per 1M for the cheapest').map((n) => n.name)).toEqual([]);
    expect(findModelNames(catalog, 'remind me to call mom at 5').map((n) => n.name)).toEqual([]);
  });

  it('still names back a close typo of a model name, for did-you-mean', () => {
    const typo = findModelNames(catalog, 'gtp-4.1-mini');
    expect(typo.map((n) => n.typed)).toEqual(['gtp-4.1-mini']);
  });

  it('names back an unknown model without the words about replacing it', () => {
    for (const text of ['what replaced gpt-4.5?', 'what is the successor of gpt-4.5', 'alternatives gpt-4.5'])
      expect(
        findModelNames(catalog, text).map((n) => n.typed),
        text,
      ).toEqual(['gpt-4.5']);
  });

  it('a variant word alone after another name takes that name’s stem: "gpt-4.1-mini vs nano", "gpt-5 vs mini"', () => {
    // Every active model and every last word of letters an active id ends in ("mini", "nano", "flash"): where exactly one
    // of the model's id with that word in place of its last word ("gpt-4.1-mini" → "gpt-4.1-nano") or after it ("gpt-5"
    // → "gpt-5-mini") is another catalog model, "<id> vs <word>" names both; where both are, neither is guessed.
    const words = new Set(active.flatMap((m) => /-(\p{L}+)$/u.exec(m.id)?.[1] ?? []).filter((w) => !catalog.byId.has(w)));
    let named = 0;
    for (const m of active)
      for (const word of words) {
        const last = /-\p{L}+$/u.exec(m.id);
        const spelled = [last ? `${m.id.slice(0, last.index)}-${word}` : '', `${m.id}-${word}`].map((id) => exactModel(catalog, id)?.model.id);
        const hits = [...new Set(spelled)].filter((id) => id !== undefined && id !== m.id);
        const got = findModelNames(catalog, `${m.id} vs ${word}`).map((n) => n.name);
        if (hits.length === 1) {
          expect(got, `${m.id} vs ${word}`).toEqual([m.id, hits[0]]);
          named++;
        } else if (hits.length === 2) expect(got, `${m.id} vs ${word}`).toEqual([m.id]);
      }
    expect(named).toBeGreaterThan(10);
  });

  it('a variant word that names no model with the other name’s stem is not guessed', () => {
    expect(findModelNames(catalog, 'gpt-4.1 vs zebra').map((n) => n.name)).toEqual(['gpt-4.1']);
  });

  it('a size in a name ("8b" in "llama 3.1 8b") is part of the name, not a volume', () => {
    // Every model whose name has a size word ("8B", "70B"), typed up to that word: where the catalog reads those words
    // as that model, so does a question.
    let checked = 0;
    for (const m of active) {
      const words = m.name.split(/\s+/);
      const at = words.findIndex((w) => /^\d+(?:\.\d+)?[kmbt]$/i.test(w));
      if (at < 1) continue;
      const typed = words
        .slice(0, at + 1)
        .join(' ')
        .toLowerCase();
      const r = resolveModel(catalog, typed);
      if (r.kind !== 'found' || r.model.id !== m.id) continue;
      expect(
        findModelNames(catalog, `how much is ${typed} at 1T tokens`).map((n) => n.name),
        typed,
      ).toEqual([m.id]);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
    // A volume after a name stays a volume.
    expect(findModelNames(catalog, 'gpt-5 50m tokens').map((n) => n.name)).toEqual(['gpt-5']);
  });
});

describe('sizes and names the catalog lacks', () => {
  const sized = active.filter((m) => /\b\d+(?:\.\d+)?b\b/i.test(m.id));
  const sizeOf = (m: CatalogModel) => (/\b(\d+(?:\.\d+)?b)\b/i.exec(m.id) as RegExpExecArray)[1] as string;

  it('a size alone ("27b") or after a bare version ("3 27b") names no model: it is never read as the one model of that size', () => {
    expect(sized.length).toBeGreaterThan(5);
    for (const m of sized)
      for (const typed of [sizeOf(m), `3 ${sizeOf(m)}`, `4 ${sizeOf(m)}`]) {
        expect(resolveModel(catalog, typed).kind, typed).toBe('unknown');
        expect(
          findModelNames(catalog, `price of ${typed}`).map((n) => n.name),
          typed,
        ).toEqual([]);
      }
  });

  it('a name the catalog lacks with a size ("zorblax 3 27b", "zorblax 180b") is named back as typed, never another model of that size', () => {
    for (const m of sized)
      for (const typed of [`zorblax 3 ${sizeOf(m)}`, `zorblax ${sizeOf(m)}`]) {
        const found = findModelNames(catalog, `price of ${typed}`);
        expect(
          found.map((n) => [n.name, n.exact]),
          typed,
        ).toEqual([[typed, false]]);
      }
  });

  it('a size after a word of a name is read as the model that size, and a volume after any other word stays a volume', async () => {
    // "compare zorblax 180b and <model>": the unknown model is named back; no 180 billion tokens.
    const [m] = sized;
    if (!m) throw new Error('the catalog needs a model with a size in its id');
    const compare = parseText(catalog, `compare zorblax 180b and ${m.id}`);
    expect([compare.models, compare.tokens]).toEqual([['zorblax 180b', m.id], null]);
    // A family word and a size some model of it has ("llama 70b") is that model; a size none has ("opus 2b") is a volume.
    for (const candidate of sized) {
      const word = candidate.family.split('-')[0] as string;
      const r = resolveModel(catalog, `${word} ${sizeOf(candidate)}`);
      if (r.kind !== 'found') continue;
      const q = parseText(catalog, `cost of ${word} ${sizeOf(candidate)}`);
      expect([q.models, q.tokens], `${word} ${sizeOf(candidate)}`).toEqual([[r.model.id], null]);
    }
    for (const text of ['claude opus 2b', 'we process roughly 2b with claude opus', 'gpt-5 for 2b', '/compare gpt-5 sonnet 2b', 'cost of 2b tokens on gpt-5'])
      expect(parseText(catalog, text).tokens, text).toBe(2_000_000_000);
  });
});

describe('every model by its display name', () => {
  const current = catalog.models.filter((m) => m.status !== 'deprecated');
  const asked = (text: string) =>
    parseText(catalog, text).models.map((name) => {
      const r = resolveModel(catalog, name);
      return r.kind === 'found' ? r.model.id : `?${name}`;
    });

  it('a price asked of each current model by its name, as written or lowercased, is that model (brackets and all)', () => {
    expect(current.some((m) => /\(/.test(m.name))).toBe(true);
    for (const m of current) for (const said of [m.name, m.name.toLowerCase()]) expect(asked(`how much is ${said}?`), said).toEqual([m.id]);
  });

  it('a bracketed qualifier is the name\'s, never a filter: "Grok 4.20 (Non-Reasoning)" is that model, with nothing left out', () => {
    const m = current.find((x) => /\(non-reasoning\)/i.test(x.name));
    if (!m) throw new Error('the catalog needs a model named with “(Non-Reasoning)”');
    const q = parseText(catalog, `how much is ${m.name}?`);
    expect(q.filters.without).toBeUndefined();
    expect(asked(`how much is ${m.name}?`)).toEqual([m.id]);
  });
});
