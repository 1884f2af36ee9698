// A workload split across the models named: by shares ("80% of 100M tokens to gpt-5-mini and 20% to gpt-5", "70% of
// traffic to haiku 4.5, the rest to sonnet 4.5") or by each one's volume ("50M tokens on gpt-5 plus 200M on
// gpt-5-mini"). Read on the text with the model names taken out (maskModelNames), so a name's digits are never a share.
import { parseVolume } from '../cost/parse.ts';
import { replaceMatches } from './extract.ts';
import { PLACEHOLDER_SOURCE, placeholderId } from './names.ts';
import { SHARE_WORD, shareOf, shareSaid } from './share-words.ts';

/** One model's part of the month: a share of the month's tokens, or its own tokens. */
export type SplitPart = { model: string; share: number } | { model: string; tokens: number };

/** A name taken out of the text (maskModelNames). */
const NAME = PLACEHOLDER_SOURCE;
const TO = String.raw`(?:(?:is|are|goes|go|going|gets?|sent|routed|handled)\s+)?(?:to|on|for|with|via|through|by|in|using)\s+(?:the\s+)?`;
/** "80% of 100M tokens to A", "20% to A", "70% of traffic goes to A", "60% A and 40% B". */
const SHARE_TO = new RegExp(String.raw`(?<![\w.])(-?\s*\d{1,3}(?:\.\d+)?)\s*%(\s+of\s+(?:[\w$.,/-]+\s+){0,5}?)?\s*(?:${TO})?(${NAME})`, 'gi');
/** "A 60/40 split between A and B", "split 70/30 across A and B": the shares in the order the names come. */
const SPLIT_BETWEEN = new RegExp(
  String.raw`(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*%?\s*\/\s*(\d{1,3}(?:\.\d+)?)\s*%?\s+(?:split\s+)?(?:between|across|over|among)\s+(?:the\s+)?(${NAME})\s*(?:and|&|,)\s*(?:the\s+)?(${NAME})`,
  'i',
);
/** "A for 20%", "A gets the other 30%". */
const NAME_SHARE = new RegExp(String.raw`(${NAME})\s+(?:for|at|gets?|takes?|handles?|with|on|does)\s+(?:the\s+)?(?:other\s+|remaining\s+)?(-?\s*\d{1,3}(?:\.\d+)?)\s*%`, 'gi');
/** "the rest to A", "the remainder on A". */
const REST_TO = new RegExp(String.raw`\b(?:the\s+)?(?:rest|remainder|remaining|others?)(?:\s+[\w-]+){0,2}?\s+${TO}(${NAME})`, 'gi');
/** What a share's words may not be: a cached share, a mix or a batch share is no split across models. */
const NOT_A_SPLIT = /cach|batch|input|output|prompt|discount|\boff\b|cheaper|faster|better|more|less/i;

