// `modelscout feedback` reads what people said about answers from the bot's store.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { openStore } from '../../src/store/open.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'modelscout-feedback-'));
const saved = { dir: process.env.MODELSCOUT_DATA_DIR, url: process.env.DATABASE_URL };

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

beforeAll(async () => {
  process.env.MODELSCOUT_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const store = await openStore({ dataDir });
  const base = { channelId: 'D1', userId: 'U1', recordedAt: new Date('2026-11-22T12:00:00Z') };
  await store.recordFeedback({ ...base, teamId: 'T1', messageTs: '1.1', vote: 'down', question: 'cheapest for 50M tokens?' });
  await store.recordFeedback({ ...base, teamId: 'T1', messageTs: '1.2', vote: 'up', question: 'compare a and b', recordedAt: new Date('2026-11-22T13:00:00Z') });
  await store.recordFeedback({ ...base, teamId: 'T2', messageTs: '1.3', vote: 'down', question: 'best for terminal work' });
  await store.close();
}, 120_000);

afterAll(() => {
  if (saved.dir === undefined) delete process.env.MODELSCOUT_DATA_DIR;
  else process.env.MODELSCOUT_DATA_DIR = saved.dir;
  if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
});

describe('modelscout feedback', () => {
  it('lists the votes with their questions, newest first, filtered by vote and workspace', async () => {
    const all = await run('feedback', '--json');
    expect(all.code).toBe(0);
    expect(JSON.parse(all.out).map((f: { question: string }) => f.question)).toEqual(['compare a and b', 'best for terminal work', 'cheapest for 50M tokens?']);
    const down = await run('feedback', '--vote', 'down', '--team', 'T1', '--json');
    expect(JSON.parse(down.out)).toEqual([expect.objectContaining({ teamId: 'T1', vote: 'down', question: 'cheapest for 50M tokens?' })]);
    const text = await run('feedback');
    expect(text.out).toContain('cheapest for 50M tokens?');
    expect(text.out).toContain('2026-11-22 13:00');
  });

  it('says what is wrong with a bad vote', async () => {
    const r = await run('feedback', '--vote', 'sideways');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--vote expects up or down');
  });
});
