// Block Kit for a model card.
import { countryLabel } from '../../catalog/countries.ts';
import type { ModelCard } from '../../catalog/card.ts';
import { capitalized } from '../../compare/rows.ts';
import { count, money, perMillion } from '../../cost/format.ts';
import { priceListRows, statusWords } from '../words.ts';
import { esc, fields, header, section, table, type Block, type SlackMessage } from './kit.ts';
import { answerActions, type RenderContext } from './actions.ts';
import { sourcesContext } from './common.ts';
import { rateLimitWords } from '../../ask/facts.ts';
import { priceHistoryChart, priceHistoryText } from './charts.ts';

export function modelCardBlocks(card: ModelCard, ctx: RenderContext): SlackMessage {
  const m = card.model;
  const p = card.price;
  const status = statusWords(m, card.asOf);
  const priceRows: string[][] = priceListRows(p).map(([label, figure]) => [capitalized(label), figure]);
  const caps = Object.entries(card.capabilities)
    .map(([k, v]) => `${v === true ? '✓' : v === false ? '✗' : '?'} ${k}`)
    .join(' · ');
  const benches = card.benchmarks.map((b) => `${esc(b.name)} ${b.score}${b.unit === 'percent' ? '%' : ''}`).join(' · ');
  const history = priceHistoryChart(card);
  const blocks: Block[] = [
    header(`${m.name} (${m.id})`),
    fields([
      `*Provider*\n${esc(card.providerName)}${m.makerCountry ? ` (${countryLabel(m.makerCountry)})` : ''}`,
      `*Status*\n${esc(status)}`,
      `*Context*\n${count(m.contextWindow)} tokens`,
      `*Max output*\n${m.maxOutput ? `${count(m.maxOutput)} tokens` : 'not published'}`,
      `*Released*\n${m.released ?? 'not published'}`,
      `*Knowledge cutoff*\n${m.knowledgeCutoff ?? 'not published'}`,
      `*Input*\n${m.modalities.input.join(', ')}`,
      `*License*\n${esc(m.license)}${m.openWeights ? ' (open weights)' : ''}`,
    ]),
    table(['Price (USD per 1M)', `from ${p.from}`], priceRows, ['left', 'right']),
    ...(history ? [history] : []),
    section(`*Capabilities* (✓ yes, ✗ no, ? not published)\n${caps}`),
    section(`*Benchmarks*\n${benches || 'untested: no published scores in the catalog'}`),
  ];
  if (card.costPerTask.length > 0) {
    blocks.push(
      section(
        `*Cost per task*\n${card.costPerTask
          .slice(0, 3)
          .map((t) => `• ${money(t.perTaskUsd)} a task at ${t.score}% — ${esc(t.label)}`)
          .join('\n')}`,
      ),
    );
  }
  if (m.rateLimits)
    blocks.push(
      section(
        `*Rate limits*\n${rateLimitWords(m.rateLimits)
          .map((w) => `• ${capitalized(w)}`)
          .join('\n')}`,
      ),
    );
  if (m.pricing.length > 1) {
    blocks.push(
      section(`*Price history*\n${m.pricing.map((e) => `• ${e.from}: ${perMillion(e.input)} in / ${perMillion(e.output)} out${e.note ? ` — ${esc(e.note)}` : ''}`).join('\n')}`),
    );
  }
  if (m.routes.length > 0) blocks.push(section(`*Also sold on* ${m.routes.map((r) => `${r.platform} (\`${esc(r.id)}\`)`).join(', ')}`));
  blocks.push(...answerActions(ctx, { models: [m.id], volumes: false }));
  blocks.push(
    sourcesContext(
      card.sources.map((s) => ({ what: s.what, url: s.source.url, via: s.source.via ?? null, checked: s.checked })),
      5,
    ),
  );
  const summary = `${m.name} (${m.id}): ${perMillion(p.input)} input, ${perMillion(p.output)} output, ${count(m.contextWindow)}-token context.`;
  return { text: history ? `${summary}\n${priceHistoryText(history)}` : summary, blocks };
}
