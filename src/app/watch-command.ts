// Reads `/models watch …` and `/models unwatch …` (also typed to the bot in a mention or a DM) into a
// Query with intent `watch`. Names stay as typed; the answer resolves them against the catalog.
//   watch gpt-5.4-mini, claude-sonnet-5 [here | dm]     watch provider anthropic[, openai] [here | dm]
//   watch list   (or just: watch)                        unwatch gpt-5.4-mini | provider anthropic | all
import { emptyQuery, type Query } from '../ask/query.ts';
import { WATCH_FORMS, type WatchCommand } from '../digest/watch.ts';

const COMMAND = /^\s*(?:\/models\s+)?(watch|unwatch)(?:\s+([\s\S]*))?$/i;

/** Names separated by commas, "and" or spaces; a comma-separated name may hold spaces ("claude sonnet 5"). */
function names(text: string): string[] {
  const parts = text
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  // Without commas, each word is a name ("watch gpt-5.4-mini grok-4.3").
  return parts.length === 1 && !text.includes(',') ? (parts[0] as string).split(/\s+/) : parts;
}

/** What a watch is for, said after the names ("watch gpt-5 for price changes", "watch claude pricing"): every watch is for that. */
const FOR_CHANGES =
  /\s+(?:(?:for|on|about)\s+(?:any\s+|new\s+)?(?:(?:price|pricing)\s+)?(?:changes?|updates?|drops?|cuts?|increases?|moves?|news)|(?:price|pricing)(?:\s+(?:changes?|updates?))?|prices)\s*[.!?]*$/i;

function read(verb: 'watch' | 'unwatch', rest: string): WatchCommand | string {
  let words = rest.trim().replace(FOR_CHANGES, '');
  if (verb === 'watch' && (words === '' || /^(?:list|ls|show)$/i.test(words))) return { action: 'list' };
  if (verb === 'unwatch' && /^(?:all|everything)$/i.test(words)) return { action: 'remove', models: [], providers: [], all: true };
  let to: 'here' | 'dm' = 'here';
  const where = /\s*\b(here|dm|in (?:a |my )?dm|by dm|to me)\s*$/i.exec(words);
  if (where && verb === 'watch') {
    to = /here/i.test(where[1] as string) ? 'here' : 'dm';
    words = words.slice(0, where.index).trim().replace(FOR_CHANGES, '');
  }
  const provider = /^providers?\s+([\s\S]+)$/i.exec(words);
  const models = provider ? [] : names(words);
  const providers = provider ? names(provider[1] as string).map((p) => p.toLowerCase()) : [];
  if (models.length === 0 && providers.length === 0) return `Tell me what to ${verb}: a model or a provider.`;
  return verb === 'watch' ? { action: 'add', models, providers, to } : { action: 'remove', models, providers, all: false };
}

/** The watch Query the text asks for, or undefined when the text is not a watch command. */
export function watchQuery(text: string): Query | undefined {
  const m = COMMAND.exec(text);
  if (!m) return undefined;
  const verb = (m[1] as string).toLowerCase() as 'watch' | 'unwatch';
  const command = read(verb, m[2] ?? '');
  const query: Query = { ...emptyQuery(text.trim(), 'watch') };
  if (typeof command === 'string') return { ...query, problems: [`${command} Forms: ${WATCH_FORMS.join('; ')}.`] };
  return { ...query, watch: command };
}
