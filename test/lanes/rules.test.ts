// The lane rules (data/lanes.yml's header) pinned on a small hand-made catalog: floors everywhere, untested never
// filled in by price, price deciding only between comparable evidence, proxies named, maximum input for long
// context, and best-in-lane resting on declared evidence.
import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../src/cost/profile.ts';
import { cheapest } from '../../src/cost/rank.ts';
import { laneVerdicts } from '../../src/lanes/verdicts.ts';
import { best } from '../../src/lanes/best.ts';
import { bestText } from '../../src/render/text/answers.ts';
import { bestBlocks } from '../../src/render/blocks/rankings.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import { AS_OF, catalogOf, model, score } from './helpers.ts';

const profile = defaultProfile(10_000_000);

describe('floors apply everywhere', () => {
  // weak is cheap and scored, but under the direct benchmark's floor of 40; strong is dearer and above it.
  const weak = model('weak', 0.1, 0.4, { benchmarks: [score('direct-pct', 30), score('index', 50)] });
  const strong = model('strong', 2, 8, { benchmarks: [score('direct-pct', 60), score('index', 55)] });
  const catalog = catalogOf([weak, strong]);
  const [coding, cheapWork] = catalog.lanes;

  it('a score under a floor is `no` in pairwise verdicts, with the figure, on both kinds of lane', () => {
    for (const lane of [coding!, cheapWork!]) {
      const v = laneVerdicts(catalog, lane, [weak, strong], profile, AS_OF);
      expect(v.verdicts).toEqual({ weak: 'no', strong: 'use' });
      expect(v.reason).toContain("weak: Direct Bench 30.0% is under the lane's floor of 40.0%");
    }
  });

  it('best and cheapest --lane leave it out', () => {
    expect(best(catalog, cheapWork!, profile, {}, AS_OF).picks.map((p) => p.model)).toEqual(['strong']);
    expect(cheapest(catalog, profile, { lane: 'cheap-work' }, AS_OF).ranking.map((r) => r.model)).toEqual(['strong']);
  });
});

describe('missing evidence is untested', () => {
  const bare = model('bare', 0.01, 0.02);
  const scored = model('scored', 5, 20, { benchmarks: [score('direct-pct', 55)] });
  const catalog = catalogOf([bare, scored]);

  it('a cheap model with no lane score is `untested`, with the reason, on evidence- and price-led lanes', () => {
    for (const lane of catalog.lanes.slice(0, 2)) {
      const v = laneVerdicts(catalog, lane, [bare, scored], profile, AS_OF);
      expect(v.verdicts).toEqual({ bare: 'untested', scored: 'use' });
      expect(v.reason).toMatch(/bare: untested \(no Direct Bench.* score\)/);
    }
  });

  it('best leaves untested models out and counts them', () => {
    const a = best(catalog, catalog.lanes[1]!, profile, {}, AS_OF);
    expect(a.picks.map((p) => p.model)).toEqual(['scored']);
    expect(a.untested).toBe(1);
  });
});

describe('a needed capability no source publishes is unknown, not lacking', () => {
  // Both have a direct score above the floor; one's sources do not say whether it calls functions, one's say it does not.
  const unsaid = model('unsaid', 0.1, 0.4, { capabilities: {}, benchmarks: [score('direct-pct', 70)] });
  const lacking = model('lacking', 0.1, 0.4, { capabilities: { 'function-calling': false }, benchmarks: [score('direct-pct', 70)] });
  const able = model('able', 2, 8, { benchmarks: [score('direct-pct', 50)] });
  const catalog = catalogOf([unsaid, lacking, able]);
  const coding = catalog.lanes[0]!;

  it('is `untested` with the reason, where a capability published as absent is `no`', () => {
    const v = laneVerdicts(catalog, coding, [unsaid, lacking, able], profile, AS_OF);
    expect(v.verdicts).toEqual({ unsaid: 'untested', lacking: 'no', able: 'use' });
    expect(v.reason).toContain('unsaid: untested (function-calling not published, so whether it can take this work is unknown)');
    expect(v.reason).toContain('lacking: no function-calling');
  });

  it('alone beside a model that lacks the need, no line says that no model meets the needs', () => {
    const v = laneVerdicts(catalog, coding, [unsaid, lacking], profile, AS_OF);
    expect(v.verdicts).toEqual({ unsaid: 'untested', lacking: 'no' });
    expect(v.reason).not.toContain("no model meets the lane's needs");
  });

  it('best and cheapest --lane still leave it out: a pick rests on published needs', () => {
    expect(best(catalog, coding, profile, {}, AS_OF).picks.map((p) => p.model)).toEqual(['able']);
  });
});

