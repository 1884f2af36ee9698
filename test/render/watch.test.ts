// Watches and alerts in Block Kit: within Slack's limits and escaped, whatever the names and figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alert, WatchAnswer, WatchView } from '../../src/digest/watch.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { alertBlocks, readWatchValue, watchBlocks, watchHomeBlocks, watchValue } from '../../src/render/blocks/watch.ts';
import { alertText } from '../../src/render/watch.ts';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,40}$/);
const name = fc.string({ maxLength: 200 });
const view: fc.Arbitrary<WatchView> = fc.record({
  kind: fc.constantFrom('model' as const, 'provider' as const),
  target: id,
  name,
  channelId: fc.constantFrom('C0123ABC', 'G42', 'D9', 'U777'),
  dm: fc.boolean(),
  paused: fc.boolean(),
});
const usd = fc.double({ min: 0.0001, max: 10_000, noNaN: true });
const alert: fc.Arbitrary<Alert> = fc.record({
  key: fc.string(),
  kind: fc.constantFrom('price' as const, 'added' as const, 'deprecated' as const, 'retiring' as const),
  model: id,
  name,
  provider: id,
  watched: fc.record({ kind: fc.constantFrom('model' as const, 'provider' as const), target: id }),
  field: fc.constantFrom('input', 'output', 'cachedInput', 'tier>200000.input', 'added'),
  old: fc.option(usd, { nil: null }),
  new: fc.option(usd, { nil: null }),
  date: fc.constantFrom('2026-11-21', '2027-01-31'),
  monthly: fc.option(fc.record({ tokensPerMonth: fc.integer({ min: 1, max: 10_000_000_000 }), mix: fc.constant({ input: 3, output: 1 }), before: usd, after: usd }), { nil: null }),
  replacement: fc.option(id, { nil: null }),
  source: fc.option(fc.record({ url: fc.webUrl() }), { nil: null }),
});

const pings = /<!channel>|<!here>|<@U/;

describe('watch and alert messages', () => {
  it('an alert stays within the limits, says old → new, and never pings anyone', () => {
    fc.assert(
      fc.property(alert, (a) => {
        const message = alertBlocks(a);
        expect(limitViolations(message)).toEqual([]);
        expect(JSON.stringify(message.blocks)).not.toMatch(pings);
        if (a.kind === 'price') expect(alertText(a)).toContain('→');
      }),
    );
    const typed = alertBlocks({
      key: 'k',
      kind: 'added',
      model: 'm',
      name: '<!channel> <@U123> & co',
      provider: 'p',
      watched: { kind: 'provider', target: 'p' },
      field: 'added',
      old: null,
      new: null,
      date: '2026-11-21',
      monthly: null,
      replacement: null,
      source: null,
    });
    expect(JSON.stringify(typed.blocks)).toContain('&lt;!channel&gt; &lt;@U123&gt; &amp; co');
  });

  it('a watch answer and App Home stay within the limits, escape names, and link only real channels', () => {
    fc.assert(
      fc.property(fc.array(view, { maxLength: 60 }), fc.constantFrom('added' as const, 'removed' as const, 'list' as const), (watches, change) => {
        const answer: WatchAnswer = { kind: 'watch', change, changed: watches.slice(0, 3), notWatched: watches.slice(3, 5).map((w) => w.name), watches };
        const message = watchBlocks(answer);
        expect(limitViolations(message)).toEqual([]);
        expect(JSON.stringify(message.blocks)).not.toMatch(pings);
        expect(limitViolations({ blocks: watchHomeBlocks(watches) }, 'home')).toEqual([]);
        expect(JSON.stringify(watchHomeBlocks(watches))).not.toMatch(pings);
      }),
    );
  });

  it('a long list is cut to ten with a count of the rest, within the limits', () => {
    const watches = Array.from({ length: 60 }, (_, i) => ({ kind: 'model' as const, target: `m${i}`, name: 'x'.repeat(200), channelId: 'C1', dm: false, paused: false }));
    for (const change of ['list', 'added', 'removed'] as const) {
      const message = watchBlocks({ kind: 'watch', change, changed: watches, notWatched: [], watches });
      expect(limitViolations(message)).toEqual([]);
      expect(message.text).toMatch(/[Aa]nd 50 more/);
    }
  });

  it("a remove button's value reads back as the watch it names", () => {
    fc.assert(
      fc.property(view, (w) => {
        expect(readWatchValue(watchValue(w))).toEqual({ channelId: w.channelId, kind: w.kind, target: w.target });
      }),
    );
    expect(readWatchValue('C1|team|x')).toBeUndefined();
    expect(readWatchValue('garbage')).toBeUndefined();
  });
});
