// What a command says besides its models and profile is read (a lane) or said back, never dropped; a lane asked of
// a move leads its answer; the buttons' commands keep the lane.
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/ask/answer.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
// Two current models the catalog names, whatever they are: the tests pin no model.
const [a, b] = catalog.models.filter((m) => m.status === 'active').map((m) => m.id);

describe('the rest of a command', () => {
  it('a prompt size after "prompt" or "prompt-size" is the prompt, the figure before it the month, and "free" a filter', () => {
    for (const text of [`/models cost ${a} 10M prompt 300k`, `/models cost ${a} 10M prompt-size 300k`, `/models cost ${a} 10M prompt size 300k`]) {
      const q = parseText(catalog, text);
      expect([q.tokens, q.promptTokens, q.problems], text).toEqual([10_000_000, 300_000, []]);
    }
    // "300k prompt(s)" alone is still each prompt's size.
    expect(parseText(catalog, `/models cost ${a} 10M 300k prompt`).promptTokens).toBe(300_000);
    expect(parseText(catalog, `${a} 10M tokens with 300k prompts`).promptTokens).toBe(300_000);
    const free = parseText(catalog, '/models cheapest 50M free');
    expect([free.filters.free, free.problems]).toEqual([true, []]);
    expect(commandFor(free)).toContain('free');
  });

  it('the CLI’s flags typed into a command read as the words they stand for; "/compare help" is help', () => {
    const compared = parseText(catalog, `/compare ${a} ${b} --tokens 50M --mix 70/30 --cached 50% --lane terminal`);
    expect([compared.intent, compared.models, compared.tokens, compared.mix, compared.cachedShare, compared.lane, compared.problems]).toEqual([
      'compare',
      [a, b],
      50_000_000,
      { input: 7, output: 3 },
      0.5,
      'terminal',
      [],
    ]);
    const ranked = parseText(catalog, '/models cheapest --tokens 50M --need vision --provider anthropic');
    expect([ranked.tokens, ranked.filters.need, ranked.filters.providers, ranked.problems]).toEqual([50_000_000, ['vision'], ['anthropic'], []]);
    expect(parseText(catalog, '/compare help').intent).toBe('help');
  });

  it('a lane by its id or a keyword, on a comparison, a move and lanes, reads as that lane and names no extra model', () => {
    for (const lane of catalog.lanes)
      for (const name of [lane.id, ...lane.keywords])
        for (const command of [`/compare ${a} ${b}`, `/models upgrade ${a} ${b}`, `/models lanes ${a} ${b}`]) {
          const q = parseText(catalog, `${command} for ${name}`);
          const expected = catalog.lanes.find((l) => l.id === name || l.keywords.includes(name))?.id;
          expect([q.lane, q.models, q.problems], `${command} for ${name}`).toEqual([expected, [a, b], []]);
        }
  });

  it('words for the work read as the lane a question would, and the assumptions say how they were read', () => {
    const q = parseText(catalog, `/compare ${a} ${b} for coding`);
    expect(q.lane).toBe(parseText(catalog, 'best model for coding').lane);
    expect(q.notes?.[0]).toMatch(/^“coding” read as the /);
  });

  it.each(['banana', 'purple monkey', '12 parsecs'])('other words are said back as not understood, with a command that would be right: %s', (rest) => {
    const a1 = answer(catalog, parseText(catalog, `/compare ${a} ${b} ${rest}`), AS_OF);
    if (a1.kind !== 'input-problem') throw new Error(a1.kind);
    expect(a1.problems.join(' ')).toMatch(/Not understood: “.+”\. .*\/compare /);
    for (const word of rest.split(' ').filter((w) => !/^\d/.test(w) && w !== 'via')) expect(a1.problems.join(' ')).toContain(word);
    const cost = answer(catalog, parseText(catalog, `/models cost ${a} ${rest}`), AS_OF);
    expect(cost.kind).toBe('input-problem');
  });

  it('politeness is not a problem', () => {
    expect(parseText(catalog, `/compare ${a} ${b} thanks!`).problems).toEqual([]);
    expect(parseText(catalog, `/compare ${a} ${b} please`).problems).toEqual([]);
  });

  it('the command a reply’s buttons repeat keeps the lane, so "Full comparison" answers the same question', () => {
    for (const text of ['should I use o3 or gpt-5 for reasoning at 50M tokens', `/compare ${a} ${b} 10M for long-context`, `/models upgrade ${a} ${b} for terminal`]) {
      const q = parseText(catalog, text);
      expect(q.lane, text).not.toBeNull();
      const again = parseText(catalog, commandFor(q));
      expect([again.intent, again.lane, again.models, again.tokens, again.problems], text).toEqual([q.intent, q.lane, q.models, q.tokens, []]);
    }
  });
});

