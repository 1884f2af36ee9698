// The harness's side of the fake Slack (bench/servers/fake-slack.ts): reset its counters and limits, read them.
import type { Limits, Stats } from '../servers/fake-slack.ts';

export async function resetFake(fakeUrl: string, limits: Partial<Limits> = {}): Promise<void> {
  const res = await fetch(`${fakeUrl}/__reset`, { method: 'POST', body: JSON.stringify(limits) });
  if (!res.ok) throw new Error(`fake Slack reset failed: ${res.status}`);
}

export async function fakeStats(fakeUrl: string): Promise<Stats> {
  const res = await fetch(`${fakeUrl}/__stats`);
  return (await res.json()) as Stats;
}
