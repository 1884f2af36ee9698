// Words said in passing in a conversation: a thank-you answered in a line, "yes" to "did you mean …?", a command's word
// alone ("compare", "price?"), and a name slipped by two swapped letters or a misspelt word suggested as meant.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Query } from '../../src/ask/query.ts';
import { resolveModel } from '../../src/catalog/resolve.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { helpBlocks } from '../../src/render/blocks/messages.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string, previous?: Query) => handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);

describe('a thank-you or an acknowledgement', () => {
  it.each(['thanks!', 'thank you, that helps', 'ok', 'ok thanks', 'cool, got it 👍', 'perfect, thanks a lot', 'Much appreciated!', 'makes sense'])(
    '"%s" is answered in a line, not with the whole help',
    async (text) => {
      const { query, answer, command } = await ask(text);
      expect(query.intent).toBe('help');
      expect(query.topic).toBe('thanks');
      const said = renderText(answer);
      expect(said.split('\n').filter((l) => l.trim() !== '')).toHaveLength(2);
      expect(said).toMatch(/^Glad to help\./);
      expect(said).not.toMatch(/\/compare gpt-4\.1-mini/);
      expect(command).toBe('/models help thanks');
      // The command it reads back answers the same.
      expect(renderText((await ask(command)).answer)).toBe(said);
    },
  );

  it('in Slack too it is a line and where to go next', async () => {
    const { answer } = await ask('thanks!');
    if (answer.kind !== 'help') throw new Error(answer.kind);
    const message = helpBlocks(answer);
    expect(message.text).toMatch(/^Glad to help\./);
    expect(JSON.stringify(message.blocks)).not.toMatch(/gpt-4\.1-mini/);
  });

  it.each(['how are you?', "what's up", 'hi'])('"%s" is greeted with what the bot can do', async (text) => {
    const { query, answer } = await ask(text);
    expect(query.intent).toBe('help');
    expect(query.topic ?? null).toBeNull();
    expect(renderText(answer)).toMatch(/\/compare /);
  });

  it.each(['thanks, now compare gpt-5 and o3', 'ok so what about gpt-5 at 50M tokens?', 'great, cheapest for 10M tokens?'])(
    '"%s" asks something beside the thanks, and is answered',
    async (text) => {
      const { query } = await ask(text);
      expect(query.intent).not.toBe('help');
    },
  );
});

describe('"yes" to "did you mean …?"', () => {
  it.each([
    ['gtp-5 price', 'cost'],
    ['compare gpt-5, o3 and gtp-4.1 for 50M tokens', 'compare'],
    ['mistrl large price', 'cost'],
  ])('after "%s", the question again about the model offered first', async (text, intent) => {
    const before = await ask(text);
    if (before.answer.kind !== 'unknown-model') throw new Error(before.answer.kind);
    const offered = before.answer.retries[0];
    if (!offered) throw new Error('nothing offered');
    for (const yes of ['yes', 'yes please', 'yep, that one', 'Yes!']) {
      const { query, answer, command } = await ask(yes, before.query);
      expect(query.intent).toBe(intent);
      expect(query.models).toContain(offered.label);
      expect(answer.kind).not.toBe('unknown-model');
      expect(command).toBe(offered.command);
      expect(query.tokens).toBe(before.query.tokens);
    }
  });

  it('after an answer that offered nothing, "yes" is not read as a question before', async () => {
    const before = await ask('gpt-5 vs o3');
    const { query, answer } = await ask('yes', before.query);
    expect(query.intent).toBe('unknown');
    expect(answer.kind).toBe('not-understood');
  });

  it('"yes" with no question before is not a thank-you', async () => {
    const { answer } = await ask('yes');
    expect(answer.kind).toBe('not-understood');
  });
});

describe('a command word alone', () => {
  it.each([
    ['compare', /A comparison needs at least 2 models/, '/compare'],
    ['compare?', /A comparison needs at least 2 models/, '/compare'],
    ['price', /A cost question needs 1 model/, '/models cost'],
    ['how much?', /A cost question needs 1 model/, '/models cost'],
    ['best', /Name a lane, such as \/models best /, '/models best'],
  ])('"%s" with nothing before is that command, which says what it needs and shows an example', async (text, said, command) => {
    const handled = await ask(text);
    expect(renderText(handled.answer)).toMatch(said);
    expect(handled.command).toBe(command);
  });

  it('"compare" after a ranking sets its first models side by side, as "compare them" does', async () => {
    const ranking = await ask('cheapest for coding');
    const alone = await ask('compare', ranking.query);
    const them = await ask('compare them', ranking.query);
    expect(alone.answer.kind).toBe('comparison');
    expect(alone.command).toBe(them.command);
  });

  it('"compare" after a ranking of lanes picks sets those picks side by side', async () => {
    const best = await ask('best for coding');
    const { answer } = await ask('compare', best.query);
    if (answer.kind !== 'comparison' || best.answer.kind !== 'best') throw new Error(answer.kind);
    expect(answer.models).toEqual(best.answer.picks.slice(0, answer.models.length).map((p) => p.model));
  });

  it.each(['price', 'how much?', 'cost'])('"%s" after one model is its cost, after several their comparison, at the volume before', async (word) => {
    const card = await ask('claude sonnet 4.5');
    const one = await ask(word, card.query);
    expect(one.query.intent).toBe('cost');
    expect(one.query.models).toEqual(['claude-sonnet-4-5']);
    const pair = await ask('sonnet 4.5 vs gpt-5 for 30M tokens');
    const both = await ask(word, pair.query);
    expect(both.query.intent).toBe('compare');
    expect(both.query.models).toEqual(pair.query.models);
    expect(both.query.tokens).toBe(30_000_000);
  });
});

describe('names slipped', () => {
  const swapped = (id: string, at: number) => `${id.slice(0, at)}${id[at + 1]}${id[at]}${id.slice(at + 2)}`;

  it('two neighbouring letters swapped count as one slip: the model meant is suggested first', async () => {
    // Every current model with a letter pair to swap whose swapped id names nothing and lies one slip from no other name.
    const ids = catalog.models.filter((m) => m.status === 'active' && /^[a-z]{3}/.test(m.id)).map((m) => m.id);
    let checked = 0;
    for (const id of ids) {
      const typed = swapped(id, 1);
      if (typed === id) continue;
      const r = resolveModel(catalog, typed);
      if (r.kind !== 'unknown') continue;
      const meant = catalog.byId.get(id);
      expect(r.suggestions, typed).toContain(meant);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('"gtp-5" suggests gpt-5 first, ahead of names two edits off', async () => {
    const { answer } = await ask('gtp-5 price');
    if (answer.kind !== 'unknown-model') throw new Error(answer.kind);
    expect(answer.names[0]?.suggestions[0]).toBe('gpt-5');
  });

  it.each([
    ['mistrl large price', /^mistral-large/],
    ['price of gemnii flash', /^gemini-.*flash/],
  ])('"%s": a name word beside a misspelt one is a name, the model meant suggested', async (text, meant) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'unknown-model') throw new Error(answer.kind);
    expect(answer.names[0]?.suggestions[0]).toMatch(meant);
  });

  it.each([
    ['best model for rag over long pdfs', 'best'],
    ['we send 10k requests a day through gpt-5-mini where every request is about 3k tokens', 'cost'],
    ['a model like claude opus 4.5 with a bigger context', 'cheapest'],
    ['can you review my PR when you get a sec?', 'not-understood'],
  ])('"%s": an ordinary word one letter off a name word is still a word', async (text, kind) => {
    const { answer } = await ask(text);
    expect(answer.kind).toBe(kind);
  });
});
