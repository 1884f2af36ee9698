import { parse as parseQuery } from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';
const WINDOW_SECONDS = 5 * 60;
const BODY_LIMIT = 1024 * 1024;
class BodyTooLarge extends Error {
}
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > BODY_LIMIT)
            throw new BodyTooLarge();
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
function parsedBody(text, contentType) {
    try {
        if (contentType === 'application/x-www-form-urlencoded') {
            const form = parseQuery(text);
            return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
        }
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function isSslCheck(text, contentType) {
    return contentType === 'application/x-www-form-urlencoded' && parseQuery(text).ssl_check === '1';
}
function pathOf(url) {
    try {
        return new URL(url ?? '', 'http://localhost').pathname;
    }
    catch {
        return '';
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function refuse(res, status) {
    res.writeHead(status);
    res.end();
}
export class RecentKeys {
    windowMs;
    max;
    current = new Set();
    previous = new Set();
    turnedAt;
    constructor(windowMs, max, now) {
        this.windowMs = windowMs;
        this.max = max;
        this.turnedAt = now;
    }
    turn(now) {
        this.previous = now - this.turnedAt < 2 * this.windowMs ? this.current : new Set();
        this.current = new Set();
        this.turnedAt = now;
    }
    has(key, now) {
        if (now - this.turnedAt >= this.windowMs)
            this.turn(now);
        return this.current.has(key) || this.previous.has(key);
    }
    add(key, now) {
        if (now - this.turnedAt >= this.windowMs || this.current.size >= this.max)
            this.turn(now);
        this.current.add(key);
    }
}
export function guardRequests(next, options) {
    const now = options.now ?? Date.now;
    const seen = new RecentKeys(WINDOW_SECONDS * 1000, 100_000, now());
    async function admit(req, res) {
        const body = await readBody(req);
        req.rawBody = body;
        const signature = req.headers['x-slack-signature'];
        const timestamp = Number(req.headers['x-slack-request-timestamp']);
        const text = body.toString('utf8');
        const contentType = req.headers['content-type'];
        if (typeof signature !== 'string' || !Number.isFinite(timestamp)) {
            if (isSslCheck(text, contentType)) {
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
        if (!isValidSlackRequest({
            signingSecret: options.signingSecret,
            body: text,
            headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
            nowMilliseconds: now(),
        })) {
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
        const path = pathOf(req.url);
        if (req.method?.toUpperCase() !== 'POST' || !options.endpoints.includes(path)) {
            next(req, res);
            return;
        }
        admit(req, res).then((ok) => {
            if (ok)
                next(req, res);
        }, (error) => {
            if (error instanceof BodyTooLarge)
                options.logger.warn('Refused a Slack request body over 1 MB.');
            else
                options.logger.error(`Could not read a Slack request: ${error instanceof Error ? error.message : String(error)}`);
            if (!res.headersSent)
                refuse(res, error instanceof BodyTooLarge ? 413 : 400);
        });
    };
}
//# sourceMappingURL=guard.js.map