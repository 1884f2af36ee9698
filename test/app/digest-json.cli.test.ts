// `modelscout digest --json` as a user runs it: a window with no new model names the latest release before it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from 'date-fns/addDays';
import { subDays } from 'date-fns/subDays';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const dir = mkdtempSync(join(tmpdir(), 'modelscout-digest-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('modelscout digest --json', () => {
  it('carries the latest release before a window no model came out in, and null for one with a new model', async () => {
    const env = { MODELSCOUT_DATA_DIR: join(dir, 'data') };
    const released = loadCatalog()
      .models.filter((m) => m.released !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(m.released))
      .sort((a, b) => (b.released ?? '').localeCompare(a.released ?? ''));
    const newest = released[0]!;
    // A week long after the newest release: nothing new in it.
    const quiet = await cli(['digest', '--from', '2030-01-01', '--to', '2030-01-08', '--json'], env);
    expect(quiet.code, quiet.err).toBe(0);
    const q = JSON.parse(quiet.out);
    expect(q.added).toEqual([]);
    expect(q.latestRelease).toEqual({ model: expect.any(String), name: expect.any(String), released: newest.released });
    // The week of the newest release lists it as new, and names no latest release.
    const day = new Date(`${newest.released}T00:00:00Z`);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const week = await cli(['digest', '--from', iso(subDays(day, 1)), '--to', iso(addDays(day, 6)), '--json'], env);
    expect(week.code, week.err).toBe(0);
    const w = JSON.parse(week.out);
    expect(w.added.map((a: { model: string }) => a.model)).toContain(newest.id);
    expect(w.latestRelease).toBeNull();
  });
});
