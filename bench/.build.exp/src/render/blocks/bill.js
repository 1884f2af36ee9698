import { billModels } from '../../cost/bill.js';
import { billAgainstLine, billColumns, billHeadline, billRows } from '../words.js';
import { answerActions } from './actions.js';
import { assumptionsLine, sourcesContext } from './common.js';
import { context, esc, header, section, table } from './kit.js';
export function billBlocks(a, ctx) {
    const headline = billHeadline(a);
    const against = billAgainstLine(a);
    return {
        text: against ? `${headline}. ${against}` : `${headline}.`,
        blocks: [
            header(headline),
            ...(against ? [section(esc(against))] : []),
            table(billColumns(a), billRows(a), billColumns(a).map((_, i) => (i === 0 ? 'left' : 'right'))),
            ...answerActions(ctx, { models: billModels(a), volumes: false }),
            context([assumptionsLine(a.assumptions)]),
            sourcesContext(a.sources),
        ],
    };
}
//# sourceMappingURL=bill.js.map