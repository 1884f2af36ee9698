import { count, FREE_ENDPOINT, perMillion } from '../../cost/format.js';
import { statusWords } from '../words.js';
import { clip, context, esc, section } from './kit.js';
export function bestLanes(id, lanes) {
    for (const verdict of ['use', 'sometimes']) {
        const names = lanes.lanes.filter((l) => l.verdicts[id] === verdict).map((l) => l.name);
        if (names.length > 0)
            return { verdict, names };
    }
    return undefined;
}
export function unfurlBlocks(card, lanes) {
    const m = card.model;
    const p = card.price;
    const price = p.free ? FREE_ENDPOINT : `${perMillion(p.input)} input · ${perMillion(p.output)} output`;
    const best = bestLanes(m.id, lanes);
    const lanesLine = best
        ? `${best.verdict === 'use' ? 'Recommended for' : 'Sometimes right for'}: ${best.names.slice(0, 4).map(esc).join(', ')}${best.names.length > 4 ? ` and ${best.names.length - 4} more lanes` : ''}`
        : 'No lane recommends it on the catalog’s evidence';
    const status = statusWords(m, card.asOf);
    const host = p.host ? ` (${esc(p.host)})` : '';
    const blocks = [
        section(clip(`*${esc(m.name)}* \`${esc(m.id)}\` · ${esc(card.providerName)}${status === 'active' ? '' : ` · ${esc(status)}`}\n${price}${host} · ${count(m.contextWindow)}-token context\n${lanesLine}`, 1500)),
        context([`Price from ${p.from}, checked ${p.checked} at <${p.source.url}|its source> · \`/models model ${esc(m.id)}\` for the full card`]),
    ];
    const text = `${m.name} (${m.id}): ${p.free ? 'free endpoint' : `${perMillion(p.input)} input, ${perMillion(p.output)} output`}, ${count(m.contextWindow)}-token context; price checked ${p.checked}.`;
    return { text, blocks };
}
//# sourceMappingURL=unfurl.js.map