const VOLUME = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(k|m|b|bn|t|thousand|million|billion|trillion)?\s*(?:tokens?|toks?)?((?:\s*\/\s*|\s+(?:a|an|per|each)\s+)(?:day|week|month|year|hour|mo|yr)|\s+(?:daily|weekly|monthly|yearly))?`;
/** "50M tokens on A", "200M a month to A". */
const VOLUME_ON = new RegExp(String.raw`(?<![\w.$])${VOLUME}\s+${TO}(${NAME})`, 'gi');
/** "A at 50M tokens", "A for 200M a month". */
const NAME_VOLUME = new RegExp(String.raw`(${NAME})\s+(?:at|for|with|on|gets?|takes?|handles?|does)\s+${VOLUME}`, 'gi');
/** A volume split is asked as one bill: "total", "plus", "combined"; with "vs", "or", "cheaper", each at its own volume is set against the others. */
const ONE_BILL = /\b(?:total|plus|combined|together|altogether|in all|overall|sum|bill|spend)\b|\+/i;
const AGAINST = /\b(?:vs\.?|versus|or|compare[ds]?|comparison|cheaper|better|than|instead)\b/i;

/**
 * "Move half our traffic from A to B", "switch 30% of requests from A to B", "route a third of the volume off A onto
 * B": that share of the month on B, the rest staying on A.
 */
const MOVED_SHARE = new RegExp(
  String.raw`\b(?:move|moving|moved|switch|switching|shift|shifting|route|routing|send|sending|migrate|migrating|put|putting|offload|offloading|swap|swapping)\s+(?:over\s+)?(?:(?:about|roughly|around|only|just)\s+|~\s*)?(${SHARE_WORD}|-?\d{1,3}(?:\.\d+)?\s*%)\s+(?:of\s+)?(?:(?:our|the|my|their|its|all|all of our|all the)\s+)?(?:(?:traffic|requests?|volume|calls?|usage|load|workloads?|tokens?|queries|prompts|jobs|work|api calls)\s+)?(?:from|off(?:\s+of)?)\s+(${NAME})\s+(?:to|onto|over to|into|over onto)\s+(${NAME})`,
  'i',
);

/** "Move 30% of our sonnet 4.5 traffic to haiku 4.5": the share of one model's traffic, named inside it. */
const MOVED_SHARE_OF = new RegExp(
  String.raw`\b(?:move|moving|moved|switch|switching|shift|shifting|route|routing|send|sending|migrate|migrating|put|putting|offload|offloading)\s+(?:over\s+)?(?:(?:about|roughly|around|only|just)\s+|~\s*)?(${SHARE_WORD}|-?\d{1,3}(?:\.\d+)?\s*%)\s+of\s+(?:(?:our|the|my|their|its)\s+)?(${NAME})\s+(?:traffic|requests?|volume|calls?|usage|load|workloads?|tokens?|queries|prompts|jobs|work|api calls)\s+(?:to|onto|over to|into|over onto)\s+(${NAME})`,
  'i',
);

function volumeOf(n: string, unit: string | undefined, period: string | undefined): number | undefined {
  if (!unit && !period) return undefined;
  const parsed = parseVolume(`${n.replace(/,/g, '')}${unit ?? ''}${period ?? ''}`);
  return parsed.ok ? parsed.value.tokensPerMonth : undefined;
}

/**
 * The split said, with the text left to read (the shares and each part's volume taken out, the names left in place),
 * or a problem (shares that do not add up); undefined when the text splits nothing across two or more names.
 */
export function readSplit(masked: string, exact: readonly string[]): { parts: SplitPart[]; rest: string; movedFrom?: string; eachOwn?: true } | { problem: string } | undefined {
  if (exact.length < 2) return undefined;
  const moved = movedShare(masked, exact);
  if (moved) return moved;
  let rest = masked;
  const shares = new Map<string, number>();
  const between = SPLIT_BETWEEN.exec(masked);
  const [first, second] = [placeholderId(between?.[3] ?? '', exact), placeholderId(between?.[4] ?? '', exact)];
  if (between && first !== undefined && second !== undefined && first !== second) {
    shares.set(first, shareOf(between[1] as string));
    shares.set(second, shareOf(between[2] as string));
    rest = `${masked.slice(0, between.index)} ${between[3]} ${between[4]} ${masked.slice(between.index + between[0].length)}`;
  }
  const take = (re: RegExp, read: (m: RegExpExecArray) => boolean, keep: (m: RegExpExecArray) => string) => {
    rest = replaceMatches(rest, re, (m) => (read(m) ? keep(m) : (m[0] as string)));
  };
  take(
    SHARE_TO,
    (m) => {
      const id = placeholderId(m[3] as string, exact);
      if (id === undefined || NOT_A_SPLIT.test(m[2] ?? '')) return false;
      shares.set(id, shareOf(m[1] as string));
      return true;
    },
    // The share goes; "of 100M tokens" stays for the month's volume, and the name stays in its place.
    (m) => ` ${m[2] ?? ''} ${m[3]} `,
  );
  take(
    NAME_SHARE,
    (m) => {
      const id = placeholderId(m[1] as string, exact);
      if (id === undefined || shares.has(id) || NOT_A_SPLIT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
      shares.set(id, shareOf(m[2] as string));
      return true;
    },
    (m) => ` ${m[1]} `,
  );
  if (shares.size >= 1) {
    let restOf: string | undefined;
    take(
      REST_TO,
      (m) => {
        const id = placeholderId(m[1] as string, exact);
        if (id === undefined || shares.has(id) || restOf !== undefined) return false;
        restOf = id;
        return true;
      },
      (m) => ` ${m[1]} `,
    );
    const sum = [...shares.values()].reduce((a, b) => a + b, 0);
    if (restOf !== undefined) shares.set(restOf, Number((1 - sum).toPrecision(12)));
    // Every model named has its part, or this is no split of them all.
    if (shares.size < new Set(exact).size) return undefined;
    const total = [...shares.values()].reduce((a, b) => a + b, 0);
    const none = [...shares].filter(([, s]) => s <= 0).map(([id, s]) => `${id} at ${Number((s * 100).toFixed(4))}%`);
    if (none.length > 0)
      return {
        problem: `Each model's share must be more than 0% (${none.join(', ')}): leave out a model that takes no traffic, and give shares that add up to 100%.`,
      };
    if (Math.abs(total - 1) > 1e-9)
      return {
        problem: `The shares add up to ${Number((total * 100).toFixed(4))}%: give each model's share so they add up to 100% (such as 80% to gpt-5-mini and 20% to gpt-5), or say where the rest goes.`,
      };
    return { parts: [...shares].map(([model, share]) => ({ model, share })), rest };
  }
  // "200M tokens on A or 50M on B?": each at its own volume, set against each other rather than added up.
  const against = AGAINST.test(masked);
  if (!ONE_BILL.test(masked) && !against) return undefined;
  const volumes = new Map<string, number>();
  const volumeTake = (re: RegExp, at: { n: number; unit: number; period: number; name: number }) =>
    take(
      re,
      (m) => {
        const id = placeholderId(m[at.name] as string, exact);
        const tokens = volumeOf(m[at.n] as string, m[at.unit], m[at.period]);
        if (id === undefined || tokens === undefined || volumes.has(id)) return false;
        volumes.set(id, tokens);
        return true;
      },
      (m) => ` ${m[at.name]} `,
    );
  volumeTake(VOLUME_ON, { n: 1, unit: 2, period: 3, name: 4 });
  volumeTake(NAME_VOLUME, { name: 1, n: 2, unit: 3, period: 4 });
  if (volumes.size < new Set(exact).size) return undefined;
  return { parts: [...volumes].map(([model, tokens]) => ({ model, tokens })), rest, ...(against ? { eachOwn: true as const } : {}) };
}

