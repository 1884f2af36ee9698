// The words for fact answers and "I can't see that" answers, shared by the terminal and Block Kit renderers.
import type { CannotSeeAnswer, FactAnswer } from '../ask/answer.ts';
import { count, wordList } from '../cost/format.ts';

type Fact = FactAnswer['facts'][number];

/** That the catalog does not record the field, in words fit for it. */
function notRecorded(a: Pick<FactAnswer, 'subject' | 'attribute'>): string {
  switch (a.attribute) {
    case 'benchmark':
      // A benchmark named for its score ("LMArena text score") is not said twice.
      return `no ${a.subject}${/\bscore$/i.test(a.subject) ? '' : ' score'} in the catalog`;
    case 'retirement':
      return 'no retirement date in the catalog';
    case 'max-input':
      return 'no separate maximum input recorded in the catalog';
    case 'surface':
      return `whether it is offered for ${a.subject} is not recorded in the catalog`;
    case 'rate-limits':
    case 'batch-price':
      return `no ${a.subject} recorded in the catalog`;
    default:
      return `whether it supports ${a.subject} is not recorded in the catalog`;
  }
}

/** One model's fact as a sentence: the answer, or that the catalog does not record it, with what else it knows. */
export function factSentence(a: Pick<FactAnswer, 'subject' | 'attribute'>, f: Fact): string {
  const lead = f.answer === 'yes' ? 'Yes — ' : f.answer === 'no' ? 'No — ' : '';
  const body = f.recorded ? `${lead}${f.value}` : notRecorded(a);
  const details = f.details.length > 0 ? ` (${f.details.join('; ')})` : '';
  return `${f.name}: ${body}${details}.`;
}

/** Where the fact was read, or nothing when it is an absence. */
export function factSource(f: Fact): string | undefined {
  return f.source ? `${f.name}: ${f.source.url}${f.source.via ? ` via ${f.source.via}` : ''}, checked ${f.source.checked}` : undefined;
}

/** Which of several models scores higher on the benchmark asked: "GPT-5 scores higher on X: 35.3 against 25.9 for Gemini 2.5 Pro." */
export function aheadSentence(a: FactAnswer): string | undefined {
  const scores = a.ahead?.scores;
  const [top, next, ...rest] = scores ?? [];
  if (!a.ahead || !top || !next) return undefined;
  const tied = (scores ?? []).filter((s) => s.score === top.score);
  if (tied.length > 1) {
    const others = (scores ?? []).filter((s) => s.score !== top.score);
    return `${wordList(tied.map((s) => s.name))} tie on the ${a.ahead.benchmark} at ${top.text}${others.length > 0 ? `, ahead of ${others.map((s) => `${s.name} (${s.text})`).join(', ')}` : ''}.`;
  }
  if (rest.length === 0) return `${top.name} scores higher on the ${a.ahead.benchmark}: ${top.text} against ${next.text} for ${next.name}.`;
  return `${top.name} scores highest on the ${a.ahead.benchmark}: ${top.text}, then ${[next, ...rest].map((s) => `${s.name} ${s.text}`).join(', ')}.`;
}

/** The fallback line: which scores higher where several were set against each other, else the first fact, and how many more. */
export function factSummary(a: FactAnswer): string {
  const ahead = aheadSentence(a);
  if (ahead) return ahead;
  const first = a.facts[0];
  if (!first) return a.scope ? `${a.scope}.` : `Nothing to say about ${a.subject}.`;
  return `${factSentence(a, first)}${a.facts.length > 1 ? ` (+${a.facts.length - 1} more)` : ''}`;
}

const WHY: Record<CannotSeeAnswer['reach'], string> = {
  spend: "I can't see your team's spend: I read public price lists, not your provider accounts, usage or invoices. Your provider's billing or usage dashboard has it.",
  hardware:
    "I can't size hardware for self-hosting: the catalog records prices, limits, licences and whether weights are open, not GPU or memory requirements. The model's publisher and your serving framework document those.",
  'how-to': "I can't walk you through setup or code: I compare models, prices, limits and evidence from a catalog of published facts. The provider's documentation covers it.",
  status: "I can't see live status, outages or latency: the catalog holds published facts, not live health. The provider's status page has it.",
  subscription:
    "I can't price subscriptions or seats (ChatGPT Plus, Claude Pro, Copilot and the like): I compare API models by the token, from published API price lists. The vendor's plans page has the seat prices.",
  compliance: "I can't vouch for compliance terms (data retention, certifications, residency): the catalog does not record them. The provider's trust or legal pages do.",
  regions:
    "I can't say which countries or regions a model is offered in: the catalog records its prices and the clouds that sell it, not where they serve it. The provider's documentation lists its regions, and each cloud its regional endpoints.",
  languages:
    "I can't say which languages a model handles well: the catalog records prices, limits and benchmark scores, and none of those scores is given by language. The provider's model page lists the languages it supports.",
  training:
    "I can't price fine-tuning: the catalog records what calling a model costs per token, and whether it can be fine-tuned, not what a training run or a fine-tuned model's calls cost. The provider's pricing page lists training prices.",
  media:
    "I can't price per image, per video or per minute of audio: the catalog records per-token prices of chat models. An image or a recording sent to a model is billed as input tokens at its input price; generated images, video and speech are priced by other models' price lists.",
  tokenizer: "I can't count tokens exactly: each model's tokenizer splits text its own way, and the catalog records prices, not tokenizers.",
  truthfulness:
    "I can't say which model makes things up least: no benchmark the catalog carries measures hallucination or factual accuracy, and a broad quality score is no stand-in for it. Test on your own questions, with sources to check against.",
  'long-prompts':
    "I can't say how well a model holds up deep into a long prompt: no benchmark the catalog carries measures long-context recall or how quality falls off with length. It records each model's context window and maximum input, and the long-context lane's picks rest on broad quality scores as proxies.",
  parameters:
    "I can't say how many parameters a model has: the catalog records prices, limits, capabilities, licences and benchmark scores, not model sizes (a size in an open model's name, such as 70B, is its publisher's). The publisher's model card gives it where published.",
  'price-terms':
    "I can't price by the hour: the catalog records each model's published per-token prices (with its cached-input, cache-write, batch and tier prices where published), not discounts that change with the time of day or what keeping a cache costs per hour. The provider's pricing page has those terms.",
  popularity:
    "I can't see how widely a model is used: the catalog records published prices, limits and benchmark scores, not usage or market share. What I can rank is price, quality scores, release date and context.",
};

/** OpenAI's rule of thumb for English text, which volumes given in words are read at too. */
const WORDS_RULE = "OpenAI's rule of thumb: an English word is about 4/3 of a token (a token about ¾ of a word); code, numbers and other languages take more";

export function cannotSeeWhy(a: CannotSeeAnswer): string {
  if (a.reach !== 'tokenizer') return WHY[a.reach];
  const e = a.estimate;
  if (!e) return `${WHY.tokenizer} By ${WORDS_RULE}.`;
  const [from, to] = e.asked === 'tokens' ? [`${count(e.words)} words`, `${count(e.tokens)} tokens`] : [`${count(e.tokens)} tokens`, `${count(e.words)} words`];
  return `${from} is about ${to}, by ${WORDS_RULE}. ${WHY.tokenizer}`;
}
