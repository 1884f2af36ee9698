import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

async function json(...argv: string[]) {
  const r = await run(...argv, '--json', '--as-of', '2026-11-22');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

describe('modelscout (in process)', () => {
  it('--top takes the lengths a question may ask for, and says the same bound', async () => {
    const { MAX_TOP } = await import('../../src/ask/extract.ts');
    const longest = await run('cheapest', '--top', String(MAX_TOP));
    expect([longest.code, longest.err]).toEqual([0, '']);
    const past = await run('cheapest', '--top', String(MAX_TOP + 1));
    expect(past.code).not.toBe(0);
    expect(past.err).toContain(`--top: expected a whole number from 1 to ${MAX_TOP}`);
  });

  it('--from starts the rows at that place of the whole ranking, for rankings and lanes alike', async () => {
    const whole = await json('cheapest', '--tokens', '50M', '--top', '10');
    const later = await json('cheapest', '--tokens', '50M', '--top', '3', '--from', '6');
    expect(later.firstPlace).toBe(6);
    expect(later.ranking.map((r: { model: string }) => r.model)).toEqual(whole.ranking.slice(5, 8).map((r: { model: string }) => r.model));
    const picks = await json('best', 'api-coding', '--top', '5');
    const third = await json('best', 'api-coding', '--top', '1', '--from', '3');
    expect(third.picks.map((p: { model: string }) => p.model)).toEqual([picks.picks[2].model]);
    const bad = await run('cheapest', '--from', '0');
    expect([bad.code === 0, bad.err]).toEqual([false, expect.stringContaining('--from: expected the place of the first row')]);
  });

  it('--place shows where one model ranks, with the rows around it, for rankings and lanes alike', async () => {
    const whole = await json('cheapest', '--tokens', '50M', '--top', String(400));
    const place = whole.ranking.findIndex((r: { model: string }) => r.model === 'o3') + 1;
    const around = await json('cheapest', '--tokens', '50M', '--top', '3', '--place', 'o3');
    expect(around.placed).toMatchObject({ model: 'o3', place });
    expect(around.ranking.map((r: { model: string }) => r.model)).toEqual(whole.ranking.slice(place - 2, place + 1).map((r: { model: string }) => r.model));
    const lane = await json('best', 'terminal', '--place', 'gpt-4o');
    expect(lane.placed).toMatchObject({ model: 'gpt-4o', place: null, leftOutBy: [expect.stringContaining('terminal')] });
    const both = await run('cheapest', '--place', 'o3', '--from', '2');
    expect([both.code === 0, both.err]).toEqual([false, expect.stringContaining('--place shows the rows around that model')]);
    const unknown = await run('cheapest', '--place', 'gpt-77');
    expect([unknown.code === 0, unknown.err]).toEqual([false, expect.stringContaining('--place: unknown model')]);
  });

  it('--no-previews leaves the previews out and counts them', async () => {
    const ranked = await json('cheapest', '--no-previews', '--top', '50');
    expect(ranked.excluded.find((e: { filter: string }) => e.filter === 'preview').count).toBeGreaterThan(0);
    for (const r of ranked.ranking as { status: string }[]) expect(r.status).not.toBe('preview');
  });

  it('--long-prompt-price keeps the models with a long-prompt tier', async () => {
    const ranked = await json('cheapest', '--long-prompt-price', '--top', '5');
    expect(ranked.ranking.length).toBe(5);
    for (const r of ranked.ranking as { why: string[] }[]) expect(r.why.join('; ')).toMatch(/prompt [>≥] [\d.]+[KM]: \$/);
    expect(ranked.excluded.find((e: { filter: string }) => e.filter === 'longPromptPriced').count).toBeGreaterThan(0);
  });

  it('catalog --json lists every model with resolved prices', async () => {
    const list = await json('catalog');
    expect(list.length).toBeGreaterThanOrEqual(120);
    const mini = list.find((m: { id: string }) => m.id === 'gpt-4.1-mini');
    expect(mini).toMatchObject({ provider: 'openai', status: 'active', contextWindow: 1047576, prices: { input: 0.4, cachedInput: 0.1, output: 1.6 } });
    expect(mini.prices).toHaveProperty('batchInput');
    expect(mini.prices).toHaveProperty('tiers');
    expect(mini).toHaveProperty('capabilities');
  });

  it('best <lane> --value is the lane’s price–strength frontier, as /models best-value <lane> answers it', async () => {
    const value = await json('best', 'terminal', '--value', '--top', '20');
    const strength = await json('best', 'terminal', '--top', '20');
    expect([value.value, strength.value]).toEqual([true, false]);
    const prices = value.picks.map((p: { monthlyUsd: number }) => p.monthlyUsd);
    expect([...prices].sort((a: number, b: number) => a - b)).toEqual(prices);
    const asked = await json('ask', '/models best-value terminal');
    expect(asked.answer.picks.map((p: { model: string }) => p.model)).toEqual(value.picks.slice(0, 5).map((p: { model: string }) => p.model));
  });

  it('catalog check passes', async () => {
    const r = await run('catalog', 'check');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Catalog OK: \d+ models from \d+ providers/);
  });

  it('model prints a card with sources', async () => {
    const r = await run('model', 'GPT 4.1 mini', '--as-of', '2026-11-22');
    expect(r.code).toBe(0);
    expect(r.out).toContain('GPT-4.1 mini (gpt-4.1-mini)');
    expect(r.out).toMatch(/\nSources:\n(?: {2}.+\n)* {2}prices(?:, [^:]+)?: https:\/\//);
  });

  it('resolve --json explains the match', async () => {
    expect(await json('resolve', 'x-ai/grok-4.3')).toMatchObject({ kind: 'found', id: 'grok-4.3' });
    const r = await run('resolve', 'gpt-4.1-mnii', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ kind: 'unknown', id: null, suggestions: expect.arrayContaining(['gpt-4.1-mini']) });
  });

  it('cost --json carries model, tokens, mix, monthlyUsd, breakdown, assumptions, sources', async () => {
    const a = await json('cost', 'gpt-5.3-codex', '--tokens', '100M', '--mix', '1:1');
    expect(a).toMatchObject({ model: 'gpt-5.3-codex', tokens: 100_000_000, mix: { input: 1, output: 1 }, monthlyUsd: 787.5 });
    expect(a.breakdown).toHaveLength(3);
    expect(a.assumptions.text.length).toBeGreaterThan(3);
    expect(a.sources[0]).toMatchObject({ url: expect.stringMatching(/^https:/), checked: expect.stringMatching(/^\d{4}-/) });
  });

  it('compare --json carries models, rows with winners, verdict and switch', async () => {
    const a = await json('compare', 'gpt-4.1-mini', 'gpt-5.3-codex', '--tokens', '50M');
    expect(a.models).toEqual(['gpt-4.1-mini', 'gpt-5.3-codex']);
    expect(a.rows.find((r: { key: string }) => r.key === 'price.output')).toMatchObject({ winner: 'gpt-4.1-mini', values: { 'gpt-5.3-codex': { value: 14 } } });
    expect(a.verdict.length).toBeGreaterThanOrEqual(2);
    expect(a.switch[0]).toMatchObject({ from: 'gpt-4.1-mini', to: 'gpt-5.3-codex' });
  });

  it('cheapest --json ranks cheapest first and counts exclusions', async () => {
    const a = await json('cheapest', '--tokens', '50M', '--need', 'vision', '--min-context', '400k', '--top', '5');
    expect(a.ranking).toHaveLength(5);
    const costs = a.ranking.map((r: { monthlyUsd: number }) => r.monthlyUsd);
    expect(costs).toEqual([...costs].sort((x: number, y: number) => x - y));
    expect(a.excluded.map((e: { filter: string }) => e.filter)).toEqual(['retired', 'status', 'need:vision', 'minContext']);
  });

  it('newest --json ranks by release date, newest first, after the same filters; --max-input-price caps the input price', async () => {
    const a = await json('newest', '--provider', 'openai', '--max-input-price', '2', '--top', '8');
    expect(a.order).toBe('newest');
    expect(a.ranking.length).toBeGreaterThan(1);
    const days = a.ranking.map((r: { released: string | null }) => r.released ?? '');
    expect(days).toEqual([...days].sort().reverse());
    expect(a.ranking.every((r: { provider: string }) => r.provider === 'openai')).toBe(true);
    expect(a.excluded.map((e: { filter: string }) => e.filter)).toContain('maxInputPerMillion');
    for (const r of a.ranking) expect(Number(/input \$([\d.]+)\/1M/.exec(r.why.join(' '))?.[1])).toBeLessThanOrEqual(2);
  });

  it('cheapest --instead-of --json names the model stood in for and ranks only models that cover it', async () => {
    const a = await json('cheapest', '--tokens', '10M', '--instead-of', 'gpt-4o', '--top', '5');
    expect(a.reference).toMatchObject({ model: 'gpt-4o' });
    expect(a.filters.like).toBe('gpt-4o');
    expect(a.ranking.length).toBeGreaterThan(0);
    expect(a.ranking.map((r: { model: string }) => r.model)).not.toContain('gpt-4o');
    expect(a.excluded.map((e: { filter: string }) => e.filter)).toContain('like');
  });

  it('cheapest --min-speed keeps only models measured at least that fast, and counts the rest', async () => {
    const a = await json('cheapest', '--tokens', '10M', '--min-speed', '100');
    expect(a.filters.minSpeed).toBe(100);
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) expect(r.outputTokensPerSecond).toBeGreaterThanOrEqual(100);
    expect(a.excluded.find((e: { filter: string }) => e.filter === 'minSpeed')?.count).toBeGreaterThan(0);
  });

  it('cheapest --min-output-price with --max-output-price keeps the models priced within them, as "between $1 and $3 per million output" does', async () => {
    const a = await json('cheapest', '--tokens', '10M', '--min-output-price', '1', '--max-output-price', '3', '--top', '5');
    expect([a.filters.minOutputPerMillion, a.filters.maxOutputPerMillion]).toEqual([1, 3]);
    expect(a.ranking.length).toBeGreaterThan(0);
    expect(a.excluded.find((e: { filter: string }) => e.filter === 'maxOutputPerMillion')?.count).toBeGreaterThan(0);
    const asked = await json('ask', 'cheapest at 10M tokens between $1 and $3 per million output');
    expect(asked.answer.ranking.map((r: { model: string }) => r.model)).toEqual(a.ranking.map((r: { model: string }) => r.model));
  });

  it('cheapest --max-context keeps the models whose window is at most that, as "less than 32k context" does', async () => {
    const a = await json('cheapest', '--tokens', '10M', '--max-context', '32k', '--top', '20');
    expect(a.filters.maxContext).toBe(32_000);
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) expect(r.contextWindow).toBeLessThanOrEqual(32_000);
    const asked = await json('ask', 'cheapest at 10M tokens with less than 32k context top 20');
    expect(asked.answer.ranking.map((r: { model: string }) => r.model)).toEqual(a.ranking.map((r: { model: string }) => r.model));
  });

  it('--yearly adds the year beside the month: cost, comparison and ranking', async () => {
    const cost = await json('cost', 'gpt-5', '--tokens', '10M', '--yearly');
    expect(cost.yearlyUsd).toBe(Number((cost.monthlyUsd * 12).toPrecision(15)));
    const compared = await json('compare', 'gpt-5', 'gpt-5-mini', '--tokens', '10M', '--yearly');
    expect(compared.rows.find((r: { key: string }) => r.key === 'cost.year')?.label).toBe('Yearly cost at 10M tokens a month (yours)');
    const ranked = await json('cheapest', '--tokens', '10M', '--yearly', '--top', '3');
    for (const r of ranked.ranking) expect(r.yearlyUsd).toBe(Number((r.monthlyUsd * 12).toPrecision(15)));
    expect((await json('cost', 'gpt-5', '--tokens', '10M')).yearlyUsd).toBeNull();
  });

  it('--tokens 10M,50M prices a cost and a comparison at each; a ranking says it takes one', async () => {
    const one = async (tokens: string) => (await json('cost', 'gpt-5', '--tokens', tokens)).monthlyUsd;
    const cost = await json('cost', 'gpt-5', '--tokens', '10M,50M,10M');
    expect(cost.atVolumes.map((v: { tokens: number }) => v.tokens)).toEqual([10_000_000, 50_000_000]);
    expect(cost.atVolumes.map((v: { monthlyUsd: number }) => v.monthlyUsd)).toEqual([await one('10M'), await one('50M')]);
    const compared = await json('compare', 'gpt-5', 'gpt-5-mini', '--tokens', '10M,1B');
    expect(compared.rows.filter((r: { volume?: { asked?: boolean } }) => r.volume?.asked).map((r: { label: string }) => r.label)).toEqual([
      'Monthly cost at 10M tokens (asked)',
      'Monthly cost at 1B tokens (asked)',
    ]);
    const ranked = await run('cheapest', '--tokens', '10M,50M', '--as-of', '2026-11-22');
    expect([ranked.code, ranked.err]).toEqual([1, expect.stringContaining('Two volumes given (10,000,000 and 50,000,000 tokens a month)')]);
    const term = await run('cost', 'gpt-5', '--tokens', '10M,60M over 6 months');
    expect([term.code, term.err]).toEqual([1, expect.stringContaining('--tokens: several volumes are priced by the month')]);
  });

  it('--daily adds the day beside the month: cost, comparison and ranking', async () => {
    const day = (monthly: number) => Number((monthly / (365.25 / 12)).toPrecision(15));
    const cost = await json('cost', 'gpt-5', '--tokens', '10M', '--daily');
    expect(cost.dailyUsd).toBe(day(cost.monthlyUsd));
    const compared = await json('compare', 'gpt-5', 'gpt-5-mini', '--tokens', '10M', '--daily');
    expect(compared.rows.find((r: { key: string }) => r.key === 'cost.day')?.label).toBe('Daily cost at 10M tokens a month (yours)');
    const ranked = await json('cheapest', '--tokens', '10M', '--daily', '--top', '3');
    for (const r of ranked.ranking) expect(r.dailyUsd).toBe(day(r.monthlyUsd));
    expect((await json('cost', 'gpt-5', '--tokens', '10M')).dailyUsd).toBeNull();
    const weekly = await json('cost', 'gpt-5', '--tokens', '10M', '--weekly');
    expect(weekly.weeklyUsd).toBe(Number((weekly.monthlyUsd / (365.25 / 12 / 7)).toPrecision(15)));
  });

  it('lanes --json has a verdict per model and a reason per lane', async () => {
    const a = await json('lanes', 'gpt-5.4-mini', 'gpt-5.3-codex');
    expect(a.lanes.find((l: { lane: string }) => l.lane === 'codex-cloud')).toMatchObject({ verdicts: { 'gpt-5.4-mini': 'no', 'gpt-5.3-codex': 'use' } });
  });

  it('--lane names the work a comparison, a move or lanes is for: its verdict leads, as in Slack', async () => {
    const c = await json('compare', 'gpt-5.4-mini', 'gpt-5.3-codex', '--lane', 'terminal');
    expect([c.focus, c.lanes[0].lane]).toEqual(['terminal', 'terminal']);
    const u = await json('upgrade', 'gpt-5.4-mini', 'gpt-5.3-codex', '--lane', 'codex-cloud');
    expect([u.comparison.focus, u.lanes[0].lane]).toEqual(['codex-cloud', 'codex-cloud']);
    const l = await json('lanes', 'gpt-5.4-mini', '--lane', 'terminal');
    expect(l.lanes.map((x: { lane: string }) => x.lane)).toEqual(['terminal']);
  });

  it.each([
    [['compare', 'gpt-4.1-mini', 'gpt-5', '--lane', 'pizza'], 1, /Unknown lane "pizza"\. Lanes: api-coding/],
    [['cost', 'gpt-4.1-mnii', '--tokens', '50M'], 1, /Unknown model “gpt-4\.1-mnii”\. Did you mean gpt-4\.1-mini/],
    [['cost', 'gpt-4.1-mini', '--tokens', '-5M'], 1, /--tokens: A volume must be more than zero/],
    [['cost', 'gpt-4.1-mini', '--tokens', '0'], 1, /more than zero/],
    [['cost', 'gpt-4.1-mini', '--tokens', '10^30'], 1, /beyond any real workload/],
    [['cost', 'gpt-4.1-mini', '--tokens', '50M', '--mix', '0:0'], 1, /--mix: A mix needs some tokens/],
    [['cost', 'gpt-4.1-mini', '--tokens', '50M', '--cached', '1.5'], 1, /--cached: A cached share is between 0 and 1/],
    [['cost', 'gpt-4.1-mini'], 2, /cost needs a volume/],
    [['compare', 'gpt-4.1-mini'], 2, /Name 2 to 4 models/],
    [['compare', 'a', 'b', 'c', 'd', 'e'], 1, /At most 4 models/],
    [['cheapest', '--tokens', '50M', '--need', 'telepathy'], 1, /unknown capability "telepathy"/],
    [['best', 'juggling'], 1, /Unknown lane "juggling"/],
    [['newest', 'anthropic'], 2, /newest takes flags only/],
    [['cheapest', '--instead-of', 'claude'], 1, /--instead-of: "claude" matches several models; name one/],
    [['cheapest', '--without', 'telepathy'], 1, /--without: unknown capability "telepathy"/],
    [['cheapest', '--family', 'zzyzx'], 1, /--family: no model family "zzyzx" in the catalog/],
    [['cheapest', '--exclude-provider', 'acme'], 1, /--exclude-provider: unknown provider "acme"/],
    [['cheapest', '--instead-of', 'gpt-99x'], 1, /--instead-of: unknown model "gpt-99x"/],
    [['newest', '--max-input-price', 'cheap'], 1, /--max-input-price: expected an amount in USD/],
    [['cheapest', '--min-price', '3', '--max-price', '1'], 1, /--min-price is above --max-price/],
    [['cheapest', '--min-context', '200k', '--max-context', '100k'], 1, /--min-context is above --max-context/],
    [['cheapest', '--pricier-than', 'gpt-99x'], 1, /--pricier-than: unknown model "gpt-99x"/],
    [['cheapest', '--min-speed', 'fast'], 1, /--min-speed: expected output tokens per second, a number such as 100/],
    [['cost', 'gpt-4.1-mini', '--tokens', '50M', '--bogus'], 2, /Unknown option '--bogus'/],
    [['frobnicate'], 2, /Unknown command "frobnicate"/],
    [['catalog', '--as-of', 'yesterday'], 1, /--as-of expects a date like 2026-11-22/],
  ])('%j exits %d with a clear message', async (argv, code, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at |NaN|undefined|Infinity/);
    expect(r.out).toBe('');
  });
});

describe('the modelscout bin', () => {
  it('ends quietly when its reader closes the pipe early (| head)', () => {
    // The shell reads one line of a long listing and closes the pipe; the command must not crash on EPIPE.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/modelscout.js catalog --json | head -c 1 >/dev/null`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('prints exactly one JSON document with --json, and exits 1 with a message on bad input', () => {
    const ok = spawnSync(process.execPath, ['bin/modelscout.js', 'cost', 'grok-4.3', '--tokens', '1M', '--mix', '70/30', '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ model: 'grok-4.3', monthlyUsd: 1.625 });
    const bad = spawnSync(process.execPath, ['bin/modelscout.js', 'model', 'gpt-4.1-mnii'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/Did you mean gpt-4\.1-mini/);
  });
});
