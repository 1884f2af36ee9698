// Model names in text: where one name ends and the next begins.
import { describe, expect, it } from 'vitest';
import { findModelNames } from '../../src/ask/names.ts';
import { exactModel, resolveModel } from '../../src/catalog/resolve.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

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
