/** The arithmetic of the virtualized turn list (pure, unit-tested). */

/** offsets[i] = top of row i; offsets[n] = total height. */
export function prefixSums(heights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) out[i + 1] = out[i]! + heights[i]!;
  return out;
}

/** The row at vertical position `y`: the largest i with offsets[i] <= y, clamped to a real row (-1 when empty). */
export function indexAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Rows to mount for a scroll position: those in view plus `overscan` pixels above and below (inclusive range). */
export function visibleRange(
  offsets: Float64Array,
  scrollTop: number,
  viewport: number,
  overscan: number,
): { first: number; last: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { first: 0, last: -1 };
  const first = indexAt(offsets, Math.max(0, scrollTop - overscan));
  const bottom = scrollTop + viewport + overscan;
  let last = indexAt(offsets, bottom);
  // A row that starts exactly at the bottom edge is not visible.
  if (last > first && offsets[last]! >= bottom) last--;
  return { first, last };
}

/** The rows to render: the visible range plus pinned rows (sorted, no duplicates, inside 0..count-1). */
export function rowsToRender(range: { first: number; last: number }, pinned: readonly number[], count: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, range.first); i <= Math.min(range.last, count - 1); i++) out.push(i);
  const extra = pinned.filter((p) => p >= 0 && p < count && (p < range.first || p > range.last));
  return extra.length ? [...new Set([...out, ...extra])].sort((a, b) => a - b) : out;
}

/** The scroll position that shows row `index` at the start, centre or nearest edge of the viewport. */
export function scrollTopFor(
  offsets: Float64Array,
  index: number,
  viewport: number,
  current: number,
  align: 'start' | 'center' | 'nearest',
): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  const i = Math.min(Math.max(index, 0), n - 1);
  const top = offsets[i]!;
  const height = offsets[i + 1]! - top;
  const max = Math.max(0, offsets[n]! - viewport);
  let target: number;
  if (align === 'start') target = top;
  else if (align === 'center') target = top + height / 2 - viewport / 2;
  else if (top < current) target = top;
  else if (top + height > current + viewport) target = Math.min(top, top + height - viewport);
  else target = current;
  return Math.min(Math.max(0, target), max);
}

/**
 * A guess at a row's height before it is measured: header and padding plus wrapped lines of text.
 * The defaults were measured on the transcript's 15px / 1.78 text (lines never fill up completely,
 * hence the 0.96).
 */
export function estimateRowHeight(chars: number, textWidth: number, opts = { charWidth: 7.3, lineHeight: 26.7, chrome: 37.5 }): number {
  const perLine = Math.max(10, Math.floor((Math.max(textWidth, 100) / opts.charWidth) * 0.96));
  const lines = Math.max(1, Math.ceil(chars / perLine));
  return opts.chrome + lines * opts.lineHeight;
}
