// An answer about a model on its way out says so: deprecated (with its retirement date, or that none is published) or
// retired, in the terminal and in Slack; a model in service gets no such line.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { statusOn } from '../../src/catalog/lifecycle.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const now = new Date('2026-12-02T12:00:00Z');
const ports: Ports = { catalog, now: () => now, logger: { debug() {}, info() {}, warn() {}, error() {} } };
const today = '2026-12-02';
const byStatus = (status: string) => catalog.models.filter((m) => statusOn(m, today) === status && (m.released ?? '') <= today);

describe('lifecycle notices', () => {
  it('a deprecated model, compared or costed, is said to be deprecated, with its retirement date or that none is published', async () => {
    const deprecated = byStatus('deprecated');
    const active = byStatus('active')[0]!;
    expect(deprecated.length).toBeGreaterThan(0);
    for (const m of deprecated.slice(0, 12)) {
      for (const text of [`/models cost ${m.id} 10M`, `/compare ${m.id} ${active.id}`]) {
        const { answer } = await handle({ text, where: LOCAL }, ports);
        const notes = answer.notices?.lifecycle ?? [];
        expect(
          notes.map((l) => [l.model, l.state, l.date]),
          text,
        ).toEqual([[m.id, 'deprecated', m.retires ?? null]]);
        const said = m.retires ? `${m.name} is deprecated: it retires on ${m.retires}` : `${m.name} is deprecated: no retirement date is published`;
        expect(renderText(answer), text).toContain(said);
        expect(JSON.stringify(renderBlocks(answer, { query: { text } as never, command: text, ephemeral: true }).blocks), text).toContain(said);
      }
    }
  });

  it('a model in service gets no lifecycle line', async () => {
    for (const m of byStatus('active').slice(0, 10)) {
      const { answer } = await handle({ text: `/models cost ${m.id} 10M`, where: LOCAL }, ports);
      expect(answer.notices?.lifecycle ?? [], m.id).toEqual([]);
      expect(renderText(answer)).not.toMatch(/is deprecated|retired on|is retired/);
    }
  });
});