/** A share moved from one model to another ("switch half our traffic from A to B"): the two parts, and where it moved from. */
function movedShare(masked: string, exact: readonly string[]): { parts: SplitPart[]; rest: string; movedFrom: string } | { problem: string } | undefined {
  const m = MOVED_SHARE.exec(masked) ?? MOVED_SHARE_OF.exec(masked);
  if (!m) return undefined;
  const [said = '', fromName = '', toName = ''] = [m[1], m[2], m[3]];
  const from = placeholderId(fromName, exact);
  const to = placeholderId(toName, exact);
  if (from === undefined || to === undefined || from === to) return undefined;
  const share = shareSaid(said) ?? shareOf(said.replace('%', ''));
  // All of it is a move, not a split.
  if (share === 1) return undefined;
  if (!(share > 0 && share < 1))
    return { problem: `Cannot move ${said.trim()} of the traffic: give a share above 0% and below 100% (such as half, or 30%), or ask about moving all of it.` };
  const kept = Number((1 - share).toPrecision(12));
  return {
    parts: [
      { model: from, share: kept },
      { model: to, share: Number(share.toPrecision(12)) },
    ],
    rest: `${masked.slice(0, m.index)} ${fromName} ${toName} ${masked.slice(m.index + m[0].length)}`,
    movedFrom: from,
  };
}
