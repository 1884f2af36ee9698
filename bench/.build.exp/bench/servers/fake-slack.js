import { createServer } from 'node:http';
let limits = { channelIntervalMs: 0, workspacePerSecond: 0 };
let stats;
let lastInChannel = new Map();
let windowTimes = [];
let windowHead = 0;
let seen = new Set();
let posted = new Map();
let firstAt = 0;
let clock = 1_700_000_000;
function reset(next) {
    limits = next;
    stats = {
        responses: {},
        apologies: 0,
        notEphemeral: 0,
        api: {},
        posts: { accepted: 0, mainMessages: 0, threadReplies: 0, rejectedChannel: 0, rejectedWorkspace: 0, duplicates: 0, channels: {}, spanMs: 0 },
    };
    lastInChannel = new Map();
    windowTimes = [];
    windowHead = 0;
    seen = new Set();
    posted = new Map();
    firstAt = 0;
}
reset(limits);
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
function fields(raw, contentType) {
    if ((contentType ?? '').includes('application/json')) {
        const o = JSON.parse(raw);
        return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    }
    return Object.fromEntries(new URLSearchParams(raw));
}
const json = (status, body, headers = {}) => ({
    status,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
});
function postMessage(f) {
    const now = performance.now();
    const channel = f.channel ?? '';
    if (limits.channelIntervalMs > 0) {
        const last = lastInChannel.get(channel);
        if (last !== undefined && now - last < limits.channelIntervalMs) {
            stats.posts.rejectedChannel += 1;
            return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(Math.max(1, Math.ceil((last + limits.channelIntervalMs - now) / 1000))) });
        }
    }
    if (limits.workspacePerSecond > 0) {
        while (windowHead < windowTimes.length && windowTimes[windowHead] <= now - 1000)
            windowHead += 1;
        if (windowTimes.length - windowHead >= limits.workspacePerSecond) {
            stats.posts.rejectedWorkspace += 1;
            return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
        }
        windowTimes.push(now);
        if (windowHead > 10_000) {
            windowTimes = windowTimes.slice(windowHead);
            windowHead = 0;
        }
    }
    lastInChannel.set(channel, now);
    if (firstAt === 0)
        firstAt = now;
    stats.posts.spanMs = now - firstAt;
    stats.posts.accepted += 1;
    const metadata = f.metadata ? JSON.parse(f.metadata) : undefined;
    const key = f.thread_ts ? `${channel}|thread|${f.thread_ts}|${f.text}` : `${channel}|main|${metadata?.event_payload?.week_start ?? f.text}`;
    if (seen.has(key))
        stats.posts.duplicates += 1;
    seen.add(key);
    if (f.thread_ts)
        stats.posts.threadReplies += 1;
    else {
        stats.posts.mainMessages += 1;
        stats.posts.channels[channel] = (stats.posts.channels[channel] ?? 0) + 1;
    }
    const ts = `${clock++}.000100`;
    if (!f.thread_ts) {
        const list = posted.get(channel) ?? [];
        list.push({ ts, text: f.text ?? '', ...(metadata ? { metadata } : {}) });
        posted.set(channel, list);
    }
    return json(200, { ok: true, channel, ts, message: { text: f.text } });
}
const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0] ?? '';
    let out;
    if (path.startsWith('/response/')) {
        const key = path.split('/')[2] ?? '';
        stats.responses[key] = (stats.responses[key] ?? 0) + 1;
        if (raw.includes('went wrong on our side'))
            stats.apologies += 1;
        if (!raw.includes('"response_type":"ephemeral"'))
            stats.notEphemeral += 1;
        out = json(200, { ok: true });
    }
    else if (path === '/__stats') {
        out = json(200, stats);
    }
    else if (path === '/__reset') {
        reset({ channelIntervalMs: 0, workspacePerSecond: 0, ...(raw ? JSON.parse(raw) : {}) });
        out = json(200, { ok: true });
    }
    else if (path.startsWith('/api/')) {
        const method = path.slice(5);
        stats.api[method] = (stats.api[method] ?? 0) + 1;
        const f = fields(raw, req.headers['content-type']);
        if (method === 'chat.postMessage')
            out = postMessage(f);
        else if (method === 'conversations.history') {
            const messages = [...(posted.get(f.channel ?? '') ?? [])].reverse().map((m) => ({ type: 'message', ...m }));
            out = json(200, { ok: true, messages, has_more: false });
        }
        else if (method === 'auth.test')
            out = json(200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0BENCH', user: 'modelscout' });
        else if (method === 'users.info')
            out = json(200, { ok: true, user: { id: f.user, tz: 'UTC' } });
        else
            out = json(200, { ok: true });
    }
    else {
        out = json(404, { ok: false, error: 'unknown_path' });
    }
    res.writeHead(out.status, out.headers);
    res.end(out.body);
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ event: 'listening', port: server.address().port })}\n`);
});
process.once('SIGTERM', () => process.exit(0));
process.once('SIGINT', () => process.exit(0));
//# sourceMappingURL=fake-slack.js.map