describe('price decides only between comparable evidence', () => {
  const lane = () => catalogOf([]).lanes[1]!;

  it('with a shared benchmark that is not a proxy, the cheaper one is `use`', () => {
    const a = model('a', 1, 2, { benchmarks: [score('direct-pct', 50)] });
    const b = model('b', 4, 8, { benchmarks: [score('direct-pct', 52)] });
    const v = laneVerdicts(catalogOf([a, b]), lane(), [a, b], profile, AS_OF);
    expect(v.verdicts).toEqual({ a: 'use', b: 'rarely' });
    expect(v.sharedEvidence).toEqual(['direct-pct']);
  });

  it('on a proxy alone, price decides only within its margin; a model further behind is `rarely`, and the proxy is named', () => {
    const cheapBehind = model('cheap-behind', 0.1, 0.2, { benchmarks: [score('index', 40)] });
    const close = model('close', 2, 4, { benchmarks: [score('index', 58)] });
    const top = model('top', 2.5, 5, { benchmarks: [score('index', 60)] });
    const catalog = catalogOf([cheapBehind, close, top]);
    const v = laneVerdicts(catalog, lane(), [cheapBehind, close, top], profile, AS_OF);
    expect(v.verdicts).toEqual({ 'cheap-behind': 'rarely', close: 'use', top: 'sometimes' });
    expect(v.reason).toContain('cheap-behind trails on Some Index (a proxy): 40 vs the best 60');
  });

  it('at the same price the shared scores decide, not a score only one of them has', () => {
    // a has a Direct Bench score b lacks; on the one benchmark both have (a proxy, within its margin) b leads.
    const a = model('a', 1, 2, { benchmarks: [score('direct-pct', 90), score('index', 56)] });
    const b = model('b', 1, 2, { benchmarks: [score('index', 60)] });
    const top = model('top', 9, 9, { benchmarks: [score('index', 100)] });
    const v = laneVerdicts(catalogOf([a, b, top]), lane(), [a, b], profile, AS_OF);
    expect(v.sharedEvidence).toEqual(['index']);
    expect(v.verdicts).toEqual({ a: 'sometimes', b: 'use' });
    expect(v.reason).toMatch(/^b and a cost the same \(\$[\d.]+ per 1M\), so the scores decide; Some Index \(a proxy\): 60 vs 56/);
  });

  it('among three, each price line names the model it is set against', () => {
    const a = model('a', 1, 2, { benchmarks: [score('direct-pct', 50)] });
    const b = model('b', 4, 8, { benchmarks: [score('direct-pct', 52)] });
    const c = model('c', 2, 4, { benchmarks: [score('direct-pct', 51)] });
    const v = laneVerdicts(catalogOf([a, b, c]), lane(), [a, b, c], profile, AS_OF);
    expect(v.verdicts.a).toBe('use');
    expect(v.reason).toContain('a is 50% cheaper than c (');
    expect(v.reason).toContain('a is 75% cheaper than b (');
    // Between two, the other needs no name.
    expect(laneVerdicts(catalogOf([a, b]), lane(), [a, b], profile, AS_OF).reason).toMatch(/^a is 75% cheaper \(/);
  });

  it('with no benchmark in common, price does not decide: each is judged on its own scores against the catalog’s best', () => {
    const cheapLow = model('cheap-low', 0.1, 0.2, { benchmarks: [score('direct-pct', 41)] });
    const dearHigh = model('dear-high', 5, 10, { benchmarks: [score('other-pct', 80)] });
    const leader = model('leader', 9, 9, { benchmarks: [score('direct-pct', 82), score('other-pct', 80)] });
    const catalog = catalogOf([cheapLow, dearHigh, leader]);
    const v = laneVerdicts(catalog, catalog.lanes[1]!, [cheapLow, dearHigh], profile, AS_OF);
    // cheap-low has 41/82 = 50% of the best Direct Bench score; dear-high 80/80 on Other Bench (a lane benchmark of
    // the evidence lane only, so on this lane it is untested).
    expect(v.verdicts).toEqual({ 'cheap-low': 'use', 'dear-high': 'untested' });
    const e = laneVerdicts(catalog, catalog.lanes[0]!, [cheapLow, dearHigh], profile, AS_OF);
    expect(e.verdicts).toEqual({ 'cheap-low': 'rarely', 'dear-high': 'use' });
    expect(e.reason).toMatch(/^no benchmark in common, so price does not decide/);
  });
});

describe('evidence-led lanes', () => {
  it('decide on the shared benchmarks with the 75% rule and cite the figures', () => {
    const a = model('a', 1, 1, { benchmarks: [score('direct-pct', 80)] });
    const b = model('b', 1, 1, { benchmarks: [score('direct-pct', 64)] });
    const c = model('c', 1, 1, { benchmarks: [score('direct-pct', 50)] });
    const catalog = catalogOf([a, b, c]);
    const v = laneVerdicts(catalog, catalog.lanes[0]!, [a, b, c], profile, AS_OF);
    expect(v.verdicts).toEqual({ a: 'use', b: 'sometimes', c: 'rarely' });
    expect(v.reason).toContain('Direct Bench: 80.0% vs 64.0%');
  });

  it('a proxy counts with its weight and the reason calls it a proxy', () => {
    const a = model('a', 1, 1, { benchmarks: [score('arena', 1500)] });
    const b = model('b', 1, 1, { benchmarks: [score('arena', 1300)] });
    const catalog = catalogOf([a, b]);
    const v = laneVerdicts(catalog, catalog.lanes[0]!, [a, b], profile, AS_OF);
    expect(v.verdicts).toEqual({ a: 'use', b: 'rarely' });
    expect(v.reason).toContain('Arena (a proxy): 1500 vs 1300');
  });
});

describe('long context checks the maximum input', () => {
  const capped = model('capped', 0.01, 0.02, { contextWindow: 1_050_000, maxInput: 272_000 });
  const open = model('open', 1, 2, { contextWindow: 1_000_000 });
  const catalog = catalogOf([capped, open]);
  const lane = catalog.lanes[2]!;

  it('a large window with a small maximum input is `no`; no separate limit means the window', () => {
    const v = laneVerdicts(catalog, lane, [capped, open], profile, AS_OF);
    expect(v.verdicts).toEqual({ capped: 'no', open: 'use' });
    expect(v.reason).toContain('capped: maximum input 272,000 < 400,000 tokens');
  });

  it('best lists only picks whose maximum input meets the minimum, and shows it', () => {
    const a = best(catalog, lane, profile, {}, AS_OF);
    expect(a.picks.map((p) => [p.model, p.maxInput])).toEqual([['open', 1_000_000]]);
  });
});

describe('best in an evidence-led lane', () => {
  const vendorOnly = model('vendor-only', 1, 1, { benchmarks: [score('direct-pct', 90, { reportedBy: 'vendor' })] });
  const wellTested = model('well-tested', 3, 9, { benchmarks: [score('index', 70), score('arena', 1500)] });
  const thin = model('thin', 1, 1, { benchmarks: [score('index', 50), score('arena', 1400)] });
  const run = { tasks: 225, totalCostUsd: 22.5, date: '2025-06-25' };
  const withRun = model('with-run', 2, 2, { benchmarks: [score('other-pct', 80, { setting: 'high', run }), score('arena', 1450)] });
  const catalog = catalogOf([vendorOnly, wellTested, thin, withRun]);
  const a = best(catalog, catalog.lanes[0]!, profile, {}, AS_OF);

  it('ranks models resting on two or more scores first, and says how many each rests on', () => {
    expect(a.picks.map((p) => [p.model, p.scores])).toEqual([
      ['well-tested', 2],
      ['with-run', 2],
      ['thin', 2],
      ['vendor-only', 1],
    ]);
  });

  it('lists every pick’s evidence, marking proxies and vendor figures', () => {
    const vendor = a.picks.find((p) => p.model === 'vendor-only')!;
    expect(vendor.evidence).toMatchObject([{ benchmark: 'direct-pct', score: 90, reportedBy: 'vendor', proxy: false }]);
    expect(vendor.why).toContain('Direct Bench 90.0% (vendor-reported)');
    expect(a.picks.find((p) => p.model === 'thin')!.why).toContain('Some Index 50 (proxy)');
  });

  it('shows cost per task beside the per-token price, labelled with the run and as one workload', () => {
    const p = a.picks.find((x) => x.model === 'with-run')!;
    expect(p.costPerTask).toMatchObject([{ perTaskUsd: 0.1, tasks: 225, date: '2025-06-25', setting: 'high' }]);
    expect(p.why).toContain("$0.10 per task (Other Bench run of 2025-06-25, high, 225 tasks; one benchmark's workload, not yours)");
    expect(p.why).toMatch(/\$[\d.]+\/1M/);
  });
});

describe('a proxy stands in for direct evidence, it does not overrule it', () => {
  it('a proxy floor keeps out a model with only proxy scores, not one with a direct score', () => {
    const direct = model('direct', 1, 1, { benchmarks: [score('direct-pct', 70), score('index', 20)] });
    const proxyOnly = model('proxy-only', 1, 1, { benchmarks: [score('index', 20)] });
    const catalog = catalogOf([direct, proxyOnly]);
    const v = laneVerdicts(catalog, catalog.lanes[0]!, [direct, proxyOnly], profile, AS_OF);
    expect(v.verdicts).toEqual({ direct: 'use', 'proxy-only': 'no' });
    expect(v.reason).toContain("proxy-only: Some Index (a proxy) 20 is under the lane's floor of 30");
  });
});

describe('proxies disagreeing', () => {
  it('a model with no direct score falls short only when none of its floored proxies reaches its floor', () => {
    const lane = {
      ...catalogOf([]).lanes[0]!,
      evidence: [
        { benchmark: 'direct-pct', weight: 'strong' as const, proxy: false },
        { benchmark: 'other-pct', weight: 'moderate' as const, floor: 40, proxy: true },
        { benchmark: 'index', weight: 'moderate' as const, floor: 40, proxy: true },
      ],
    };
    const mixed = model('mixed', 1, 1, { benchmarks: [score('other-pct', 88), score('index', 37)] });
    const low = model('low', 1, 1, { benchmarks: [score('other-pct', 32), score('index', 20)] });
    const catalog = catalogOf([mixed, low]);
    expect(laneVerdicts(catalog, lane, [mixed, low], profile, AS_OF).verdicts).toEqual({ mixed: 'use', low: 'no' });
  });
});

describe('best says what the filters asked left out', () => {
  const cheapOut = model('cheap-out', 1, 2, { benchmarks: [score('index', 60), score('arena', 1450)] });
  const dearOut = model('dear-out', 1, 12, { benchmarks: [score('index', 70), score('arena', 1500)] });
  const catalog = catalogOf([cheapOut, dearOut]);
  const lane = catalog.lanes[0]!;

  it('counts each filter’s exclusions, and the text and Block Kit answers both say them', () => {
    const a = best(catalog, lane, profile, { maxOutputPerMillion: 5 }, AS_OF);
    expect(a.picks.map((p) => p.model)).toEqual(['cheap-out']);
    expect(a.excluded).toEqual([{ filter: 'maxOutputPerMillion', label: 'output price above $5.00/1M', count: 1 }]);
    expect(bestText(a)).toContain('Excluded: 1 output price above $5.00/1M.');
    expect(JSON.stringify(bestBlocks(a, { query: null, command: '/models best coding', ephemeral: true }).blocks)).toContain('Excluded: 1 output price above $5.00/1M.');
  });

  it('with no filter that leaves anything out, says nothing of exclusions', () => {
    const a = best(catalog, lane, profile, {}, AS_OF);
    expect(a.excluded).toEqual([]);
    expect(bestText(a)).not.toContain('Excluded');
  });
});

describe('best prices a model where it is bought', () => {
  // Both are scored alike on the price-led lane; hosted is dear at its provider but cheap through a host.
  const src = { source: { url: 'https://example.com/route' }, checked: '2026-11-01' };
  const hosted = model('hosted', 2, 8, {
    benchmarks: [score('direct-pct', 60)],
    routes: [{ platform: 'groq', id: 'hosted-groq', input: 0.1, output: 0.4, ...src }] as CatalogModel['routes'],
  });
  const direct = model('direct', 0.5, 2, { benchmarks: [score('direct-pct', 60)] });
  const catalog = catalogOf([hosted, direct]);
  const a = best(catalog, catalog.lanes[1]!, profile, {}, AS_OF);

  it('ranks a price-led lane by the cheapest way of buying, and says where', () => {
    expect(a.picks.map((p) => p.model)).toEqual(['hosted', 'direct']);
    // 3:1 at $0.10 in / $0.40 out → $0.175 per 1M, 10M tokens → $1.75 a month: the per-1M price and the month agree.
    expect(a.picks[0]).toMatchObject({ price: '$0.175/1M via Groq', monthlyUsd: 1.75 });
    expect(a.picks[1]).toMatchObject({ price: '$0.875/1M', monthlyUsd: 8.75 });
  });
});

describe('where price decides, the strongest is never hidden behind cheaper picks', () => {
  const cheapest3 = [
    model('cheap-a', 0.1, 0.1, { benchmarks: [score('direct-pct', 45), score('index', 40)] }),
    model('cheap-b', 0.2, 0.2, { benchmarks: [score('direct-pct', 42), score('index', 35)] }),
    model('cheap-c', 0.3, 0.3, { benchmarks: [score('direct-pct', 41), score('index', 31)] }),
  ];
  const strong = model('strong', 9, 30, { benchmarks: [score('direct-pct', 95), score('index', 80)] });
  // One score only, and the top of it: stronger by that share alone, but the rule ranks two scores first.
  const proxyOnly = model('proxy-only', 5, 5, { benchmarks: [score('index', 90)] });
  const catalog = catalogOf([...cheapest3, strong, proxyOnly]);
  const lane = catalog.lanes.find((l) => l.id === 'cheap-work')!;

  it('names it, with its place by the rule, its scores and price, when the picks shown leave it out', () => {
    const a = best(catalog, lane, profile, {}, AS_OF, 2);
    expect(a.picks.map((p) => p.model)).toEqual(['cheap-a', 'cheap-b']);
    expect(a.strongest).toMatchObject({
      model: 'strong',
      place: 4,
      evidence: [
        { benchmark: 'direct-pct', score: 95 },
        { benchmark: 'index', score: 80 },
      ],
    });
    expect(bestText(a)).toContain(`Strongest on this lane's benchmarks: ${strong.name} (Direct Bench 95.0%, Some Index 80 (proxy)), $`);
    expect(bestText(a)).toContain('#4 by the rule, since price decides this lane');
    expect(JSON.stringify(bestBlocks(a, { query: null, command: '', ephemeral: false }).blocks)).toContain('Strongest on this lane');
  });

  it('says nothing when it is among the picks, for a value ranking, or where evidence decides', () => {
    expect(best(catalog, lane, profile, {}, AS_OF, 5).strongest).toBeNull();
    expect(best(catalog, lane, profile, {}, AS_OF, 2, true).strongest).toBeNull();
    expect(best(catalog, catalog.lanes.find((l) => l.decideBy === 'evidence')!, profile, {}, AS_OF, 1).strongest).toBeNull();
    expect(bestText(best(catalog, lane, profile, {}, AS_OF, 5))).not.toContain('Strongest on');
  });
});
