// Slash-command requests as Slack sends them: form-encoded, signed with v0 HMAC-SHA256 over
// "v0:<timestamp>:<body>". Bolt refuses timestamps older than 5 minutes, so a run signs its bodies once
// with a fresh timestamp; each distinct body needs its own signature.
import { createHmac } from 'node:crypto';

/** A signing secret for the bench only (never a real app's). */
export const BENCH_SIGNING_SECRET = '6e63686d61726b2d6f6e6c792d736563726574';
export const BENCH_BOT_TOKEN = 'xoxb-bench-000-000';

export function sign(body: string, timestamp: number, secret = BENCH_SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface CommandLoad {
  /** e.g. "compare", used in the response_url path so the fake can tell the replies apart. */
  key: string;
  command: '/compare' | '/models';
  /** The texts typed, for the "repeated" variant: each becomes one body (several bodies → several signatures). */
  texts: string[];
  /** The i-th of an endless supply of different texts of the same kind, for the "distinct" variant. */
  distinct: (i: number) => string;
}

/** Real model ids the /compare texts pair up (every one is in the real and in the generated catalog). */
export const COMPARE_POOL = [
  'gpt-4.1-mini', 'gpt-5.3-codex', 'gpt-5.4', 'gpt-4.1', 'gpt-4o-mini', 'o3', 'o4-mini', 'gpt-5-mini',
  'claude-sonnet-4-5', 'claude-opus-4-1', 'claude-haiku-4-5', 'claude-sonnet-4-0',
  'gemini-2.5-pro', 'gemini-2.5-flash', 'gemini-2.0-flash', 'grok-4.3', 'deepseek-chat', 'deepseek-reasoner',
  'mistral-medium-3', 'mistral-large-2411',
];
const PAIRS = COMPARE_POOL.flatMap((a, i) => COMPARE_POOL.slice(i + 1).map((b) => `${a} ${b}`));

/** The two loads the issue names: /compare (a few realistic pairs) and /models cheapest 50M. */
export const LOADS: CommandLoad[] = [
  {
    key: 'compare',
    command: '/compare',
    texts: ['gpt-4.1-mini gpt-5.3-codex', 'claude-sonnet-4-5 gemini-2.5-pro', 'gpt-5.4 grok-4.3 for 50M tokens', 'deepseek-chat mistral-medium-3'],
    distinct: (i) => `${PAIRS[i % PAIRS.length]} for ${1 + Math.floor(i / PAIRS.length)}M tokens`,
  },
  { key: 'cheapest', command: '/models', texts: ['cheapest 50M', 'cheapest 50M', 'cheapest 50M', 'cheapest 50M'], distinct: (i) => `cheapest ${i + 1}M` },
];

function signedRequest(load: CommandLoad, text: string, i: number, responseBase: string, timestamp: number): SignedRequest {
  const body = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0BENCH',
    team_domain: 'bench',
    channel_id: `C0BENCH${i % 50}`,
    channel_name: 'ai-costs',
    user_id: `U0BENCH${i}`,
    user_name: `user${i}`,
    command: load.command,
    text,
    api_app_id: 'A0BENCH',
    is_enterprise_install: 'false',
    response_url: `${responseBase}/response/${load.key}/${i}`,
    trigger_id: `1337.${i}.bench`,
  }).toString();
  return {
    method: 'POST',
    path: '/slack/events',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp),
    },
    body,
  };
}

/** One signed request per text of the repeated set (users and trigger ids differ, so equal texts are distinct bodies). */
export function signedRequests(load: CommandLoad, responseBase: string, timestamp = Math.floor(Date.now() / 1000)): SignedRequest[] {
  return load.texts.map((text, i) => signedRequest(load, text, i, responseBase, timestamp));
}

/** `count` signed requests with different texts, starting at the `from`-th text of the load's distinct supply. */
export function distinctRequests(load: CommandLoad, responseBase: string, from: number, count: number, timestamp = Math.floor(Date.now() / 1000)): SignedRequest[] {
  return Array.from({ length: count }, (_, k) => signedRequest(load, load.distinct(from + k), from + k, responseBase, timestamp));
}
