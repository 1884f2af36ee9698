import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { distance } from 'fastest-levenshtein';
import { byPreference, exactModel, resolveModel, respeltModels, suggest, unresolvedMessage } from '../../src/catalog/resolve.ts';
import { nameTokens, normalizeName } from '../../src/catalog/normalize.ts';
import { generateDocs, validate } from '../../bench/generate-catalog.ts';

const catalog = loadCatalog();
const id = (name: string) => {
  const r = resolveModel(catalog, name);
  return r.kind === 'found' ? r.model.id : r.kind;
};

describe('name resolution', () => {
  it.each([
    ['gpt-4.1-mini', 'gpt-4.1-mini'],
    ['GPT-4.1 Mini', 'gpt-4.1-mini'],
    ['GPT 4.1 mini', 'gpt-4.1-mini'],
    ['gpt4.1-mini', 'gpt-4.1-mini'],
    ['gpt-4.1 mini', 'gpt-4.1-mini'],
    ['4.1 mini', 'gpt-4.1-mini'],
    ['  Gpt-4.1-MINI ', 'gpt-4.1-mini'],
    ['codex 5.3', 'gpt-5.3-codex'],
    ['GPT-5.3 Codex', 'gpt-5.3-codex'],
    ['Grok 4.3', 'grok-4.3'],
    ['gpt-5.4', 'gpt-5.4'],
    ['claude sonnet 4.5', 'claude-sonnet-4-5'],
    ['claude-opus-4.8', 'claude-opus-4-8'],
  ])('%j → %s', (name, expected) => {
    expect(id(name)).toBe(expected);
  });

  it.each([
    ['openai/gpt-4.1-mini', 'gpt-4.1-mini'],
    ['x-ai/grok-4.3', 'grok-4.3'],
    ['xai/grok-4.3', 'grok-4.3'],
    ['gemini/gemini-2.5-pro', 'gemini-2.5-pro'],
    ['google/gemini-2.5-pro', 'gemini-2.5-pro'],
    ['anthropic/claude-sonnet-4.5', 'claude-sonnet-4-5'],
    ['openai/gpt-4.1-mini:batch', 'gpt-4.1-mini'],
  ])('vendor prefix %j → %s', (name, expected) => {
    expect(id(name)).toBe(expected);
  });

  it.each([
    ['gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini'],
    ['claude-haiku-4-5-20251001', 'claude-haiku-4-5'],
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
  ])('dated snapshot %j → %s', (name, expected) => {
    expect(id(name)).toBe(expected);
  });

  it('reads a month and day joined to a name as a snapshot, and a number after a space that is no date as no part of the name', () => {
    expect(id('gpt-4-0613')).toBe('gpt-4');
    expect(id('gpt-4o 2024-08-06')).toBe('gpt-4o');
    for (const name of ['gpt-5-mini 2000', 'gpt-5 1130', 'gpt-5-mini-2000', 'gpt-5-mini 20001399']) expect(exactModel(catalog, name), name).toBeUndefined();
  });

  it('suggests the intended model for a typo, without resolving it', () => {
    const r = resolveModel(catalog, 'gpt-4.1-mnii');
    expect(r.kind).toBe('unknown');
    if (r.kind === 'unknown') expect(r.suggestions.map((m) => m.id)).toContain('gpt-4.1-mini');
    expect(unresolvedMessage(r as Exclude<typeof r, { kind: 'found' }>)).toMatch(/^Unknown model “gpt-4\.1-mnii”\. Did you mean gpt-4\.1-mini/);
  });

  it('suggests for other typos', () => {
    for (const [typo, meant] of [
      ['claude-sonet-4-5', 'claude-sonnet-4-5'],
      ['gemni-2.5-pro', 'gemini-2.5-pro'],
      ['grok-43', 'grok-4.3'],
    ] as const) {
      const r = resolveModel(catalog, typo);
      expect(r.kind === 'found' ? r.model.id : r.kind === 'unknown' ? r.suggestions.map((m) => m.id) : r.kind, typo).toEqual(
        r.kind === 'found' ? meant : expect.arrayContaining([meant]),
      );
    }
  });

  it('reads a family word as the newest active model of that family, and says so', () => {
    const r = resolveModel(catalog, 'sonnet');
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    const sonnets = catalog.models.filter((m) => m.family === r.model.family && m.status === 'active');
    expect(r.model.family).toBe('claude-sonnet');
    expect(sonnets.every((m) => (m.released ?? '') <= (r.model.released ?? ''))).toBe(true);
    expect(r.matchedBy).toBe('family-rule');
    expect(r.note).toMatch(/newest active model in the claude-sonnet family/);
  });

  it('prefers, within a family, a model without a variant word the asker did not type ("vl", "thinking")', () => {
    const r = resolveModel(catalog, 'qwen3-235b');
    // The catalog must hold both kinds for this to say anything.
    const variants = catalog.models.filter((m) => /^qwen3-(?:vl-)?235b/.test(m.id) && /-(?:vl|thinking)-|-thinking|-vl-/.test(m.id));
    expect(variants.length).toBeGreaterThan(0);
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    expect(r.model.id).toMatch(/^qwen3-235b/);
    expect(r.model.id).not.toMatch(/vl|thinking/);
    // "-latest" points at the newest: it is no variant.
    const large = resolveModel(catalog, 'mistral large');
    expect(large.kind === 'found' && large.model.id).toBe('mistral-large-latest');
    // A newer model passed over is said to be, never called the newest.
    expect(r.note).toContain('without a variant word you did not type');
    // A version marker ("v2" in "Claude 3.5 Sonnet v2") is no variant: the newest of the two is read.
    const sonnets35 = catalog.models.filter((m) => /^claude-3-5-sonnet-/.test(m.id));
    expect(sonnets35.length).toBe(2);
    const newest = [...sonnets35].sort((a, b) => (b.released ?? '').localeCompare(a.released ?? ''))[0];
    const v2 = resolveModel(catalog, 'claude 3.5 sonnet');
    expect(v2.kind === 'found' && v2.model.id).toBe(newest?.id);
    expect(v2.kind === 'found' && v2.note).not.toContain('without a variant word');
  });

  it('returns a name shared across families as ambiguous, with candidates', () => {
    const r = resolveModel(catalog, 'mini');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') {
      expect(r.candidates.length).toBeGreaterThan(1);
      expect(new Set(r.candidates.map((m) => m.family)).size).toBeGreaterThan(1);
    }
  });

  it('never lets an exact id lose to a longer model (gpt-5.4 is not gpt-5.4-mini)', () => {
    expect(id('gpt-5.4')).toBe('gpt-5.4');
    expect(id('gpt 5.4')).toBe('gpt-5.4');
  });

  it('never throws on any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = resolveModel(catalog, text);
        expect(['found', 'ambiguous', 'unknown']).toContain(r.kind);
      }),
    );
  });
});

