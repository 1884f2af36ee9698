// A model's lifecycle is said in the tense of the date asked.
import { describe, expect, it } from 'vitest';
import { lifecycleNote } from '../../src/catalog/lifecycle.ts';

describe('lifecycleNote', () => {
  const old = { id: 'old-model', status: 'deprecated' as const, retires: '2026-05-15' };
  it('speaks of a coming retirement in the future tense', () => {
    expect(lifecycleNote(old, '2026-05-14')).toBe('old-model is deprecated and retires 2026-05-15');
  });
  it('speaks of a passed retirement in the past tense, from its date on', () => {
    expect(lifecycleNote(old, '2026-05-15')).toBe('old-model retired on 2026-05-15');
    expect(lifecycleNote(old, '2026-11-22')).toBe('old-model retired on 2026-05-15');
  });
  it('says nothing of a model in service', () => {
    expect(lifecycleNote({ id: 'fresh', status: 'active' }, '2026-11-22')).toBeUndefined();
  });
});
