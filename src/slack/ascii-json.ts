// JSON whose every character is ASCII, non-ASCII ones written as \u escapes (JSON's own, which Slack
// reads as it reads the characters). A reply is serialized once and sent many times from the answer
// cache; as ASCII it is one byte per character everywhere: read from the cache's bytes as Latin-1 (a
// copy, about 1 µs for 6 KB, where decoding UTF-8 into a two-byte string takes 14 µs), and written to
// the socket without re-encoding. The escapes add a few hundred bytes to a typical 5–10 KB reply.

const NON_ASCII = /[\u0080-\uffff]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `json` (the output of JSON.stringify) with every non-ASCII character escaped. */
export function asciiJson(json: string): string {
  return json.replace(NON_ASCII, escape);
}
