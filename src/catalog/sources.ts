// The sources an answer cites: each distinct (url, via, checked) once, with what it supports.
import type { Source } from './schema.ts';

export interface SourceRef {
  what: string;
  url: string;
  via: string | null;
  checked: string;
}

export function collectSources(figures: { what: string; source: Source; checked: string }[]): SourceRef[] {
  const merged = new Map<string, { ref: Omit<SourceRef, 'what'>; what: Set<string> }>();
  for (const f of figures) {
    const key = `${f.source.url}|${f.source.via ?? ''}|${f.checked}`;
    const seen = merged.get(key);
    if (seen) seen.what.add(f.what);
    else merged.set(key, { ref: { url: f.source.url, via: f.source.via ?? null, checked: f.checked }, what: new Set([f.what]) });
  }
  return [...merged.values()].map(({ ref, what }) => ({ what: [...what].join('; '), ...ref })).sort((a, b) => b.checked.localeCompare(a.checked) || a.url.localeCompare(b.url));
}
