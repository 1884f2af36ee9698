// Sends requests to the app as Slack does: signed with v0 HMAC-SHA256 over "v0:timestamp:body".
import { createHmac } from 'node:crypto';
import type { Settings } from '../../src/config.ts';

export const SIGNING_SECRET = '8f742231b10e8888abcd9900000085a5';

/** The HTTP-mode settings the end-to-end tests start the app with, against a fake Slack at `fakeUrl`. */
export function httpSettings(fakeUrl: string): Settings {
  return {
    mode: 'http',
    botToken: 'xoxb-test-token-000',
    signingSecret: SIGNING_SECRET,
    apiUrl: `${fakeUrl}/api/`,
    port: 0,
    host: '127.0.0.1',
    logLevel: 'warn',
    syncIntervalMs: 0,
  };
}

export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Replace the signature (forgeries); null sends none. */
  signature?: string | null;
}

export async function send(base: string, body: string, contentType: string, options: SendOptions = {}): Promise<{ status: number; text: string; contentType: string | null }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp) };
  const sig = options.signature === undefined ? signature(body, timestamp) : options.signature;
  if (sig !== null) headers['x-slack-signature'] = sig;
  const res = await fetch(`${base}/slack/events`, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text(), contentType: res.headers.get('content-type') };
}

export function slashCommand(base: string, fake: string, command: string, text: string, options: SendOptions & { id?: string; user?: string } = {}) {
  const body = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'acme',
    channel_id: 'C1',
    channel_name: 'ai-costs',
    user_id: options.user ?? 'U1',
    user_name: 'ada',
    command,
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: `${fake}/response/${options.id ?? 'cmd'}`,
    trigger_id: '1337.42.abcd',
  }).toString();
  return send(base, body, 'application/x-www-form-urlencoded', options);
}

export function event(base: string, inner: Record<string, unknown>, options: SendOptions = {}) {
  const body = JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event: inner,
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 10)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
  });
  return send(base, body, 'application/json', options);
}

export function interaction(base: string, payload: Record<string, unknown>, options: SendOptions = {}) {
  const body = new URLSearchParams({
    payload: JSON.stringify({ token: 'legacy-verification-token', api_app_id: 'A1', team: { id: 'T1', domain: 'acme' }, ...payload }),
  }).toString();
  return send(base, body, 'application/x-www-form-urlencoded', options);
}
