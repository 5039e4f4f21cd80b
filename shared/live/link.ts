import type { TimedTurn } from '../domain/live';

/**
 * The transcript turn being spoken at session time `ms`: the last turn that started at or before
 * it. Notes and recordings are assumed to start together (the clock's Start). Turns without a time
 * are skipped; null when the note comes before the first timed turn or nothing is timed.
 */
export function turnAtTime(turns: readonly TimedTurn[], ms: number): TimedTurn | null {
  let best: TimedTurn | null = null;
  for (const t of turns) {
    if (t.startMs === null || t.startMs > ms) continue;
    if (!best || t.startMs > best.startMs! || (t.startMs === best.startMs && t.position < best.position)) best = t;
  }
  return best;
}
