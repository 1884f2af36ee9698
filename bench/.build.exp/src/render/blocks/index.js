import { billBlocks } from './bill.js';
import { noticeLines } from '../notices.js';
import { NO_ACTIONS } from './actions.js';
import { modelCardBlocks } from './card.js';
import { BRIEF_MESSAGE_BYTES, comparisonBlocks, upgradeBlocks } from './compare.js';
import { costBlocks } from './cost.js';
import { bestBlocks, cheapestBlocks, lanesBlocks } from './rankings.js';
import { clip, context, esc, fitToBudget, LIMITS } from './kit.js';
import { quietDigest } from '../words.js';
import { renderDigest } from './digest.js';
import { watchBlocks } from './watch.js';
import { settingsSaid, subscriptionSaid } from '../workspace.js';
import { cannotSeeBlocks, factBlocks } from './facts.js';
import { attributeBlocks, saidBlocks, helpBlocks, inputProblemBlocks, notUnderstoodBlocks, unavailableBlocks, unknownModelBlocks, whereBlocks } from './messages.js';
function withNotices(message, lines) {
    if (lines.length === 0)
        return message;
    const notes = context(lines.slice(0, LIMITS.contextElements).map((l) => esc(l)));
    const blocks = [...message.blocks];
    const at = blocks.length > 0 && blocks[blocks.length - 1]?.type === 'actions' ? blocks.length - 1 : blocks.length;
    blocks.splice(at, 0, notes);
    return { text: `${message.text}\n${lines.join('\n')}`, blocks };
}
export function renderBlocks(a, ctx = NO_ACTIONS) {
    const lines = noticeLines(a.notices);
    const message = (() => {
        switch (a.kind) {
            case 'comparison':
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
    return fitToBudget({ text: clip(esc(noted.text), LIMITS.fallbackText), blocks: noted.blocks });
}
//# sourceMappingURL=index.js.map