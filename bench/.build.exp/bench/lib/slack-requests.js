import { createHmac } from 'node:crypto';
export const BENCH_SIGNING_SECRET = '6e63686d61726b2d6f6e6c792d736563726574';
export const BENCH_BOT_TOKEN = 'xoxb-bench-000-000';
export function sign(body, timestamp, secret = BENCH_SIGNING_SECRET) {
    return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}
function signedRequest(load, text, i, responseBase, timestamp) {
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
export function commandRequests(load, variant, responseBase, from, count, timestamp = Math.floor(Date.now() / 1000)) {
    return Array.from({ length: count }, (_, k) => {
        const i = from + k;
        return signedRequest(load, variant === 'distinct' ? load.distinct(i) : load.texts[i % load.texts.length], i, responseBase, timestamp);
    });
}
//# sourceMappingURL=slack-requests.js.map