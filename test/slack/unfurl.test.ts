// Link unfurls: which model a link is about (exactly, or none), and the listener that answers link_shared
// with one chat.unfurl call holding a compact card, or with nothing.
import { describe, expect, it, vi } from 'vitest';
import type { Ports } from '../../src/app/ports.ts';
import { modelForUrl, UNFURL_DOMAINS } from '../../src/app/unfurl.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { perMillion } from '../../src/cost/format.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { linkShared } from '../../src/slack/listeners/unfurl.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';
const logs: string[] = [];
const ports: Ports = {
  catalog,
  now: () => new Date(`${AS_OF}T12:00:00Z`),
  logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (...m: unknown[]) => void logs.push(m.join(' ')) },
};
const idFor = (url: string) => modelForUrl(catalog, url)?.id;

describe('which model a link is about', () => {
  it('reads each known site’s model pages', () => {
    expect(idFor('https://openrouter.ai/openai/gpt-4.1-mini')).toBe('gpt-4.1-mini');
    expect(idFor('https://openrouter.ai/openai/gpt-4.1-mini:free')).toBe('gpt-4.1-mini');
    expect(idFor('https://platform.openai.com/docs/models/gpt-4.1-mini')).toBe('gpt-4.1-mini');
    expect(idFor('https://platform.openai.com/docs/models#gpt-4.1-mini')).toBe('gpt-4.1-mini');
    expect(idFor('https://ai.google.dev/gemini-api/docs/models/gemini-2.5-pro')).toBe('gemini-2.5-pro');
    expect(idFor('https://docs.x.ai/docs/models/grok-4.3')).toBe('grok-4.3');
    expect(idFor('https://models.dev/openai/gpt-4.1-mini')).toBe('gpt-4.1-mini');
    const sonnet = catalog.models.find((m) => m.provider === 'anthropic' && m.status === 'active');
    expect(idFor(`https://docs.claude.com/en/docs/about-claude/models/${sonnet?.id}`)).toBe(sonnet?.id);
    expect(idFor(`https://docs.anthropic.com/en/docs/about-claude/models/overview#${sonnet?.id}`)).toBe(sonnet?.id);
  });

  it('reads an OpenRouter link by the route id the catalog records, whatever its vendor prefix', () => {
    const routed = catalog.models.find((m) => m.routes.some((r) => r.platform === 'openrouter' && !r.id.startsWith(`${m.provider}/`)));
    const route = routed?.routes.find((r) => r.platform === 'openrouter');
    expect(idFor(`https://openrouter.ai/${route?.id}`)).toBe(routed?.id);
  });

  it('unfurls nothing for a page that names no catalog model exactly, or names another vendor’s', () => {
    for (const url of [
      'https://openrouter.ai/openai/gpt-9-ultra',
      'https://openrouter.ai/someone/gpt-4.1-mini',
      'https://openrouter.ai/models',
      'https://openrouter.ai/openai/gpt-4.1-mnii',
      'https://platform.openai.com/docs/models/claude-sonnet-4-6',
      'https://platform.openai.com/docs/pricing',
      'https://platform.openai.com/docs/models/gpt',
      'https://docs.x.ai/docs/models',
      'https://models.dev/anthropic/gpt-4.1-mini',
      'https://example.com/openai/gpt-4.1-mini',
      'not a url',
      'ftp://openrouter.ai/openai/gpt-4.1-mini',
    ])
      expect(idFor(url), url).toBeUndefined();
  });

  it('knows each domain the manifest lists', () => {
    expect(UNFURL_DOMAINS).toContain('openrouter.ai');
    expect(UNFURL_DOMAINS).toHaveLength(7);
  });
});

function linkEvent(urls: string[]) {
  return {
    type: 'link_shared',
    channel: 'C1',
    user: 'U1',
    is_bot_user_member: true,
    message_ts: '1700000000.000200',
    links: urls.map((url) => ({ url, domain: new URL(url).hostname })),
    event_ts: '1700000000.000300',
  };
}

describe('link_shared', () => {
  it('answers with one chat.unfurl holding a compact card: name, price, context, lanes, checked date', async () => {
    const unfurl = vi.fn(async (_args: Record<string, unknown>) => ({ ok: true }));
    const url = 'https://openrouter.ai/openai/gpt-4.1-mini';
    await linkShared(ports)({ event: linkEvent([url, 'https://openrouter.ai/openai/nothing-like-this']), client: { chat: { unfurl } }, context: { teamId: 'T1' } } as never);
    expect(unfurl).toHaveBeenCalledTimes(1);
    const args = unfurl.mock.calls[0]?.[0] as { channel: string; ts: string; unfurls: Record<string, { blocks: unknown[] }> };
    expect(args).toMatchObject({ channel: 'C1', ts: '1700000000.000200' });
    expect(Object.keys(args.unfurls)).toEqual([url]);
    const card = args.unfurls[url] as { blocks: unknown[] };
    const text = JSON.stringify(card.blocks);
    const model = catalog.byId.get('gpt-4.1-mini');
    const price = quotedPrice(model as NonNullable<typeof model>, AS_OF);
    expect(text).toContain('GPT-4.1 mini');
    expect(text).toContain(`${perMillion(price.input)} input`);
    expect(text).toContain(`${perMillion(price.output)} output`);
    expect(text).toContain(`checked ${price.checked}`);
    expect(text).toMatch(/Recommended for|Sometimes right for|No lane recommends/);
    expect(limitViolations({ text: 'x', blocks: card.blocks })).toEqual([]);
  });

  it('answers a link pasted in the composer by its unfurl id', async () => {
    const unfurl = vi.fn(async (_args: Record<string, unknown>) => ({ ok: true }));
    const event = { ...linkEvent(['https://docs.x.ai/docs/models/grok-4.3']), channel: 'COMPOSER', source: 'composer', unfurl_id: 'U123' };
    await linkShared(ports)({ event, client: { chat: { unfurl } }, context: { teamId: 'T1' } } as never);
    expect(unfurl.mock.calls[0]?.[0]).toMatchObject({ unfurl_id: 'U123', source: 'composer' });
  });

  it('sends nothing when no link names a catalog model', async () => {
    const unfurl = vi.fn(async () => ({ ok: true }));
    await linkShared(ports)({ event: linkEvent(['https://openrouter.ai/acme/unknown-model']), client: { chat: { unfurl } }, context: {} } as never);
    expect(unfurl).not.toHaveBeenCalled();
  });

  it('logs a failed chat.unfurl instead of throwing', async () => {
    const unfurl = vi.fn(async () => {
      throw new Error('cannot_unfurl_url');
    });
    await linkShared(ports)({ event: linkEvent(['https://openrouter.ai/openai/gpt-4.1-mini']), client: { chat: { unfurl } }, context: {} } as never);
    expect(logs.join('\n')).toContain('cannot_unfurl_url');
  });
});
