// One Block Kit renderer per Answer kind, behind one function.
import type { Answer } from '../../ask/answer.ts';
import { NO_ACTIONS, type RenderContext } from './actions.ts';
import { bestBlocks, cheapestBlocks, comparisonBlocks, costBlocks, lanesBlocks, modelCardBlocks, upgradeBlocks } from './answers.ts';
import { clip, esc, fitToBudget, LIMITS, type SlackMessage } from './kit.ts';
import { renderDigest } from './digest.ts';
import { settingsSaid, subscriptionSaid } from '../workspace.ts';
import { attributeBlocks, saidBlocks, helpBlocks, inputProblemBlocks, notUnderstoodBlocks, unavailableBlocks, unknownModelBlocks, whereBlocks } from './messages.ts';

export function renderBlocks(a: Answer, ctx: RenderContext = NO_ACTIONS): SlackMessage {
  const message = ((): SlackMessage => {
    switch (a.kind) {
      case 'comparison':
        return comparisonBlocks(a, ctx);
      case 'upgrade':
        return upgradeBlocks(a, ctx);
      case 'cost':
        return costBlocks(a, ctx);
      case 'cheapest':
        return cheapestBlocks(a, ctx);
      case 'lanes':
        return lanesBlocks(a, ctx);
      case 'best':
        return bestBlocks(a, ctx);
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
      case 'settings':
        return saidBlocks(settingsSaid(a));
      case 'subscription':
        return saidBlocks(subscriptionSaid(a));
      case 'unavailable':
        return unavailableBlocks(a.message);
      case 'digest': {
        const rendered = renderDigest(a, 'line');
        return rendered ? { text: rendered.main.text, blocks: [...rendered.main.blocks] } : unavailableBlocks('No price changes this week.');
      }
    }
  })();
  // The fallback text is read as mrkdwn too: escape it so nothing in it can ping anyone.
  return fitToBudget({ text: clip(esc(message.text), LIMITS.fallbackText), blocks: message.blocks });
}
