// Where the bot's time goes under load: the bot server profiles itself from the moment its store is open (startup
// excluded) while autocannon sends one command (computed or repeated texts, as in phases/load.ts) for a
// second of warm-up and then `seconds` more; the profile is written when it stops and summarised
// (lib/cpuprofile.ts).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT, startServer } from '../lib/child.ts';
import { summarize, type ProfileSummary } from '../lib/cpuprofile.ts';
import { commandRequests } from '../lib/slack-requests.ts';
import type { CommandLoad } from '../lib/texts.ts';
import { perConnection, type Variant } from './load.ts';

export interface ProfileResult {
  catalog: string;
  command: string;
  variant: Variant;
  summary: ProfileSummary;
}

export async function runProfiles(options: {
  fakeUrl: string;
  loads: CommandLoad[];
  catalogs: { name: string; args: string[]; variants: Variant[] }[];
  seconds: number;
  connections: number;
}): Promise<ProfileResult[]> {
  const out: ProfileResult[] = [];
  for (const catalog of options.catalogs) {
    for (const load of options.loads) {
      for (const variant of catalog.variants) {
        let supply = 0; // a new server: the computed texts start over
        const dir = mkdtempSync(join(tmpdir(), 'modelscout-bench-prof-'));
        const file = join(dir, 'bot.cpuprofile');
        const server = await startServer(join(ROOT, 'bench/servers/bot.ts'), { args: [...catalog.args, '--api-url', `${options.fakeUrl}/api/`, '--cpu-profile', file] });
        await server.waitForLine(/"event":"store-ready"/, 180_000);
        const shoot = async (seconds: number) => {
          const url = `http://127.0.0.1:${server.port}`;
          const lists = Array.from({ length: options.connections }, () => {
            const list = commandRequests(load, variant, options.fakeUrl, supply, 1000);
            supply += 1000;
            return list;
          });
          return autocannon({ url, connections: options.connections, duration: seconds, requests: lists[0], setupClient: perConnection(lists) });
        };
        await shoot(1); // a short warm-up, so the profile is mostly steady state
        await shoot(options.seconds);
        await server.stop();
        if (existsSync(file)) out.push({ catalog: catalog.name, command: `${load.command} ${load.texts[0]}`, variant, summary: summarize(file, ROOT) });
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  return out;
}
