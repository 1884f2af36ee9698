// A month split across models in Block Kit: the total, each part in a table, then the assumptions and sources.
import { billModels, type BillAnswer } from '../../cost/bill.ts';
import { BILL_COLUMNS, billHeadline, billRows } from '../words.ts';
import { answerActions, type RenderContext } from './actions.ts';
import { assumptionsLine, sourcesContext } from './common.ts';
import { context, header, table, type SlackMessage } from './kit.ts';

export function billBlocks(a: BillAnswer, ctx: RenderContext): SlackMessage {
  const headline = billHeadline(a);
  return {
    text: `${headline}.`,
    blocks: [
      header(headline),
      table(BILL_COLUMNS, billRows(a), ['left', 'right', 'right', 'right', 'right']),
      ...answerActions(ctx, { models: billModels(a), volumes: false }),
      context([assumptionsLine(a.assumptions)]),
      sourcesContext(a.sources),
    ],
  };
}
