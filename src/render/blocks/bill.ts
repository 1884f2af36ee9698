// A month split across models in Block Kit: the total, each part in a table, then the assumptions and sources.
import { billModels, type BillAnswer } from '../../cost/bill.ts';
import { billAgainstLine, billColumns, billHeadline, billRows } from '../words.ts';
import { answerActions, type RenderContext } from './actions.ts';
import { assumptionsLine, sourcesContext } from './common.ts';
import { context, esc, header, section, table, type SlackMessage } from './kit.ts';

export function billBlocks(a: BillAnswer, ctx: RenderContext): SlackMessage {
  const headline = billHeadline(a);
  const against = billAgainstLine(a);
  return {
    text: against ? `${headline}. ${against}` : `${headline}.`,
    blocks: [
      header(headline),
      ...(against ? [section(esc(against))] : []),
      table(
        billColumns(a),
        billRows(a),
        billColumns(a).map((_, i) => (i === 0 ? 'left' : 'right')),
      ),
      ...answerActions(ctx, { models: billModels(a), volumes: false }),
      context([assumptionsLine(a.assumptions)]),
      sourcesContext(a.sources),
    ],
  };
}
