// How names are compared: forgiving of case, spacing and punctuation, so "GPT 4.1 mini",
// "gpt4.1-mini" and "openai/gpt-4.1-mini" all meet "gpt-4.1-mini".

/** OpenRouter variant suffixes that name a way of buying a model, not a different model. */
const VARIANT_SUFFIX = /:(batch|free|online|nitro|floor|extended|thinking|beta)$/;

/** The part after a vendor prefix ("x-ai/grok-4.3" → "grok-4.3"), without an OpenRouter variant suffix. */
export function stripVendor(text: string): string {
  const trimmed = text.trim().toLowerCase().replace(VARIANT_SUFFIX, '');
  const slash = trimmed.lastIndexOf('/');
  return slash >= 0 ? trimmed.slice(slash + 1) : trimmed;
}

/** The comparison key: lower case, vendor prefix dropped, spaces, dots, dashes, underscores removed; "+" is "plus" ("Command R+"). */
export function normalizeName(text: string): string {
  return stripVendor(text.normalize('NFKC'))
    .replace(/\+/g, 'plus')
    .replace(/[\s._\-/:]+/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Words and numbers of a name, for partial matches ("claude sonnet" ⊂ "claude-sonnet-4-6"). */
export function nameTokens(text: string): string[] {
  return stripVendor(text.normalize('NFKC'))
    .replace(/\+/g, ' plus ')
    .split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .filter((t) => t !== '');
}
