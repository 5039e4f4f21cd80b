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
    const surviving = oldText.slice(start, Math.max(start, Math.min(end, edit.start))) + oldText.slice(Math.min(end, Math.max(start, edit.end)), end);
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
