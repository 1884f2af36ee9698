import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('modelscout ask', () => {
  it('--json gives the Query fields and the answer', async () => {
    const r = await run('ask', 'compare gpt 5.4 mini and 5.3 codex at 20M tokens', '--json', '--as-of', '2026-11-22');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ intent: 'compare', models: ['gpt-5.4-mini', 'gpt-5.3-codex'], tokens: 20_000_000, mix: null, attribute: null, lane: null });
    expect(j.answer.kind).toBe('comparison');
  });

  it('--blocks prints exactly the Slack payload', async () => {
    const r = await run('ask', 'cheapest for 50M tokens?', '--blocks', '--as-of', '2026-11-22');
    const payload = JSON.parse(r.out);
    expect(Object.keys(payload).sort()).toEqual(['blocks', 'text']);
    expect(payload.text).toMatch(/^Cheapest for 50M tokens a month/);
    expect(limitViolations(payload)).toEqual([]);
  });

  it('says what it understood when it cannot tell, and offers the closest command', async () => {
    const r = await run('ask', 'gpt-4.1-mini grok-4.3 hmm', '--json', '--as-of', '2026-11-22');
    const j = JSON.parse(r.out);
    expect(j.intent).toBe('compare');
    const vague = JSON.parse((await run('ask', 'tell me about 50M tokens', '--json')).out);
    expect(vague.answer).toMatchObject({ kind: 'not-understood', suggestion: '/models cheapest for 50M tokens' });
  });

  it('names an unknown model back with suggestions', async () => {
    const j = JSON.parse((await run('ask', 'how much would gtp-4.1-mini cost for 50M tokens', '--json')).out);
    expect(j.answer).toMatchObject({ kind: 'unknown-model', names: [{ typed: 'gtp-4.1-mini', suggestions: expect.arrayContaining(['gpt-4.1-mini']) }] });
    expect(j.answer.retries[0].command).toBe('/models cost gpt-4.1-mini for 50M tokens');
  });

  it('--stdin --json answers one question per line with one JSON document per line', () => {
    const input = ['cheapest for 50M tokens?', '', 'gpt-4.1 mini vs grok 4.3', 'hi'].join('\n');
    const r = spawnSync(process.execPath, ['bin/modelscout.js', 'ask', '--stdin', '--json'], { input, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.intent)).toEqual(['cheapest', 'compare', 'help']);
  });

  it('--stdin answers every line, absurd ones included, each with its own document', () => {
    const input = [
      'cheapest for 1e400 tokens',
      `cheapest for ${'9'.repeat(309)} tokens`,
      '/compare o3 gpt-5 mix 1e400:1',
      '/models cost o3 ５０M',
      'gpt-4.1 mini vs grok 4.3',
    ].join('\n');
    const r = spawnSync(process.execPath, ['bin/modelscout.js', 'ask', '--stdin', '--json'], { input, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 3).map((l) => l.answer.kind)).toEqual(['input-problem', 'input-problem', 'input-problem']);
    expect(lines[3]).toMatchObject({ intent: 'cost', tokens: 50_000_000 });
    expect(lines[4]).toMatchObject({ intent: 'compare' });
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('refuses bad usage', async () => {
    expect((await run('ask')).code).toBe(2);
    expect((await run('ask', 'hi', '--json', '--blocks')).code).toBe(2);
  });
});
