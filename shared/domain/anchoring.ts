/** A replacement of `[start, end)` of the old text by `insertedLength` new code units. */
export interface TextEdit {
  start: number;
  end: number;
  insertedLength: number;
}

/**
 * The smallest single edit that turns `before` into `after` (common prefix and suffix removed),
 * never splitting a surrogate pair, so an emoji is replaced whole or not at all.
 */
export function diffEdit(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  if (p > 0 && isHighSurrogate(before.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && isLowSurrogate(before.charCodeAt(before.length - s))) s--;
  return { start: p, end: before.length - s, insertedLength: after.length - s - p };
}

/** Where a coded range lands after an edit; `orphaned` when the words it covered were deleted. */
export interface MappedRange {
  start: number;
  end: number;
  orphaned: boolean;
}

/**
 * Moves a half-open range through an edit so a coding stays on the same words:
 * before the edit → unchanged; after → shifted; an edit inside the range (a typo fixed) → the
 * range grows or shrinks with it; an edit over one edge → the range keeps its surviving words and
 * takes in the replacement; the range's words all deleted → orphaned (the caller flags it for review).
 * Given the old text, a range whose surviving part holds no letter or digit (only a full stop, say)
 * counts as deleted too.
 */
export function mapRangeThroughEdit(range: { start: number; end: number }, edit: TextEdit, oldText?: string): MappedRange {
  const delta = edit.insertedLength - (edit.end - edit.start);
  const { start, end } = range;
  if (edit.start === edit.end && edit.insertedLength === 0) return { start, end, orphaned: false };
  if (end <= edit.start) return { start, end, orphaned: false };
  if (start >= edit.end) return { start: start + delta, end: end + delta, orphaned: false };
  if (start >= edit.start && end <= edit.end) {
    // Every coded code unit was replaced: keep a position for review, never a silent drop.
    return { start: edit.start, end: edit.start + Math.max(1, edit.insertedLength), orphaned: true };
  }
  if (oldText !== undefined) {
    const surviving =
      oldText.slice(start, Math.max(start, Math.min(end, edit.start))) + oldText.slice(Math.min(end, Math.max(start, edit.end)), end);
    if (!/[\p{L}\p{N}]/u.test(surviving)) return { start: edit.start, end: edit.start + Math.max(1, edit.insertedLength), orphaned: true };
  }
  const newStart = start < edit.start ? start : edit.start;
  const newEnd = end > edit.end ? end + delta : edit.start + edit.insertedLength;
  return newEnd > newStart ? { start: newStart, end: newEnd, orphaned: false } : { start: newStart, end: newStart + 1, orphaned: true };
}

/** True when `i` would split a surrogate pair (a coding must not start or end inside an emoji). */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A half-open range of a text, in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

/** What an edit does to a document's codings (see {@link planCodingMoves}). */
export interface CodingMoves<T> {
  /** Codings starting at or after `shiftFrom` (old offsets) move by `delta` and nothing else: one statement can move them all. */
  shiftFrom: number;
  delta: number;
  shifted: T[];
  /** Every other coding the edit may touch, with where it lands (the caller skips those that did not move). */
  placed: { coding: T; range: MappedRange }[];
}

/**
 * The one rule for moving codings through an edit of their document's text, used by every writer
 * that edits text (a transcript turn, a live note added, edited or deleted). Codings at or after
 * `shiftFrom` (default: the edit's end; never before it) only shift; the others are mapped one by
 * one with {@link mapRangeThroughEdit}, except that a coding covering exactly `whole.before` covers
 * `whole.after` (a tag on a whole note stays on the whole note when words are added at its end).
 * The shift must be applied before the placements: a coding the edit pushes past `shiftFrom` must
 * not be moved a second time.
 */
export function planCodingMoves<T>(
  codings: readonly T[],
  rangeOf: (coding: T) => TextRange,
  edit: TextEdit,
  oldText: string,
  options: { shiftFrom?: number; whole?: { before: TextRange; after: TextRange } } = {},
): CodingMoves<T> {
  const delta = edit.insertedLength - (edit.end - edit.start);
  const shiftFrom = Math.max(edit.end, options.shiftFrom ?? edit.end);
  const whole = options.whole && options.whole.after.end > options.whole.after.start ? options.whole : undefined;
  const shifted: T[] = [];
  const placed: { coding: T; range: MappedRange }[] = [];
  for (const coding of codings) {
    const r = rangeOf(coding);
    if (r.start >= shiftFrom) {
      if (delta !== 0) shifted.push(coding);
      continue;
    }
    const coversWhole = whole !== undefined && r.start === whole.before.start && r.end === whole.before.end;
    const range = coversWhole ? { start: whole.after.start, end: whole.after.end, orphaned: false } : mapRangeThroughEdit(r, edit, oldText);
    placed.push({ coding, range });
  }
  return { shiftFrom, delta, shifted, placed };
}
