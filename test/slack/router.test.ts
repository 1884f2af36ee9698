import { describe, expect, it } from 'vitest';
import { anyOf } from '../../src/slack/listeners/router.ts';

describe('anyOf (one Bolt listener per kind of request)', () => {
  const re = anyOf(['/compare', '/models', 'share.in_channel', /^run_command/]);

  it('matches a string key only as a whole name', () => {
    expect(re.test('/compare')).toBe(true);
    expect(re.test('/models')).toBe(true);
    expect(re.test('/compare2')).toBe(false);
    expect(re.test('x/models')).toBe(false);
  });

  it('escapes a string key: a dot is a dot', () => {
    expect(re.test('share.in_channel')).toBe(true);
    expect(re.test('shareXin_channel')).toBe(false);
  });

  it('keeps a pattern key as it was written (a prefix stays a prefix)', () => {
    expect(re.test('run_command:mix:3:1')).toBe(true);
    expect(re.test('xrun_command')).toBe(false);
  });
});
