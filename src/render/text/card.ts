// The model card for a terminal.
import { countryLabel } from '../../catalog/countries.ts';
import type { ModelCard } from '../../catalog/card.ts';
import { count, money, perMillion } from '../../cost/format.ts';
import { priceListRows, statusWords } from '../words.ts';
import { isRetired } from '../../catalog/lifecycle.ts';
import { table } from './table.ts';
import { rateLimitWords } from '../../ask/facts.ts';

const yesNo = (v: boolean | null) => (v === null ? 'not published' : v ? 'yes' : 'no');

export function renderModelCardText(card: ModelCard): string {
  const m = card.model;
  const p = card.price;
  const lines: string[] = [];
  lines.push(`${m.name} (${m.id}) — ${card.providerName}${m.makerCountry ? ` (${countryLabel(m.makerCountry)})` : ''}`);
  const status = `${statusWords(m, card.asOf)}${m.replacement && (m.status === 'deprecated' || isRetired(m, card.asOf)) ? `; replacement: ${m.replacement}` : ''}`;
  lines.push(`Status: ${status}.  Family: ${m.family}.  Released: ${m.released ?? 'not published'}.  Knowledge cutoff: ${m.knowledgeCutoff ?? 'not published'}.`);
  lines.push(
    `Context: ${count(m.contextWindow)} tokens${m.maxInput ? ` (max input ${count(m.maxInput)})` : ''}.  Max output: ${m.maxOutput ? count(m.maxOutput) : 'not published'}.`,
  );
  lines.push(`Input: ${m.modalities.input.join(', ')}.  Output: ${m.modalities.output.join(', ')}.`);
  lines.push(
    `License: ${m.license}${m.openWeights ? ' (open weights)' : ''}.${m.parameters ? `  Parameters: ${m.parameters.totalBillions}B${m.parameters.activeBillions ? ` (${m.parameters.activeBillions}B active)` : ''}.` : ''}`,
  );
  if (m.aliases.length > 0) lines.push(`Also called: ${m.aliases.join(', ')}.`);
  lines.push('');
  lines.push(`Prices (USD per 1M tokens, in force since ${p.from}; checked ${p.checked}):`);
  lines.push(table(null, priceListRows(p), { indent: '  ' }));
  for (const s of card.scheduled) lines.push(`  Scheduled from ${s.from}: ${perMillion(s.input)} in / ${perMillion(s.output)} out${s.note ? ` (${s.note})` : ''}.`);
  if (m.pricing.length > 1) {
    lines.push(`  History: ${m.pricing.map((e) => `${e.from} ${perMillion(e.input)} in / ${perMillion(e.output)} out${e.note ? ` (${e.note})` : ''}`).join('; ')}.`);
  }
  lines.push('');
  lines.push(
    'Capabilities: ' +
      Object.entries(card.capabilities)
        .map(([k, v]) => `${k} ${yesNo(v)}`)
        .join(', ') +
      '.',
  );
  if (card.benchmarks.length > 0) {
    lines.push('');
    lines.push(
      table(
        ['Benchmark', 'Score', 'Checked'],
        card.benchmarks.map((b) => [b.name, `${b.score}${b.unit === 'percent' ? '%' : ''}`, b.checked]),
        { indent: '  ' },
      ),
    );
  } else {
    lines.push('Benchmarks: untested (no published scores in the catalog).');
  }
  for (const t of card.costPerTask.slice(0, 3)) lines.push(`Cost per task: ${money(t.perTaskUsd)} at ${t.score}% (${t.label}).`);
  if (m.speed?.outputTokensPerSecond) lines.push(`Speed: ${m.speed.outputTokensPerSecond} output tokens/s (checked ${m.speed.checked}).`);
  if (m.routes.length > 0) {
    lines.push(
      'Routes: ' +
        m.routes
          .map((r) => `${r.platform} (${r.id}${r.input !== undefined && r.output !== undefined ? `, ${perMillion(r.input)} in / ${perMillion(r.output)} out` : ''})`)
          .join('; ') +
        '.',
    );
  }
  for (const s of m.surfaces)
    lines.push(`Surface ${s.id}: ${s.available ? 'available' : 'not available'}${s.creditsPerTask ? ` (about ${s.creditsPerTask} credits per task)` : ''}.`);
  if (m.rateLimits) lines.push(`Rate limits: ${rateLimitWords(m.rateLimits).join('; ')}.`);
  if (m.notes) lines.push(`Note: ${m.notes}`);
  lines.push('');
  lines.push('Sources:');
  for (const s of card.sources) lines.push(`  ${s.what}: ${s.source.url}${s.source.via ? ` via ${s.source.via}` : ''} (checked ${s.checked})`);
  return lines.join('\n');
}
