// One terminal renderer for every Answer: the console, the CLI and Slack's fallback text share it.
import type { Answer, AttributeAnswer, HelpAnswer, InputProblemAnswer, NotUnderstoodAnswer, UnknownModelAnswer, WhereAnswer } from '../../ask/answer.ts';
import { bestText, lanePicksText, billText, cheapestText, comparisonText, costText, lanesText, sourcesText, upgradeText, assumptionsText } from './answers.ts';
import { renderModelCardText } from './card.ts';
import { digestText } from './digest.ts';
import { watchSaid } from '../watch.ts';
import { saidText, settingsSaid, subscriptionSaid } from '../workspace.ts';
import type { Answered } from '../../app/notices.ts';
import { noticeLines } from '../notices.ts';
import { cheapestOfferWords, directWords, helpTopicLines, notOnWords, routePrice } from '../words.ts';
import { cannotSeeText, factText } from './facts.ts';

export function helpText(a: HelpAnswer): string {
  const topic = helpTopicLines(a);
  const knows = `Model Scout knows ${a.models} models from ${a.providers.length} providers (prices checked ${a.checkedOldest} to ${a.checkedNewest}); /models help lists what to ask.`;
  // A question about the bot's figures is answered, then where to go next; not the whole help.
  if (topic.length > 0) return [...topic, '', knows].join('\n');
  return [
    `Model Scout knows ${a.models} models from ${a.providers.join(', ')} (prices checked ${a.checkedOldest} to ${a.checkedNewest}).`,
    '',
    ...a.examples.map((e) => `  ${e.command}\n      ${e.what}`),
    '',
    `Lanes: ${a.lanes.map((l) => l.id).join(', ')}.`,
  ].join('\n');
}

export function notUnderstoodText(a: NotUnderstoodAnswer): string {
  const lines = a.problems.length > 0 ? [...a.problems] : [`I could not tell what to answer for “${a.text}”.`];
  if (a.understood.length > 0) lines.push(`I understood ${a.understood.join('; ')}.`);
  if (a.suggestion) lines.push(`Did you mean \`${a.suggestion}\`?`);
  else lines.push('Try `/models help` for what I can answer.');
  return lines.join('\n');
}

export function unknownModelText(a: UnknownModelAnswer): string {
  const lines = a.names.map((n) =>
    n.kind === 'ambiguous'
      ? `${n.note}: ${n.suggestions.join(', ')}.`
      : `${n.note}.${n.suggestions.length > 0 ? ` Did you mean ${n.suggestions.join(', ')}?` : ' See `/models help`.'}`,
  );
  if (a.retries[0]) lines.push(`Try: ${a.retries[0].command}`);
  return lines.join('\n');
}

export function inputProblemText(a: InputProblemAnswer): string {
  return [...a.problems, ...a.forms].join('\n');
}

export function attributeText(a: AttributeAnswer): string {
  return [a.sentence, '', ...(a.assumptions.text.length > 0 ? [assumptionsText(a.assumptions)] : []), sourcesText(a.sources, 4)].join('\n');
}

export function whereText(a: WhereAnswer): string {
  const lines = a.models.map((m) => {
    const routes = m.routes.map((r) => `${r.platform} (${r.id}${routePrice(r) ? `, ${routePrice(r)}` : ''}, checked ${r.checked})`);
    if (!m.direct)
      return `${m.name}: ${m.provider} does not sell it directly; ${routes.length > 0 ? `hosts: ${routes.join('; ')}` : 'no host in the catalog'}.${cheapestOfferWords(m)}${notOnWords(m.notOn)}`;
    return `${m.name}: ${directWords(m.provider, m.ownPrice)}${routes.length > 0 ? `; ${routes.join('; ')}` : '; no other route in the catalog'}.${cheapestOfferWords(m)}${notOnWords(m.notOn)}`;
  });
  return [...lines, '', assumptionsText(a.assumptions), sourcesText(a.sources, 6)].join('\n');
}

/** An answer in terminal text, followed by what it says about its prices (sync figures, scheduled changes, age). */
export function renderText(a: Answered): string {
  const notes = noticeLines(a.notices);
  const body = answerText(a);
  return notes.length === 0 ? body : `${body}\n\n${notes.join('\n')}`;
}

function answerText(a: Answer): string {
  switch (a.kind) {
    case 'comparison':
      return comparisonText(a);
    case 'upgrade':
      return upgradeText(a);
    case 'cost':
      return costText(a);
    case 'bill':
      return billText(a);
    case 'cheapest':
      return cheapestText(a);
    case 'lanes':
      return lanesText(a);
    case 'best':
      return bestText(a);
    case 'lane-picks':
      return lanePicksText(a);
    case 'model-card':
      return renderModelCardText(a);
    case 'help':
      return helpText(a);
    case 'not-understood':
      return notUnderstoodText(a);
    case 'unknown-model':
      return unknownModelText(a);
    case 'input-problem':
      return inputProblemText(a);
    case 'attribute':
      return attributeText(a);
    case 'where':
      return whereText(a);
    case 'fact':
      return factText(a);
    case 'cannot-see':
      return cannotSeeText(a);
    case 'settings':
      return saidText(settingsSaid(a));
    case 'subscription':
      return saidText(subscriptionSaid(a));
    case 'watch':
      return saidText(watchSaid(a));
    case 'unavailable':
      return a.message;
    case 'digest':
      return digestText(a);
  }
}
