// A fake of the Slack Web API methods the digest delivery calls (chat.postMessage, conversations.history,
// conversations.replies), over HTTP on 127.0.0.1, as Slack behaves: message metadata kept and returned
// with include_all_metadata, history newest first from `oldest`, both listings paged by `limit` and
// `cursor`. Faults a bad day brings: answers that come after the client has given up (the message is
// delivered all the same), and posts that fail after a given number went through.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Message {
  channel: string;
  ts: string;
  text: string;
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

const JSON_FIELDS = ['blocks', 'metadata'];

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) return raw === '' ? {} : JSON.parse(raw);
  const body: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) body[k] = JSON_FIELDS.includes(k) ? JSON.parse(v) : v;
  return body;
}

/** Pages `items` by Slack's cursor convention (the cursor here is the offset). */
function page<T>(items: T[], body: Record<string, unknown>): { items: T[]; has_more: boolean; response_metadata: { next_cursor: string } } {
  const limit = Math.min(Number(body.limit ?? 100) || 100, 999);
  const start = Number(body.cursor ?? 0) || 0;
  const end = start + limit;
  return { items: items.slice(start, end), has_more: end < items.length, response_metadata: { next_cursor: end < items.length ? String(end) : '' } };
}

export class SlackFake {
  /** Every message "in Slack", in the order it arrived. */
  readonly messages: Message[] = [];
  /** Web API calls received, by method. */
  readonly calls: Record<string, number> = {};
  /** chat.postMessage answers this late (after recording the message), ms. */
  postAnswerDelayMs = 0;
  /**
   * Thread replies fail (ok: false, `error`) once this many replies have been accepted in total; the main
   * posts still go through. Undefined: no failures.
   */
  failThreadRepliesAfter: { accepted: number; error: string } | undefined;
  private clock = 1_800_000_000;
  private readonly server: Server;

  constructor() {
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      const method = (req.url ?? '').split('?')[0]?.replace(/^\/api\//, '') ?? '';
      this.calls[method] = (this.calls[method] ?? 0) + 1;
      const reply = (payload: Record<string, unknown>) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      const withMeta = (m: Message) => ({
        type: 'message',
        ts: m.ts,
        text: m.text,
        ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
        ...(m.metadata && body.include_all_metadata ? { metadata: m.metadata } : {}),
      });
      if (method === 'chat.postMessage') {
        const channel = String(body.channel);
        const threadTs = body.thread_ts ? String(body.thread_ts) : undefined;
        const fail = this.failThreadRepliesAfter;
        if (threadTs && fail && this.messages.filter((m) => m.thread_ts).length >= fail.accepted) return reply({ ok: false, error: fail.error });
        const ts = `${this.clock++}.000100`;
        const metadata = typeof body.metadata === 'string' ? JSON.parse(body.metadata) : body.metadata;
        this.messages.push({ channel, ts, text: String(body.text ?? ''), ...(threadTs ? { thread_ts: threadTs } : {}), ...(metadata ? { metadata } : {}) });
        if (this.postAnswerDelayMs > 0) await new Promise((r) => setTimeout(r, this.postAnswerDelayMs));
        if (res.destroyed) return;
        return reply({ ok: true, channel, ts, message: { text: body.text } });
      }
      if (method === 'conversations.history') {
        const oldest = Number(body.oldest ?? 0);
        const top = this.messages.filter((m) => m.channel === body.channel && !m.thread_ts && Number(m.ts) > oldest).reverse();
        const p = page(top, body);
        return reply({ ok: true, messages: p.items.map(withMeta), has_more: p.has_more, response_metadata: p.response_metadata });
      }
      if (method === 'conversations.replies') {
        const parent = this.messages.find((m) => m.channel === body.channel && m.ts === body.ts && !m.thread_ts);
        if (!parent) return reply({ ok: false, error: 'thread_not_found' });
        const thread = [parent, ...this.messages.filter((m) => m.channel === body.channel && m.thread_ts === parent.ts)];
        const p = page(thread, body);
        return reply({ ok: true, messages: p.items.map(withMeta), has_more: p.has_more, response_metadata: p.response_metadata });
      }
      return reply({ ok: true });
    });
  }

  /** Adds a message as if someone had posted it (no Web API call counted). */
  add(message: Omit<Message, 'ts'>): Message {
    const m = { ...message, ts: `${this.clock++}.000100` };
    this.messages.push(m);
    return m;
  }

  /** Top-level digest posts in a channel. */
  digests(channel: string): Message[] {
    return this.messages.filter((m) => m.channel === channel && !m.thread_ts && m.metadata?.event_type === 'modelscout_digest');
  }

  /** Replies under a message. */
  replies(channel: string, ts: string): Message[] {
    return this.messages.filter((m) => m.channel === channel && m.thread_ts === ts);
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
