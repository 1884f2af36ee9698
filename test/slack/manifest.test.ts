import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../../src/slack/listeners/commands.ts';
import { UNFURL_DOMAINS } from '../../src/app/unfurl.ts';

const schema = JSON.parse(readFileSync('test/fixtures/slack-manifest.schema.1.0.0.json', 'utf8'));
const manifest = parse(readFileSync('manifest.yml', 'utf8'));

describe('manifest.yml', () => {
  it("validates against Slack's published manifest schema (v1)", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('declares exactly the slash commands the app listens for', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command).sort()).toEqual([...COMMANDS].sort());
  });

  it('subscribes to the events the app handles, and asks for no more scopes than they need', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'app_uninstalled',
      'assistant_thread_context_changed',
      'assistant_thread_started',
      'link_shared',
      'message.im',
      'tokens_revoked',
    ]);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'assistant:write',
      'channels:history',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'im:history',
      'links:read',
      'links:write',
      'users:read',
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('unfurls only domains whose links the bot can read', () => {
    for (const domain of manifest.features.unfurl_domains) expect(UNFURL_DOMAINS).toContain(domain);
  });

  it('is rejected by the schema when broken, so the check can fail', () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(schema);
    expect(validate({ ...manifest, display_information: { ...manifest.display_information, name: '' } })).toBe(false);
  });
});
