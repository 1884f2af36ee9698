import { priceVsScore } from '../app/charts.js';
import { costSpec, historySpec, priceVsScoreSpec } from '../render/charts/spec.js';
function profileOf(a) {
    return {
        tokensPerMonth: a.tokensPerMonth,
        mix: a.mix,
        cachedShare: a.cachedShare,
        batch: a.batch,
        serviceTier: a.serviceTier,
        ...(a.promptTokens !== null ? { promptTokens: a.promptTokens } : {}),
    };
}
export function chartForAnswer(answer, catalog) {
    if (answer.kind === 'comparison')
        return { spec: costSpec(answer), filename: 'monthly-cost-by-volume.png' };
    if (answer.kind === 'model-card' && answer.model.pricing.length > 1)
        return { spec: historySpec(answer), filename: `${answer.model.id}-price-history.png` };
    if (answer.kind === 'best') {
        const scored = priceVsScore(catalog, profileOf(answer.assumptions), { lane: answer.lane }, answer.assumptions.asOf, { lane: answer.lane });
        if (scored.kind === 'price-vs-score' && scored.points.length >= 2)
            return { spec: priceVsScoreSpec(scored), filename: `${answer.lane}-price-vs-score.png` };
    }
    return undefined;
}
const ALT_MAX = 1000;
export async function uploadChart(client, channel, threadTs, answer, catalog) {
    const chart = chartForAnswer(answer, catalog);
    if (!chart)
        return false;
    const { pngOf } = await import('../render/charts/png.js');
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
//# sourceMappingURL=charts.js.map