/** The part of a turn that lookups by offset need. */
export interface TurnSpan {
  start: number;
  end: number;
}

/**
 * Indexes of the turns that overlap `[start, end)`, for turns sorted by start and not overlapping
 * each other (as in every transcript). Binary search, so a coding on a 2,500-turn transcript costs
 * a dozen comparisons instead of a scan.
 */
export function overlappingTurns(turns: readonly TurnSpan[], start: number, end: number): number[] {
  let lo = 0;
  let hi = turns.length;
  // First turn whose end is after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < turns.length && turns[i]!.start < end; i++) if (turns[i]!.end > start) out.push(i);
  return out;
}