describe('exact names', () => {
  // Every name the catalog gives a model, as typed and with a snapshot date appended.
  const names = catalog.models.flatMap((m) => [m.id, m.name, ...m.aliases, ...m.snapshots, ...m.routes.map((r) => r.id)]);
  const typed = [...names, ...names.map((n) => `${n}-2025-01-01`), ...names.map((n) => `${n}-20250101`), 'sonnet', 'gemini pro', 'gpt-4.1-mnii', ''];

  it('resolveModel finds what exactModel finds, the same model the same way, and a dated id says so', () => {
    for (const name of typed) {
      const exact = exactModel(catalog, name);
      const r = resolveModel(catalog, name);
      if (!exact) {
        // Not an exact name: only the partial-name rules (or nothing) may find it.
        if (r.kind === 'found') expect(['partial', 'family-rule'], name).toContain(r.matchedBy);
        continue;
      }
      expect(r.kind, name).toBe('found');
      if (r.kind !== 'found') continue;
      expect({ model: r.model.id, matchedBy: r.matchedBy }, name).toEqual({ model: exact.model.id, matchedBy: exact.matchedBy });
      expect(r.note === undefined, name).toBe(exact.matchedBy !== 'dated-id');
    }
  });
});

describe('typo suggestions', () => {
  /** Whether two names differ only by two neighbouring letters swapped ("gtp5" for "gpt5"): one slip, not two edits. */
  const oneSwap = (a: string, b: string) => {
    if (a.length !== b.length) return false;
    const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    const [i, j] = differ;
    return differ.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  };
  /** Brute force: every model by its closest name over every name, within the allowed edits, closest first. */
  const everySuggestion = (query: string, limit = 3) => {
    const key = normalizeName(query);
    const maxDistance = Math.max(2, Math.floor(key.length / 4));
    return catalog.models
      .map((m) => ({
        m,
        d: Math.min(
          ...[m.id, m.name, ...m.aliases, ...m.snapshots, ...m.routes.map((r) => r.id)]
            .map(normalizeName)
            .filter((n) => n !== '')
            .map((n) => (oneSwap(key, n) ? 1 : distance(key, n))),
        ),
      }))
      .filter((x) => x.d <= maxDistance)
      .sort((a, b) => a.d - b.d || byPreference(a.m, b.m))
      .slice(0, limit)
      .map((x) => x.m.id);
  };
  const names = catalog.models.flatMap((m) => [m.id, m.name, ...m.aliases]);

  it('are the closest names of all, whatever the typo (property)', () => {
    const typo = fc
      .tuple(fc.constantFrom(...names), fc.array(fc.tuple(fc.nat(40), fc.constantFrom('', 'a', 'i', '4', '-', 'x', 'nn')), { maxLength: 4 }))
      .map(([name, edits]) => edits.reduce((s, [at, put]) => s.slice(0, at % (s.length + 1)) + put + s.slice((at % (s.length + 1)) + (put === '' ? 1 : 0)), name));
    fc.assert(
      fc.property(fc.oneof(typo, fc.string({ maxLength: 20 })), (query) => {
        expect(suggest(catalog, query).map((m) => m.id)).toEqual(normalizeName(query) === '' ? [] : everySuggestion(query));
      }),
      { numRuns: 300 },
    );
  });
});

