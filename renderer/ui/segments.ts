/**
 * Pure text-range helpers for the transcript view. Offsets are UTF-16 code units into the
 * document text, half-open [start, end), exactly like DocumentView and the database.
 */

import { oneLineExcerpt } from '../../shared/text/excerpt';

export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A run of a turn's text with the same set of ranges over it. */
export interface Segment {
  start: number;
  end: number;
  /** Ids of the ranges covering the whole segment, in the order the ranges were given. */
  ids: string[];
}

export interface TurnBounds {
  start: number;
  end: number;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Moves an offset that falls between the halves of a surrogate pair back to the pair's start. */
export function snapToCharacter(text: string, offset: number): number {
  if (offset > 0 && offset < text.length && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1))) return offset - 1;
  return offset;
}

/**
 * Splits `[from, to)` of `text` at every boundary of the ranges overlapping it. Ranges that cross
 * the edges are clipped; a boundary inside an emoji (surrogate pair) is moved before it, so no
 * segment ever holds half a character. Empty input ranges are ignored.
 */
export function splitSegments(text: string, from: number, to: number, ranges: readonly Span[]): Segment[] {
  if (to <= from) return [];
  const inside = ranges.filter((r) => r.end > from && r.start < to && r.end > r.start);
  const cuts = new Set<number>([from, to]);
  for (const r of inside) {
    if (r.start > from) cuts.add(snapToCharacter(text, r.start));
    if (r.end < to) cuts.add(snapToCharacter(text, r.end));
  }
  const points = [...cuts].filter((p) => p >= from && p <= to).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    // A range covers the segment when it covers its middle (snapping may shift edges by one unit).
    const ids = inside.filter((r) => snapToCharacter(text, r.start) <= start && snapToCharacter(text, r.end) >= end).map((r) => r.id);
    out.push({ start, end, ids });
  }
  return out;
}

/** Index of the last turn starting at or before `offset` (offsets in a gap belong to the turn before). */
export function turnIndexAt(turns: readonly TurnBounds[], offset: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first turn whose end is after `offset` (the first turn a range starting there can touch). */
function firstTurnEndingAfter(turns: readonly TurnBounds[], offset: number): number {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Puts every range into the bucket of each turn it overlaps (a range crossing turns lands in each),
 * keeping the given order inside a bucket. O(R log T + overlaps).
 */
export function bucketByTurn<T extends { start: number; end: number }>(turns: readonly TurnBounds[], ranges: readonly T[]): T[][] {
  const buckets: T[][] = turns.map(() => []);
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    for (let i = firstTurnEndingAfter(turns, r.start); i < turns.length && turns[i]!.start < r.end; i++) buckets[i]!.push(r);
  }
  return buckets;
}

/** The ranges of a sorted-by-start list that overlap `[from, to)` (binary search, then a short scan). */
export function rangesIn<T extends { start: number; end: number }>(sorted: readonly T[], from: number, to: number, maxLength: number): T[] {
  // Anything starting before from - maxLength cannot reach `from`.
  let lo = 0;
  let hi = sorted.length;
  const floor = from - maxLength;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < floor) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) if (sorted[i]!.end > from) out.push(sorted[i]!);
  return out;
}

/** A short one-line excerpt of a quote for lists and labels (see shared/text/excerpt.ts). */
export function excerpt(text: string, max = 120): string {
  return oneLineExcerpt(text, max);
}

/** A code name made from selected words (in-vivo coding): one line, no "/", at most 60 characters. */
export function inVivoName(text: string): string {
  const line = text.replace(/\//g, ' ').replace(/\s+/g, ' ').trim();
  if (line.length <= 60) return line;
  const cut = line.slice(0, 60);
  // Do not end inside an emoji.
  return snapToCharacter(line, 60) < 60 ? cut.slice(0, -1).trimEnd() : cut.trimEnd();
}