describe('a move asked for a kind of work', () => {
  const asked = 'is claude opus 4.5 worth it over sonnet 4.5 for coding?';

  it('reads the lane, and the answer leads with that lane’s verdicts, then every lane whose verdict changes', () => {
    const q = parseText(catalog, asked);
    expect([q.intent, q.lane, q.models]).toEqual(['upgrade', parseText(catalog, 'best model for coding').lane, ['claude-sonnet-4-5', 'claude-opus-4-5']]);
    const a1 = answer(catalog, q, AS_OF);
    if (a1.kind !== 'upgrade') throw new Error(a1.kind);
    expect(a1.lanes[0]?.lane).toBe(q.lane);
    for (const l of a1.lanes.slice(1)) expect(l.verdicts[a1.from], l.lane).not.toBe(l.verdicts[a1.to]);
    // Every lane left out has the same verdict on both sides.
    for (const l of a1.comparison.lanes.filter((x) => !a1.lanes.includes(x))) expect(l.verdicts[a1.from], l.lane).toBe(l.verdicts[a1.to]);
    const focus = a1.lanes[0];
    if (!focus) throw new Error('no focus lane');
    const text = renderText(a1);
    expect(text).toContain(`${focus.verdicts[a1.from]} → ${focus.verdicts[a1.to]} — ${focus.reason}`);
    const blocks = JSON.stringify(renderBlocks(a1).blocks);
    expect(blocks).toContain('For new API default');
    if (a1.lanes.length > 1) expect(blocks).toContain('Lanes where the verdict changes');
  });

  it('without a lane, the answer still names the lanes whose verdict changes, and no lane leads', () => {
    const a1 = answer(catalog, parseText(catalog, asked.replace(' for coding', '')), AS_OF);
    if (a1.kind !== 'upgrade') throw new Error(a1.kind);
    expect(a1.comparison.focus).toBeNull();
    for (const l of a1.lanes) expect(l.verdicts[a1.from], l.lane).not.toBe(l.verdicts[a1.to]);
    expect(renderText(a1)).not.toMatch(/^For /m);
  });
});

describe('a side that names no model', () => {
  it.each(['compare gpt-5 and foobar', 'foobar vs gpt-5', 'gpt-5 vs foobar', '/compare gpt-5 foobar', '/models upgrade gpt-5 foobar', '/models cost foobar 50M'])(
    'is said to be no model the catalog knows (not dropped for the other’s card): %s',
    (text) => {
      const a = answer(catalog, parseText(catalog, text), AS_OF);
      if (a.kind !== 'unknown-model') throw new Error(a.kind);
      expect(renderText(a)).toContain('No model is called “foobar”');
    },
  );

  it.each(['gpt-5 vs competitors', 'compare gpt-5 with the rest', 'how does gpt-5 compare to its rivals at 50M tokens', 'gpt-5 vs similar models'])(
    'its peers are the models that can stand in for it: %s',
    (text) => {
      const q = parseText(catalog, text);
      expect([q.intent, q.filters.like]).toEqual(['cheapest', 'gpt-5']);
    },
  );

  it('plain words set against a model ("vs last year\'s model") are no unknown model', () => {
    expect(answer(catalog, parseText(catalog, "gpt-5 vs last year's model"), AS_OF).kind).not.toBe('unknown-model');
  });

  it('hosts, tiers or caching set against each other are not a model', () => {
    expect(parseText(catalog, 'gpt oss 120b on groq vs cerebras').intent).toBe('where');
    for (const text of ['gpt-5 flex vs standard at 100M', 'claude sonnet 4.5 batch vs standard']) expect(answer(catalog, parseText(catalog, text), AS_OF).kind, text).toBe('cost');
    expect(answer(catalog, parseText(catalog, 'gpt-5 cached vs uncached'), AS_OF).kind).not.toBe('unknown-model');
  });
});

describe('words beside a lane', () => {
  it('are said when they are not the lane’s, and words that only say it is work are not', () => {
    const q = parseText(catalog, `/compare ${a} ${b} for rag; drop table users`);
    expect(q.lane).toBe(parseText(catalog, 'best model for rag').lane);
    expect(q.problems.join(' ')).toContain('Not understood: “drop table users”');
    expect(parseText(catalog, `/compare ${a} ${b} for our terminal work`).problems).toEqual([]);
    // Words that only share one with a lane's are no lane.
    const markup = parseText(catalog, `/compare ${a} ${b} *bold* _it_ \`code\``);
    expect([markup.lane, markup.problems.length]).toEqual([null, 1]);
  });
});