describe('partial names in a catalog of many variants', () => {
  // The bench's generated catalog: the real models and hundreds of their variants (snapshots, regions, fine-tunes).
  const big = validate(generateDocs(1500));
  /** Brute force: every model whose words include all the query's, sorted by preference. */
  const everyMatch = (query: string) => {
    const wanted = nameTokens(query);
    return big.models
      .filter((m) => {
        const words = new Set([...nameTokens(m.id), ...nameTokens(m.name), ...m.aliases.flatMap(nameTokens)]);
        return wanted.every((w) => words.has(w));
      })
      .sort(byPreference);
  };

  /** Words of a model's names that the query did not type and that name a variant (not "latest", "instruct" or "it"). */
  const variantWords = (m: (typeof big.models)[number], query: string) => {
    const wanted = new Set(nameTokens(query));
    const words = new Set([...nameTokens(m.id), ...nameTokens(m.name), ...m.aliases.flatMap(nameTokens)]);
    return [...words].filter((w) => /^\p{L}+$/u.test(w) && !wanted.has(w) && !['latest', 'instruct', 'it'].includes(w)).length;
  };

  it.each(['sonnet', 'gemini pro', 'mini', 'flash', 'haiku', 'grok'])('“%s” picks, names and counts the matches as a full sort would', (query) => {
    const expected = everyMatch(query);
    expect(expected.length).toBeGreaterThan(1);
    const r = resolveModel(big, query);
    if (r.kind === 'ambiguous') {
      expect(r.candidates.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    } else {
      expect(r.kind).toBe('found');
      if (r.kind !== 'found') return;
      expect(r.matchedBy).toBe('family-rule');
      // The first in preference order among those naming the fewest variants the query did not type.
      const fewest = Math.min(...expected.map((m) => variantWords(m, query)));
      const chosen = expected.find((m) => variantWords(m, query) === fewest) as (typeof expected)[number];
      expect(r.model.id).toBe(chosen.id);
      const others = expected.filter((m) => m !== chosen);
      const more = others.length - 3;
      expect(r.note).toContain(
        `(also: ${others
          .slice(0, 3)
          .map((m) => m.id)
          .join(', ')}${more > 0 ? ` and ${more} more` : ''})`,
      );
    }
  });
});

describe('a line named with its version and words', () => {
  // "gemini 2 flash" is Gemini 2.0 Flash: its own version (not "nano banana 2", an alias of a 3.1), the version itself
  // before a later point of it (not 2.5), and no word the asker did not type (not 2.0 Flash-Lite).
  const pointZero = catalog.models.filter((m) => /^[a-z]+-\d+\.0-[a-z]+(?:-[a-z]+)*$/.test(m.id));

  it('the catalog has models versioned N.0 to name so', () => {
    expect(pointZero.length).toBeGreaterThanOrEqual(2);
  });

  it('each, named with its major version alone ("gemini 2 flash"), is that model', () => {
    for (const m of pointZero) {
      const said = m.id.replace(/\.0-/, ' ').replaceAll('-', ' ');
      expect(id(said), said).toBe(m.id);
    }
    expect(id('gemini 2 flash')).toBe('gemini-2.0-flash');
  });

  it('an alias keeps its own reading, and a generation alone stays a choice to make', () => {
    const aliased = catalog.models.find((m) => m.aliases.some((a) => /\s\d+$/.test(a)));
    if (aliased) expect(id(aliased.aliases.find((a) => /\s\d+$/.test(a)) as string)).toBe(aliased.id);
    expect(resolveModel(catalog, 'qwen3').kind).toBe('ambiguous');
  });
});

describe('a name without its brand word', () => {
  it('"flash 2.0", "flash lite 2.0": the line and version, its brand untyped, before a variant with a word not typed', () => {
    for (const m of catalog.models.filter((x) => /^gemini-\d+\.\d+-[a-z]+(?:-[a-z]+)?$/.test(x.id))) {
      const [, version, line] = /^gemini-(\d+\.\d+)-(.+)$/.exec(m.id) as RegExpExecArray;
      const said = `${(line as string).replaceAll('-', ' ')} ${version}`;
      const r = resolveModel(catalog, said);
      // Where the version and line name several models (a snapshot beside it), a choice is still asked.
      if (r.kind === 'found') expect(r.model.id, said).toBe(m.id);
    }
    expect(id('flash 2.0')).toBe('gemini-2.0-flash');
    expect(id('flash lite 2.0')).toBe('gemini-2.0-flash-lite');
    // A brand's own word with a version stays a choice ("qwen 3": many models).
    expect(resolveModel(catalog, 'qwen 3').kind).toBe('ambiguous');
  });

  it('a code its brand completes ("r1", "k2") is that model, not a family that carries the code or a newer variant', () => {
    const codes = catalog.models.flatMap((m) => {
      const brand = nameTokens(m.family)[0] ?? '';
      const code = m.id.startsWith(`${brand}-`) ? m.id.slice(brand.length + 1) : '';
      return /^[a-z]+\d+$/.test(code) && exactModel(catalog, code) === undefined ? [[code, m.id] as const] : [];
    });
    expect(codes.length).toBeGreaterThanOrEqual(2);
    for (const [code, model] of codes) expect(id(code), code).toBe(model);
    expect(id('r1')).toBe('deepseek-r1');
    // A word alone, with no digit, is still every brand's.
    expect(resolveModel(catalog, 'flash').kind).toBe('ambiguous');
  });
});

describe('a line named by its words alone, when longer lines carry them too', () => {
  it('"gemini pro", "gemini flash lite" are that line (not its image lines); a brand word alone stays every line', () => {
    // Each line whose name is two or more words another line's name extends: typed alone, it is that line.
    const families = [...new Set(catalog.models.map((m) => m.family))];
    const extended = families.filter((f) => nameTokens(f).length >= 2 && families.some((g) => g !== f && nameTokens(f).every((t) => nameTokens(g).includes(t))));
    expect(extended).toEqual(expect.arrayContaining(['gemini-pro', 'gemini-flash-lite']));
    for (const family of extended) {
      const r = resolveModel(catalog, nameTokens(family).join(' '));
      if (r.kind === 'found') expect(r.model.family, family).toBe(family);
    }
    expect(resolveModel(catalog, 'gemini pro').kind).toBe('found');
    expect(resolveModel(catalog, 'gpt').kind).toBe('ambiguous');
    expect(resolveModel(catalog, 'qwen3').kind).toBe('ambiguous');
  });
});

describe('a word of a name one slip off', () => {
  it.each([
    ['lama 3.3 70b', 'llama-3.3-70b-instruct'],
    ['deepsek v3.2', 'deepseek-v3.2'],
  ])('"%s" never resolves on its own, and means %s', (typed, meant) => {
    expect(resolveModel(catalog, typed).kind).toBe('unknown');
    expect(respeltModels(catalog, typed)[0]?.id).toBe(meant);
  });

  it('a name with no word a slip off means nothing', () => {
    expect(respeltModels(catalog, 'text-to-speech')).toEqual([]);
    expect(respeltModels(catalog, 'gpt-5')).toEqual([]);
  });
});

describe('a version newer than any the catalog has', () => {
  it('names the latest released of the line as the newest, whatever its version number', () => {
    const r = resolveModel(catalog, 'grok 5');
    if (r.kind !== 'unknown') throw new Error(r.kind);
    const line = catalog.models.filter((m) => /^grok-\d/.test(m.id)).sort((a, b) => (b.released ?? '').localeCompare(a.released ?? ''));
    const latest = line[0];
    if (!latest) throw new Error('no grok');
    expect(r.note).toContain(`the newest is ${latest.name}, ${latest.id}`);
    expect(r.suggestions[0]?.id).toBe(latest.id);
  });
});
