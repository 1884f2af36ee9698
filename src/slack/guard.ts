// In front of Bolt's HTTP receiver, the one check of what Slack posts to the endpoint (Bolt's own check is
// switched off, so a request is read, verified and parsed once):
// - It carries a valid v0 signature (Bolt's `isValidSlackRequest`); the one unsigned request Slack sends,
//   `ssl_check`, goes on stripped to that field. Anything else unsigned or forged gets 401.
// - Its timestamp is within five minutes either way (a signature check alone refuses only old ones).
// - Its body parses to an object (a signed `null` would otherwise end the process inside Bolt).
// - It is not a replay: a signature seen in the last five minutes (or up to ten), or an Events API event id already
//   taken (Slack's own retries carry the same event id), is acknowledged and not acted on again.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';
import type { Logger } from '../log.ts';

const WINDOW_SECONDS = 5 * 60;
/** Slack's payloads are a few kilobytes; a megabyte leaves room for any of them. */
const BODY_LIMIT = 1024 * 1024;

export interface GuardOptions {
  signingSecret: string;
  logger: Logger;
  /** The paths Slack posts to. */
  endpoints: string[];
  /** Milliseconds since the epoch (tests pass their own). */
  now?: () => number;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The body as Bolt will read it: JSON, or a form whose `payload` field is JSON. */
function parsedBody(text: string, contentType: string | undefined): unknown {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parseQuery(text);
      return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    }
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Slack's SSL check: the one request it sends unsigned (a form with ssl_check=1). */
function isSslCheck(text: string, contentType: string | undefined): boolean {
  return contentType === 'application/x-www-form-urlencoded' && parseQuery(text).ssl_check === '1';
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function refuse(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

/**
 * Keys seen in this window or the one before it, so each is remembered for at least a window (at most two). Two
 * sets turned once a window hold a key in a quarter of the memory an LRU cache with expiry does (bench/README.md):
 * a busy bot sees every request's signature here.
 */
export class RecentKeys {
  private current = new Set<string>();
  private previous = new Set<string>();
  private turnedAt: number;

  constructor(
    private readonly windowMs: number,
    /** Keys per window; past it the window turns early (a flood shortens the memory, it does not grow it). */
    private readonly max: number,
    now: number,
  ) {
    this.turnedAt = now;
  }

  private turn(now: number): void {
    // Two windows or more since the last turn: nothing held is recent any more.
    this.previous = now - this.turnedAt < 2 * this.windowMs ? this.current : new Set();
    this.current = new Set();
    this.turnedAt = now;
  }

  has(key: string, now: number): boolean {
    if (now - this.turnedAt >= this.windowMs) this.turn(now);
    return this.current.has(key) || this.previous.has(key);
  }

  add(key: string, now: number): void {
    if (now - this.turnedAt >= this.windowMs || this.current.size >= this.max) this.turn(now);
    this.current.add(key);
  }
}

export function guardRequests(next: RequestListener, options: GuardOptions): RequestListener {
  const now = options.now ?? Date.now;
  const seen = new RecentKeys(WINDOW_SECONDS * 1000, 100_000, now());

  /** Whether the request may go on to Bolt; otherwise the response has been written. */
  async function admit(req: IncomingMessage & { rawBody?: Buffer }, res: ServerResponse): Promise<boolean> {
    const body = await readBody(req);
    // Bolt reads a body already buffered here instead of the spent stream.
    req.rawBody = body;
    const signature = req.headers['x-slack-signature'];
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    const text = body.toString('utf8');
    const contentType = req.headers['content-type'];
    if (typeof signature !== 'string' || !Number.isFinite(timestamp)) {
      if (isSslCheck(text, contentType)) {
        // Nothing but the check itself reaches Bolt: no unsigned payload rides along.
        req.rawBody = Buffer.from('ssl_check=1');
        return true;
      }
      options.logger.warn('Refused an unsigned request to the Slack endpoint.');
      refuse(res, 401);
      return false;
    }
    if (Math.abs(now() / 1000 - timestamp) > WINDOW_SECONDS) {
      options.logger.warn('Refused a Slack request whose timestamp is more than five minutes from now.');
      refuse(res, 401);
      return false;
    }
    if (
      !isValidSlackRequest({
        signingSecret: options.signingSecret,
        body: text,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
        nowMilliseconds: now(),
      })
    ) {
      options.logger.warn('Refused a Slack request whose signature does not match the signing secret.');
      refuse(res, 401);
      return false;
    }
    const parsed = parsedBody(text, contentType);
    if (!isObject(parsed)) {
      options.logger.warn('Refused a signed Slack request whose body is not an object.');
      refuse(res, 400);
      return false;
    }
    // A signature ("v0=" and 64 hex digits, verified above) is known by its first 128 bits.
    const key = parsed.type === 'event_callback' && typeof parsed.event_id === 'string' ? `event:${parsed.event_id}` : signature.slice(3, 35);
    const at = now();
    if (seen.has(key, at)) {
      options.logger.info(`Acknowledged a repeated Slack request without acting on it again (${key.startsWith('event:') ? key : 'same signature'}).`);
      refuse(res, 200);
      return false;
    }
    seen.add(key, at);
    return true;
  }

  return (req, res) => {
    // The path as Bolt's receiver reads it (dot segments resolved), so no spelling of the endpoint gets past this check.
    const path = pathOf(req.url);
    if (req.method?.toUpperCase() !== 'POST' || !options.endpoints.includes(path)) {
      next(req, res);
      return;
    }
    admit(req, res).then(
      (ok) => {
        if (ok) next(req, res);
      },
      (error: unknown) => {
        if (error instanceof BodyTooLarge) options.logger.warn('Refused a Slack request body over 1 MB.');
        else options.logger.error(`Could not read a Slack request: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) refuse(res, error instanceof BodyTooLarge ? 413 : 400);
      },
    );
  };
}
