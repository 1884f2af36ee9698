// Labels written for a table heading, set inside a sentence.

/** A row label inside a sentence: "Context window" → "context window", but "SWE-bench Pro" and "GPT-5" stay as written. */
export const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label);
