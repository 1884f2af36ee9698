// Rendered chart images in Slack: after an answer that a picture helps (a comparison's cost by volume, a
// model's price history), its PNG is uploaded into the answer's thread with files.uploadV2 (get an upload
// URL, upload, complete), with the chart's numbers as alt text.
import type { webApi } from '@slack/bolt';
import type { Answered } from '../app/notices.ts';
import { pngOf } from '../render/charts/png.ts';
import { costSpec, historySpec, type ChartSpec } from '../render/charts/spec.ts';

/** The picture an answer gets, if any. */
export function chartForAnswer(answer: Answered): { spec: ChartSpec; filename: string } | undefined {
  if (answer.kind === 'comparison') return { spec: costSpec(answer), filename: 'monthly-cost-by-volume.png' };
  if (answer.kind === 'model-card' && answer.model.pricing.length > 1) return { spec: historySpec(answer), filename: `${answer.model.id}-price-history.png` };
  return undefined;
}

/** Slack keeps alt text short; the numbers beyond this are in the answer itself. */
const ALT_MAX = 1000;

/** Uploads the answer's chart into the thread; false when the answer has no chart. */
export async function uploadChart(client: webApi.WebClient, channel: string, threadTs: string, answer: Answered): Promise<boolean> {
  const chart = chartForAnswer(answer);
  if (!chart) return false;
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
