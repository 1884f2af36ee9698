// A small fake of Slack for end-to-end tests: the Web API methods the bot calls, and response_url
// endpoints. It records every request so tests can assert on what "Slack" received.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  method: string;
  body: Record<string, unknown>;
  /** The Authorization header the call carried ("Bearer xoxb-…"), if any. */
  authorization?: string;
}

/** A workspace the fake's oauth.v2.access installs for a code. */
export interface FakeInstall {
  teamId: string;
  teamName?: string;
  botToken: string;
  botUserId: string;
  /** The bot scopes Slack says it granted (default: a few). */
  scopes?: string[];
  /** With token rotation: the refresh token and the token's lifetime in seconds. */
  refreshToken?: string;
  expiresIn?: number;
}

const JSON_FIELDS = ['blocks', 'view', 'attachments', 'metadata'];

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(raw);
  const body: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) body[k] = JSON_FIELDS.includes(k) ? JSON.parse(v) : v;
  return body;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export class FakeSlack {
  readonly received: Received[] = [];
  /** Messages "in Slack", per channel, for conversations.history (with metadata, as Slack keeps it). */
  readonly posted: PostedMessage[] = [];
  /** Delay before answering chat.postMessage (after recording it), in ms. */
  postDelayMs = 0;
  /** Errors chat.postMessage returns for a channel, e.g. { C9: 'channel_not_found' }. */
  channelErrors: Record<string, string> = {};
  /** Next N calls of a method answer with this HTTP status (429 carries Retry-After: 1). */
  failNext: Record<string, { status: number; times: number }> = {};
  private clock = 1_700_000_000;
  private server: Server;
  private waiters: { test: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];
  /** Per-method overrides of the reply, e.g. { 'chat.postMessage': { ok: false, error: 'channel_not_found' } }. */
  replies: Record<string, Record<string, unknown>> = {};
  /** oauth.v2.access: what each authorization code installs. */
  installs: Record<string, FakeInstall> = {};
  /** oauth.v2.access with grant_type=refresh_token: the next token each refresh token yields. */
  refreshes: Record<string, { botToken: string; refreshToken: string; expiresIn: number }> = {};
  /** Bot tokens the fake has issued, by token: which workspace and bot user each one is. */
  readonly tokens = new Map<string, { teamId: string; botUserId: string }>();
  private readonly refreshOwners = new Map<string, { teamId: string; botUserId: string }>();
  /** files.uploadV2: the request body posted to each upload URL (the WebClient sends the file in a multipart form), by file id. */
  readonly uploads = new Map<string, Buffer>();
  private uploadCount = 0;
  private base = '';

  constructor() {
    this.server = createServer(async (req, res) => {
      // files.uploadV2's second step: the file's bytes, posted to the URL files.getUploadURLExternal gave.
      const upload = /^\/upload\/(F\d+)$/.exec(req.url ?? '');
      if (upload) {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        this.uploads.set(upload[1] as string, Buffer.concat(chunks));
        this.received.push({ path: req.url ?? '', method: req.method ?? 'POST', body: { bytes: Buffer.concat(chunks).length } });
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('OK - uploaded');
        return;
      }
      const body = await readBody(req);
      const path = (req.url ?? '').split('?')[0] ?? '';
      const auth = req.headers.authorization;
      const record: Received = { path, method: req.method ?? 'GET', body, ...(auth ? { authorization: auth } : {}) };
      this.received.push(record);
      for (const w of [...this.waiters]) {
        if (w.test(record)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(record);
        }
      }
      const method = path.replace(/^\/api\//, '');
      const fail = this.failNext[method];
      if (fail && fail.times > 0) {
        fail.times -= 1;
        res.writeHead(fail.status, fail.status === 429 ? { 'retry-after': '1', 'content-type': 'application/json' } : { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: fail.status === 429 ? 'ratelimited' : 'internal_error' }));
        return;
      }
      if (method === 'chat.postMessage') {
        const channel = String(body.channel);
        const error = this.channelErrors[channel];
        if (error) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error }));
          return;
        }
        const ts = `${this.clock++}.000100`;
        const metadata = typeof body.metadata === 'string' ? JSON.parse(body.metadata) : body.metadata;
        this.posted.push({ channel, ts, text: String(body.text ?? ''), ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}), ...(metadata ? { metadata } : {}) });
        if (this.postDelayMs > 0) await new Promise((r) => setTimeout(r, this.postDelayMs));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, channel, ts, message: { text: body.text } }));
        return;
      }
      if (method === 'files.getUploadURLExternal') {
        const fileId = `F${++this.uploadCount}`;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, upload_url: `${this.base}/upload/${fileId}`, file_id: fileId }));
        return;
      }
      if (method === 'files.completeUploadExternal') {
        const files = (typeof body.files === 'string' ? JSON.parse(body.files) : body.files) as { id: string; title?: string }[];
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? '' })) }));
        return;
      }
      if (method === 'oauth.v2.access') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(this.oauthAccess(body)));
        return;
      }
      if (method === 'auth.test' && !this.replies[method] && typeof auth === 'string') {
        const known = this.tokens.get(auth.replace(/^Bearer /, ''));
        if (known) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              ok: true,
              user_id: known.botUserId,
              bot_id: `B${known.teamId}`,
              team_id: known.teamId,
              user: 'modelscout',
              url: `https://${known.teamId.toLowerCase()}.slack.com/`,
            }),
          );
          return;
        }
      }
      if (method === 'conversations.history') {
        const messages = this.posted
          .filter((m) => m.channel === body.channel && !m.thread_ts)
          .map((m) => ({ type: 'message', ts: m.ts, text: m.text, ...(m.metadata ? { metadata: m.metadata } : {}) }))
          .reverse();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, messages, has_more: false }));
        return;
      }
      const reply =
        this.replies[method] ??
        (method === 'auth.test'
          ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'modelscout' }
          : method === 'chat.postMessage'
            ? { ok: true, channel: body.channel, ts: '1700000000.000100', message: { text: body.text } }
            : method === 'users.info'
              ? { ok: true, user: { id: body.user, tz: 'America/Chicago' } }
              : method.startsWith('views.')
                ? { ok: true, view: { id: 'V123', hash: 'h1' } }
                : { ok: true });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  }

  /** Exchanges an install code, or a refresh token, as Slack's oauth.v2.access does. */
  private oauthAccess(body: Record<string, unknown>): Record<string, unknown> {
    if (body.client_id === undefined || body.client_secret === undefined) return { ok: false, error: 'invalid_client_id' };
    if (body.grant_type === 'refresh_token') {
      const next = this.refreshes[String(body.refresh_token)];
      const owner = this.refreshOwners.get(String(body.refresh_token));
      if (!next || !owner) return { ok: false, error: 'invalid_refresh_token' };
      this.tokens.set(next.botToken, owner);
      this.refreshOwners.set(next.refreshToken, owner);
      return { ok: true, access_token: next.botToken, refresh_token: next.refreshToken, expires_in: next.expiresIn, token_type: 'bot' };
    }
    const install = this.installs[String(body.code)];
    if (!install) return { ok: false, error: 'invalid_code' };
    this.tokens.set(install.botToken, { teamId: install.teamId, botUserId: install.botUserId });
    if (install.refreshToken) this.refreshOwners.set(install.refreshToken, { teamId: install.teamId, botUserId: install.botUserId });
    return {
      ok: true,
      app_id: 'A1',
      authed_user: { id: 'UINSTALLER' },
      scope: (install.scopes ?? ['app_mentions:read', 'chat:write', 'commands']).join(','),
      token_type: 'bot',
      access_token: install.botToken,
      bot_user_id: install.botUserId,
      team: { id: install.teamId, name: install.teamName ?? install.teamId },
      enterprise: null,
      is_enterprise_install: false,
      ...(install.refreshToken ? { refresh_token: install.refreshToken, expires_in: install.expiresIn ?? 43_200 } : {}),
    };
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with the first request (already received or coming) that passes `test`. */
  waitFor(test: (r: Received) => boolean, timeoutMs = 5000): Promise<Received> {
    const already = this.received.find(test);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake Slack received nothing matching within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        test,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  to(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }
}
