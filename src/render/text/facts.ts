// Terminal text for fact answers and "I can't see that" answers.
import type { CannotSeeAnswer, FactAnswer } from '../../ask/answer.ts';
import { aheadSentence, cannotSeeWhy, factSentence, factSource } from '../facts.ts';

export function factText(a: FactAnswer): string {
  const sources = a.facts.map(factSource).filter((s): s is string => s !== undefined);
  return [
    ...(a.scope ? [`${a.scope}.`, ...(a.facts.length > 0 ? [''] : [])] : []),
    ...[aheadSentence(a)].flatMap((ahead) => (ahead ? [ahead, ''] : [])),
    ...a.facts.map((f) => factSentence(a, f)),
    ...(sources.length > 0 ? ['', 'Sources:', ...sources.map((s) => `  ${s}`)] : []),
  ].join('\n');
}

export function cannotSeeText(a: CannotSeeAnswer): string {
  return [cannotSeeWhy(a), '', 'What I can do instead:', ...a.instead.map((i) => `  ${i.command}  — ${i.what}`)].join('\n');
}
