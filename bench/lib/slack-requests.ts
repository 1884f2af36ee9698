// Slash-command requests as Slack sends them: form-encoded, signed with v0 HMAC-SHA256 over
// "v0:<timestamp>:<body>". Bolt refuses timestamps older than 5 minutes, so a run signs its bodies once
// with a fresh timestamp; each body needs its own signature.
import { createHmac } from 'node:crypto';
import type { CommandLoad } from './texts.ts';

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

/**
 * `count` signed requests numbered from `from`. Each is a body of its own (user, trigger id and
 * response_url carry its number), as every command Slack sends is: a body sent twice is a replay, which
 * the bot acknowledges without acting on it. "distinct" texts are the `from`-th and following of the
 * load's computed supply; "repeated" ones rotate through the issue's few texts.
 */
export function commandRequests(
  load: CommandLoad,
  variant: 'repeated' | 'distinct',
  responseBase: string,
  from: number,
  count: number,
  timestamp = Math.floor(Date.now() / 1000),
): SignedRequest[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return signedRequest(load, variant === 'distinct' ? load.distinct(i) : (load.texts[i % load.texts.length] as string), i, responseBase, timestamp);
  });
}
