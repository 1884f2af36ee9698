// A small fake of Slack for end-to-end tests: the Web API methods the bot calls, and response_url
// endpoints. It records every request so tests can assert on what "Slack" received.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  method: string;
  body: Record<string, unknown>;
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

export class FakeSlack {
  readonly received: Received[] = [];
  private server: Server;
  private waiters: { test: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];
  /** Per-method overrides of the reply, e.g. { 'chat.postMessage': { ok: false, error: 'channel_not_found' } }. */
  replies: Record<string, Record<string, unknown>> = {};

  constructor() {
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      const path = (req.url ?? '').split('?')[0] ?? '';
      const record = { path, method: req.method ?? 'GET', body };
      this.received.push(record);
      for (const w of [...this.waiters]) {
        if (w.test(record)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(record);
        }
      }
      const method = path.replace(/^\/api\//, '');
      const reply =
        this.replies[method] ??
        (method === 'auth.test'
          ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'modelscout' }
          : method === 'chat.postMessage'
            ? { ok: true, channel: body.channel, ts: '1700000000.000100', message: { text: body.text } }
            : method.startsWith('views.')
              ? { ok: true, view: { id: 'V123', hash: 'h1' } }
              : { ok: true });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
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
