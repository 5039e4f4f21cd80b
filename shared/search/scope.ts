import type { SearchHit } from '../domain/search';

/**
 * How much text around a hit a result stands for: the hit itself, the sentence holding it, or the
 * whole unit (turn, note, memo). The CLI's `--scope` and autocode both widen hits through here.
 */
export const SEARCH_SCOPES = ['hit', 'sentence', 'turn'] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

/** A span of text: UTF-16 offsets `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

// One segmenter: the sentence rules of Unicode's root locale read . ! ? and 。！？ alike.
let sentences: Intl.Segmenter | undefined;

/**
 * The span `scope` makes of the hit `[start, end)` inside its unit `[unitStart, unitEnd)` of `text`.
 * A sentence is cut to the unit and has its surrounding white space trimmed; a hit crossing a
 * sentence end takes every sentence it touches.
 */
export function scopeSpan(text: string, unit: Span, hit: Span, scope: SearchScope): Span {
  if (scope === 'hit') return hit;
  let from = unit.start;
  let to = unit.end;
  if (scope === 'sentence') {
    sentences ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
    const own = text.slice(unit.start, unit.end);
    from = -1;
    for (const s of sentences.segment(own)) {
      const start = unit.start + s.index;
      const end = start + s.segment.length;
      if (end <= hit.start) continue;
      if (start >= hit.end && from >= 0) break;
      if (from < 0) from = start;
      to = end;
    }
    if (from < 0) from = unit.start;
  }
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}

/** The spans of hits widened to `scope`, each once, in order (two hits in one sentence give one sentence). */
export function scopedSpans(hits: SearchHit[], textOf: (hit: SearchHit) => string, scope: SearchScope): { hit: SearchHit; span: Span }[] {
  const seen = new Set<string>();
  const out: { hit: SearchHit; span: Span }[] = [];
  for (const hit of hits) {
    const span = scopeSpan(textOf(hit), { start: hit.unitStart, end: hit.unitEnd }, hit, scope);
    const key = `${hit.unitId}|${span.start}|${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ hit, span });
  }
  return out;
}
