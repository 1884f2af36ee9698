// The local console, driven through its standard input as a newcomer would use it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'modelscout-console-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { ...process.env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', DATABASE_URL: '', MODELSCOUT_DATA_DIR: dataDir, NODE_NO_WARNINGS: '1' };

describe('npm start without Slack tokens', () => {
  it('opens the console, says how to connect, and answers commands and questions typed on stdin', () => {
    const input = [
      '/compare gpt-4.1-mini gpt-5.3-codex for 10M tokens',
      '/models cheapest 50M with vision',
      'which model for terminal-heavy coding?',
      '/compare gpt-4.1-mniii grok-4.3',
      '/models digest on friday 17:00 Europe/Berlin',
      '/models digest',
      'how much is gpt-4.1 mini at 10M tokens',
      'and for 100M tokens?',
      'exit',
      'never read',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], { input, env, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Model Scout — local console');
    expect(run.stdout).toMatch(/To connect to Slack, create the app from manifest\.yml/);
    expect(run.stdout).toMatch(/GPT-4\.1 mini vs GPT-5\.3 Codex/);
    expect(run.stdout).toMatch(/Monthly cost at 10M tokens \(yours\)|Monthly cost at 10M tokens/);
    expect(run.stdout).toMatch(/Cheapest of \d+ eligible models/);
    expect(run.stdout).toMatch(/Best for Terminal-heavy engineering/);
    expect(run.stdout).toMatch(/Did you mean gpt-4\.1-mini/);
    expect(run.stdout).toMatch(/This channel gets the weekly price digest: Fridays at 17:00 Europe\/Berlin/);
    // A follow-up builds on the question before it.
    expect(run.stdout).toMatch(/GPT-4\.1 mini \(gpt-4\.1-mini\): \$7\.00 a month/);
    expect(run.stdout).toMatch(/GPT-4\.1 mini \(gpt-4\.1-mini\): \$70\.00 a month/);
    expect(run.stderr).toBe('');
  }, 130_000);

  it('runs as `npm start` runs it: built to dist/ and started compiled, with its node flags', () => {
    const run = spawnSync('npm', ['start', '--silent'], { input: '/compare gpt-4.1-mini gpt-5.3-codex\nexit\n', env, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Model Scout — local console');
    expect(run.stdout).toMatch(/GPT-4\.1 mini vs GPT-5\.3 Codex/);
  }, 130_000);

  it('refuses a half-configured Slack setup with a message that names the missing setting', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      input: '',
      env: { ...env, SLACK_BOT_TOKEN: 'xoxb-123-456-abc' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN \(Socket Mode\) nor SLACK_SIGNING_SECRET \(HTTP mode\) is/);
    expect(run.stderr).not.toContain('xoxb-123-456-abc');
  });
});
