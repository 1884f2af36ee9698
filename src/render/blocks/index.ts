// One Block Kit renderer per Answer kind, behind one function.
import { billBlocks } from './bill.ts';
import type { Answered } from '../../app/notices.ts';
import { noticeLines } from '../notices.ts';
import { NO_ACTIONS, type RenderContext } from './actions.ts';
import { modelCardBlocks } from './card.ts';
import { BRIEF_MESSAGE_BYTES, comparisonBlocks, upgradeBlocks } from './compare.ts';
import { costBlocks } from './cost.ts';
import { bestBlocks, lanePicksBlocks, cheapestBlocks, lanesBlocks } from './rankings.ts';
import { clip, context, esc, fitToBudget, LIMITS, type SlackMessage } from './kit.ts';
import { quietDigest } from '../words.ts';
import { renderDigest } from './digest.ts';
import { watchBlocks } from './watch.ts';
import { settingsSaid, subscriptionSaid } from '../workspace.ts';
import { cannotSeeBlocks, factBlocks } from './facts.ts';
import { attributeBlocks, saidBlocks, helpBlocks, inputProblemBlocks, notUnderstoodBlocks, unavailableBlocks, unknownModelBlocks, whereBlocks } from './messages.ts';

/** The notices as one context block (Slack allows 10 elements), before the buttons when there are any. */
function withNotices(message: SlackMessage, lines: string[]): SlackMessage {
  if (lines.length === 0) return message;
  const notes = context(lines.slice(0, LIMITS.contextElements).map((l) => esc(l)));
  const blocks = [...message.blocks];
  const at = blocks.length > 0 && blocks[blocks.length - 1]?.type === 'actions' ? blocks.length - 1 : blocks.length;
  blocks.splice(at, 0, notes);
  return { text: `${message.text}\n${lines.join('\n')}`, blocks };
}

export function renderBlocks(a: Answered, ctx: RenderContext = NO_ACTIONS): SlackMessage {
  const lines = noticeLines(a.notices);
  const message = ((): SlackMessage => {
    switch (a.kind) {
      case 'comparison':
        // A brief comparison is sized to fit a channel with the notices added below.
        return comparisonBlocks(a, ctx, BRIEF_MESSAGE_BYTES - JSON.stringify(withNotices({ text: '', blocks: [] }, lines)).length);
      case 'upgrade':
        return upgradeBlocks(a, ctx);
      case 'cost':
        return costBlocks(a, ctx);
      case 'bill':
        return billBlocks(a, ctx);
      case 'cheapest':
        return cheapestBlocks(a, ctx);
      case 'lanes':
        return lanesBlocks(a, ctx);
      case 'best':
        return bestBlocks(a, ctx);
      case 'lane-picks':
        return lanePicksBlocks(a);
      case 'model-card':
        return modelCardBlocks(a, ctx);
      case 'help':
        return helpBlocks(a);
      case 'not-understood':
        return notUnderstoodBlocks(a);
      case 'unknown-model':
        return unknownModelBlocks(a);
      case 'input-problem':
        return inputProblemBlocks(a);
      case 'attribute':
        return attributeBlocks(a, ctx);
      case 'where':
        return whereBlocks(a);
      case 'fact':
        return factBlocks(a);
      case 'cannot-see':
        return cannotSeeBlocks(a);
      case 'settings':
        return saidBlocks(settingsSaid(a));
      case 'subscription':
        return saidBlocks(subscriptionSaid(a));
      case 'watch':
        return watchBlocks(a);
      case 'unavailable':
        return unavailableBlocks(a.message);
      case 'digest': {
        const rendered = renderDigest(a, 'line');
        return rendered ? { text: rendered.main.text, blocks: [...rendered.main.blocks] } : unavailableBlocks(quietDigest(a));
      }
    }
  })();
  const noted = withNotices(message, lines);
  // The fallback text is read as mrkdwn too: escape it so nothing in it can ping anyone.
  return fitToBudget({ text: clip(esc(noted.text), LIMITS.fallbackText), blocks: noted.blocks });
}
