// Rendered chart images in Slack: after an answer that a picture helps (a comparison's cost by volume, a
// model's price history, a lane's models' price against quality), its PNG is uploaded into the answer's thread with files.uploadV2 (get an upload
// URL, upload, complete), with the chart's numbers as alt text.
import type { webApi } from '@slack/bolt';
import { priceVsScore } from '../app/charts.ts';
import type { Answered } from '../app/notices.ts';
import type { Catalog } from '../catalog/validate.ts';
import type { Assumptions } from '../cost/assumptions.ts';
import type { UsageProfile } from '../cost/profile.ts';
import { costSpec, historySpec, priceVsScoreSpec, type ChartSpec } from '../render/charts/spec.ts';

/** The profile an answer was priced at, from its assumptions. */
function profileOf(a: Assumptions): UsageProfile {
  return {
    tokensPerMonth: a.tokensPerMonth,
    mix: a.mix,
    cachedShare: a.cachedShare,
    batch: a.batch,
    serviceTier: a.serviceTier as UsageProfile['serviceTier'],
    ...(a.promptTokens !== null ? { promptTokens: a.promptTokens } : {}),
  };
}

/**
 * The picture an answer gets, if any: a comparison its cost by volume, a model card with a price history
 * that history, a lane's best its models' price against the lane's benchmark.
 */
export function chartForAnswer(answer: Answered, catalog: Catalog): { spec: ChartSpec; filename: string } | undefined {
  if (answer.kind === 'comparison') return { spec: costSpec(answer), filename: 'monthly-cost-by-volume.png' };
  if (answer.kind === 'model-card' && answer.model.pricing.length > 1) return { spec: historySpec(answer), filename: `${answer.model.id}-price-history.png` };
  if (answer.kind === 'best') {
    const scored = priceVsScore(catalog, profileOf(answer.assumptions), { lane: answer.lane }, answer.assumptions.asOf, { lane: answer.lane });
    if (scored.kind === 'price-vs-score' && scored.points.length >= 2) return { spec: priceVsScoreSpec(scored), filename: `${answer.lane}-price-vs-score.png` };
  }
  return undefined;
}

/** Slack keeps alt text short; the numbers beyond this are in the answer itself. */
const ALT_MAX = 1000;

/** Uploads the answer's chart into the thread; false when the answer has no chart. */
export async function uploadChart(client: webApi.WebClient, channel: string, threadTs: string, answer: Answered, catalog: Catalog): Promise<boolean> {
  const chart = chartForAnswer(answer, catalog);
  if (!chart) return false;
  // The renderer (vega, resvg) loads on the first chart, not with the app: it is a third of a cold start.
  const { pngOf } = await import('../render/charts/png.ts');
  const image = await pngOf(chart.spec.spec);
  const alt = [...chart.spec.alt];
  await client.files.uploadV2({
    channel_id: channel,
    thread_ts: threadTs,
    file: image.png,
    filename: chart.filename,
    title: chart.spec.title,
    alt_text: alt.length <= ALT_MAX ? chart.spec.alt : `${alt.slice(0, ALT_MAX - 1).join('')}…`,
  });
  return true;
}
