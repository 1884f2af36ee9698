// One model's place in a ranking, asked: "where does gpt-5 rank?", "is gpt-5 in the top 10 for coding?", "what's
// claude sonnet 4.5's place on lmarena?". The words after the name say which ranking; none (or "on this list") point
// back at the ranking before.
import type { Catalog } from '../catalog/validate.ts';
import { resolveModel } from '../catalog/resolve.ts';
import { findModelNames } from './names.ts';

/** A place question's opening: "so", "and", "ok" before it. */
export const LEAD = String.raw`^\s*(?:(?:so|and|ok(?:ay)?|but|hmm|also|then)[\s,]+)?`;
/** The ranking before, pointed at: "on this list", "in there", "among them". */
const THIS_RANKING = String.raw`(?:(?:on|in|within|among)\s+(?:this|that|the|your|these|those)\s+(?:list|ranking|rankings|table|results?|ones?|models?|picks?|leaderboard)|(?:in|on)\s+(?:there|here|it)|among\s+(?:them|these|those))`;
const PLACE_ASKED = [
  // "Where does gpt-5 rank (on aider)?", "how high does sonnet 4.5 place?", "where is gpt-5 ranked for coding?"
  String.raw`${LEAD}(?:where|how(?:\s+(?:high|low|well))?)\s+(?:does|do|did|would|will|is|are)\s+(?<name>.+?)\s+(?<verb>rank(?:ed|ing)?|place[ds]?|land|stand|sit|come\s+in|fall|appear|show\s+up|end\s+up)\b(?<rest>.*)$`,
  // "Where is gpt-5 on this list?", "where's o3 in there?"
  String.raw`${LEAD}where(?:'s|’s|\s+is)\s+(?<name>.+?)\s+(?<rest>${THIS_RANKING}.*)$`,
  // "What's gpt-5's rank (on lmarena)?", "what is o3's position?"
  String.raw`${LEAD}what(?:'s|’s|\s+is)\s+(?<name>.+?)['’]s?\s+(?:rank|ranking|place|position|spot|standing)\b(?<rest>.*)$`,
  // "What rank is gpt-5 (on aider)?", "what place does o3 get?"
  String.raw`${LEAD}what\s+(?:rank|place|position|spot|number)\s+(?:is|does|did)\s+(?<name>.+?)(?:\s+(?:get|hold|take|have|rank|come\s+in))?(?<rest>(?:\s+(?:on|in|for|among|by|within)\b.*)?)$`,
  // "Is gpt-5 in the top 10 for coding?", "does o3 make the top 5?", "is gpt-5 in there?"
  String.raw`${LEAD}(?:is|does)\s+(?<name>.+?)\s+(?:make\s+(?:it\s+(?:in|into|onto)\s+)?|(?:rank|place)\s+(?:in|among)\s+|(?:in|on|among)\s+)(?<rest>(?:the\s+)?top\s*\d*\b.*|(?:there|here|it)\b.*|(?:this|that|the|your)\s+(?:list|ranking|rankings|table|leaderboard)\b.*)$`,
].map((source) => new RegExp(source, 'i'));
/** Words after the name that name no other ranking: "on this list", "in there", "the top 10". */
const POINTS_BACK = new RegExp(String.raw`^(?:${THIS_RANKING}|there|here|it|(?:the\s+)?top(?:\s*\d+)?(?:\s+(?:ones?|models?|picks?|spots?|places?))?)?$`, 'i');

export interface PlaceAsked {
  /** The model as named. */
  name: string;
  /** The words after it that say which ranking ("on aider", "the top 10 for coding"); '' when none. */
  rest: string;
  /** Whether those words point back at the ranking before (or there are none). */
  before: boolean;
  /** "In the top 10": the places it is asked to be within. */
  within?: number;
  /** Whether a ranking was asked in so many words ("rank", "ranked"), not a looser verb ("where does it stand"). */
  ranked: boolean;
}

/** The model whose place is asked and the ranking named after it; undefined when the text asks no place of one model. */
export function placeAsked(catalog: Catalog, text: string): PlaceAsked | undefined {
  // Most texts ask no place: the word test keeps the patterns off them.
  if (!/\b(?:rank|place|land|stand|sit|come|fall|appear|show|end|where|position|spot|standing|top|list|there|number)/i.test(text)) return undefined;
  const asked = text.replace(/[\s?.!]+$/, '');
  for (const re of PLACE_ASKED) {
    const m = re.exec(asked);
    const typed = m?.groups?.name?.trim();
    if (!m || !typed) continue;
    // One name, the whole of what stands there, that the catalog knows ("llama 3.3 70b", read loosely, included).
    const found = findModelNames(catalog, typed);
    if (found.length !== 1 || found[0]?.typed.toLowerCase() !== typed.toLowerCase() || resolveModel(catalog, found[0].name).kind === 'unknown') continue;
    const rest = (m.groups?.rest ?? '').trim();
    // A second model after it ("where does gpt-5 stand against o3?") is a comparison, not a place.
    if (findModelNames(catalog, rest, false).length > 0) return undefined;
    const top = /\btop\s*(\d{1,3})\b/i.exec(rest);
    const within = top && Number(top[1]) >= 1 ? { within: Number(top[1]) } : {};
    const ranked = /^rank/i.test(m.groups?.verb ?? '') || /\b(?:rank|ranking|place|position|spot|standing|top)\b/i.test(m[0]);
    return { name: found[0]?.name as string, rest, before: POINTS_BACK.test(rest), ranked, ...within };
  }
  return undefined;
}
