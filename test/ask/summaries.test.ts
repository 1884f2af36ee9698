// Summaries at volume are the extraction lane's work (short texts in, short texts out); summaries of long documents,
// transcripts or whole codebases stay long-context work, with its 400k-token need.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);
const laneAsked = async (text: string) => {
  const { query } = await ask(text);
  return query.lane ?? query.filters.lane;
};

describe('summaries', () => {
  it.each([
    'cheapest for summarization',
    'is claude haiku 4.5 good enough for summarization?',
    'best model to summarize support tickets',
    'summaries at 100M tokens a month, cheapest?',
  ])('"%s" is extraction work', async (text) => expect(await laneAsked(text)).toBe('extraction'));

  it.each(['best model for summarizing long documents', 'summarize meeting transcripts cheaply', 'recommend something for summarizing call transcripts'])(
    '"%s" is long-context work',
    async (text) => expect(await laneAsked(text)).toBe('long-context'),
  );

  it('a model that holds less than 400k tokens is not refused summaries for that', async () => {
    const { answer } = await ask('is claude haiku 4.5 good enough for summarization?');
    if (answer.kind !== 'lanes') throw new Error(answer.kind);
    expect(answer.lanes.map((l) => l.lane)).toEqual(['extraction']);
    expect(answer.lanes[0]?.verdicts['claude-haiku-4-5']).not.toBe('no');
  });
});
