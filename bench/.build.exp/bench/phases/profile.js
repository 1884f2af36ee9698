import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT, startServer } from '../lib/child.js';
import { summarize } from '../lib/cpuprofile.js';
import { commandRequests } from '../lib/slack-requests.js';
import { perConnection } from './load.js';
export async function runProfiles(options) {
    const out = [];
    for (const catalog of options.catalogs) {
        for (const load of options.loads) {
            for (const variant of catalog.variants) {
                let supply = 0;
                const dir = mkdtempSync(join(tmpdir(), 'modelscout-bench-prof-'));
                const file = join(dir, 'bot.cpuprofile');
                const server = await startServer(join(ROOT, 'bench/servers/bot.ts'), { args: [...catalog.args, '--api-url', `${options.fakeUrl}/api/`, '--cpu-profile', file] });
                await server.waitForLine(/"event":"store-ready"/, 180_000);
                const shoot = async (seconds) => {
                    const url = `http://127.0.0.1:${server.port}`;
                    const lists = Array.from({ length: options.connections }, () => {
                        const list = commandRequests(load, variant, options.fakeUrl, supply, 1000);
                        supply += 1000;
                        return list;
                    });
                    return autocannon({ url, connections: options.connections, duration: seconds, requests: lists[0], setupClient: perConnection(lists) });
                };
                await shoot(1);
                await shoot(options.seconds);
                await server.stop();
                if (existsSync(file))
                    out.push({ catalog: catalog.name, command: `${load.command} ${load.texts[0]}`, variant, summary: summarize(file, ROOT) });
                rmSync(dir, { recursive: true, force: true });
            }
        }
    }
    return out;
}
//# sourceMappingURL=profile.js.map