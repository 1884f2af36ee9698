// A watch asked on a family's word names the models it could mean; "when did X launch, what did it cost?" is its card.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { parseText } from '../../src/ask/index.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

describe('a watch on a family word', () => {
  it.each([
    ['alert me when opus gets cheaper', 'opus', 'watch'],
    ['notify me when haiku changes price', 'haiku', 'watch'],
    ['stop watching sonnet', 'sonnet', 'stop watching'],
  ])('"%s" names the current models “%s” could mean, newest first, and how to watch one', (text, word, verb) => {
    const query = parseText(catalog, text);
    expect(query.intent).toBe('watch');
    const [problem] = query.problems;
    const current = catalog.models.filter((m) => m.family.endsWith(`-${word}`) && m.status === 'active').sort((a, b) => (b.released ?? '').localeCompare(a.released ?? ''));
    expect(current.length).toBeGreaterThan(1);
    expect(problem).toContain(
      `“${word}” names several models (${current
        .slice(0, 3)
        .map((m) => m.id)
        .join(', ')}`,
    );
    expect(problem).toContain(`say which to ${verb}`);
    expect(problem).toContain(`provider ${current[0]?.provider}`);
  });

  it('a model named is watched as before', () => {
    expect(parseText(catalog, 'alert me when gpt-5 gets cheaper').watch).toMatchObject({ action: 'add', models: ['gpt-5'] });
  });
});

describe('launch', () => {
  it('"when did sonnet 4.5 launch and what did it cost then?" is its card: the release and the dated prices', () => {
    expect(parseText(catalog, 'when did sonnet 4.5 launch and what did it cost then?')).toMatchObject({ intent: 'model', models: ['claude-sonnet-4-5'] });
  });
  it('"when did gpt-5 launch?" is its release date', () => {
    expect(parseText(catalog, 'when did gpt-5 launch?')).toMatchObject({ intent: 'attribute', attribute: 'newer' });
  });
});

describe('an unknown name one slip off', () => {
  it('"lama 3.3 70b cost" suggests the model it means first, as the command to ask again', async () => {
    const { answer } = await ask('lama 3.3 70b cost');
    if (answer.kind !== 'unknown-model') throw new Error(answer.kind);
    expect(answer.names[0]?.suggestions[0]).toBe('llama-3.3-70b-instruct');
    expect(answer.retries[0]?.command).toContain('llama-3.3-70b-instruct');
  });
});

describe('which came out first', () => {
  it.each([
    ['which launched first, gpt-5 or sonnet 4.5?', ['gpt-5', 'claude-sonnet-4-5']],
    ['which is older, o3 or gpt-4.1?', ['o3', 'gpt-4.1']],
  ])('"%s" names the earlier release', async (text, ids) => {
    const { answer } = await ask(text);
    const models = ids.map((id) => catalog.byId.get(id)).filter((m) => m !== undefined);
    const first = [...models].sort((a, b) => (a.released ?? '').localeCompare(b.released ?? ''))[0];
    expect(renderText(answer).split('\n')[0]).toMatch(new RegExp(`^${first?.name} came out first — `));
  });

  it('"which is newer" still names the newer', async () => {
    const { answer } = await handle(
      { text: 'which is newer, gpt-5 or sonnet 4.5?', where: LOCAL },
      { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') },
    );
    expect(renderText(answer)).toMatch(/^Claude Sonnet 4\.5 is newer/);
  });
});
