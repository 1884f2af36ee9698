import { count, perUnit, tokens } from '../../cost/format.js';
import { context, esc, fields, header, section } from './kit.js';
import { answerActions } from './actions.js';
import { assumptionsLine, sourcesContext } from './common.js';
import { againstBudget, againstNoCaching, againstStandard, budgetBuys, costHeadline, costWords, perPersonLine, priceListLine, volumeCosts } from '../words.js';
export function costBlocks(a, ctx) {
    const published = context([`*Published prices* (in force since ${a.prices.from}): ${esc(priceListLine(a.prices, a.unit))}`]);
    if (a.monthlyUsd === null) {
        const text = `${a.name} has no price for this profile: ${a.refusal}.`;
        return { text, blocks: [section(esc(text)), published, context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources)] };
    }
    const { amount } = costWords(a);
    const bought = budgetBuys(a);
    const volumes = volumeCosts(a);
    const headline = volumes ? a.name : `${a.name}: ${bought ?? costHeadline(a)}`;
    const verdict = againstBudget(a);
    const each = perPersonLine(a);
    const blocks = [
        header(headline),
        ...(volumes
            ? [
                section(`${esc(volumes)}.
_Breakdown at ${tokens(a.tokens)} tokens:_`),
            ]
            : []),
        ...(verdict ? [section(`*${esc(verdict)}*`)] : []),
        ...(each ? [section(esc(each))] : []),
        fields(a.breakdown
            .map((l) => `*${l.part}*\n${count(Math.round(l.tokens))} tokens × ${perUnit(l.rate, a.unit)} = ${amount(l.usd)}`)
            .concat([`*blended*\n${perUnit(a.blendedPerMillion ?? 0, a.unit)}`])),
    ];
    blocks.push(published);
    const against = [againstStandard(a), againstNoCaching(a)].filter((line) => line !== undefined);
    const notes = [...(a.rates && a.rates.basis !== 'standard' ? [`Prices: ${a.rates.basis}.`] : []), ...against, ...a.notes.map((n) => `${n}.`)];
    if (notes.length > 0)
        blocks.push(section(notes.map(esc).join('\n')));
    blocks.push(...answerActions(ctx, { models: [a.model], volumes: a.per === 'month' && a.forCount === undefined }));
    blocks.push(context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources));
    const at = a.per === 'request' ? `for one request of ${count(Math.round(a.tokens))} tokens` : `at ${tokens(a.tokens)} tokens`;
    if (volumes)
        return { text: `${a.name}: ${volumes} (${a.mix.input}:${a.mix.output}).`, blocks };
    return { text: `${bought ? `${headline}.` : `${headline} ${at} (${a.mix.input}:${a.mix.output}).`}${verdict ? ` ${verdict}` : ''}`, blocks };
}
//# sourceMappingURL=cost.js.map