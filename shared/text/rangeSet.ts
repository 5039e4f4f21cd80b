/**
 * Sets of characters of one text as sorted, disjoint, non-touching half-open ranges `[start, end)`
 * (UTF-16 offsets). Coding queries combine codes' coverage with these: every function returns a
 * normal set (sorted, no empty range, neighbours merged), so a result's ranges are its maximal passages.
 */
export interface Range {
  start: number;
  end: number;
}

/** The union of any ranges (overlapping, touching, unsorted, empty): the characters any of them covers. */
export function normalize(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    // Touching ranges merge: `[0,5)` and `[5,9)` cover 0..8 without a gap, one passage.
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

export function union(a: readonly Range[], b: readonly Range[]): Range[] {
  return normalize([...a, ...b]);
}

/** Characters in both normal sets. */
export function intersect(a: readonly Range[], b: readonly Range[]): Range[] {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (start < end) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return normalize(out);
}

/** Characters of normal set `a` that are not in normal set `b`. */
export function subtract(a: readonly Range[], b: readonly Range[]): Range[] {
  const out: Range[] = [];
  let j = 0;
  for (const r of a) {
    let start = r.start;
    while (j < b.length && b[j]!.end <= start) j++;
    let k = j;
    while (k < b.length && b[k]!.start < r.end) {
      if (b[k]!.start > start) out.push({ start, end: b[k]!.start });
      start = Math.max(start, b[k]!.end);
      k++;
    }
    if (start < r.end) out.push({ start, end: r.end });
  }
  return normalize(out);
}

/** How many characters a normal set covers. */
export function coveredLength(ranges: readonly Range[]): number {
  return ranges.reduce((sum, r) => sum + r.end - r.start, 0);
}
