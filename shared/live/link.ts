import type { TimedTurn } from '../domain/live';

/**
 * Notes and transcript turns: which turn was being spoken when a note was taken. Notes carry the
 * session clock's time; a transcript carries its recording's. The two line up only when the
 * recording started with the clock's Start, or when the user said how far apart they are.
 */

/** How far notes may run on past the start of the last timed turn (a long last turn, the goodbyes). */
export const TAIL_GRACE_MS = 120_000;
/** How far notes may begin before the first timed turn (the recording was started a little late). */
export const LEAD_GRACE_MS = 60_000;

/** A stretch of time, in ms. */
export interface TimeSpan {
  from: number;
  to: number;
}

/**
 * Whether, and how, the session's notes line up with its transcript:
 * - `set`: the user set (or confirmed, with 0) the offset: note time + offset = transcript time.
 * - `covered`: nothing was set, but the transcript's timed turns span every timed note (within the
 *   graces above), so the clocks are taken to have started together (offset 0).
 * - `unknown`: nothing was set and the spans do not fit (a recording on another clock, a transcript
 *   of a few seconds, notes without times): no note links to a turn, rather than to a wrong one.
 */
export type NoteAlignment =
  { kind: 'set'; offsetMs: number } | { kind: 'covered' } | { kind: 'unknown'; notes: TimeSpan | null; transcript: TimeSpan | null };

/** The span of the given times (nulls skipped), or null when none is given. */
export function spanOf(times: Iterable<number | null>): TimeSpan | null {
  let span: TimeSpan | null = null;
  for (const t of times) {
    if (t === null) continue;
    span = span ? { from: Math.min(span.from, t), to: Math.max(span.to, t) } : { from: t, to: t };
  }
  return span;
}

/**
 * Decides whether notes taken at `noteTimes` (session time) line up with `turns`. A set offset is
 * trusted as it is. Otherwise "known to line up" means the transcript's timed turns cover every
 * timed note: the first turn starts no later than a minute after the first note, and the last turn
 * starts no earlier than two minutes before the last note. A transcript recorded on another clock
 * (its times a few seconds long, or hours into a recorder's day) fails that test; one that starts
 * and ends with the session passes it.
 */
export function alignNotes(noteTimes: Iterable<number | null>, turns: readonly TimedTurn[], offsetMs: number | null): NoteAlignment {
  if (offsetMs !== null) return { kind: 'set', offsetMs };
  const notes = spanOf(noteTimes);
  const transcript = spanOf(turns.map((t) => t.startMs));
  if (notes && transcript && transcript.from <= notes.from + LEAD_GRACE_MS && transcript.to + TAIL_GRACE_MS >= notes.to)
    return { kind: 'covered' };
  return { kind: 'unknown', notes, transcript };
}

/** The offset to apply to note times under `alignment` (0 when covered), or null: do not link. */
export function offsetOf(alignment: NoteAlignment): number | null {
  if (alignment.kind === 'set') return alignment.offsetMs;
  return alignment.kind === 'covered' ? 0 : null;
}

/**
 * The turn a note taken at session time `noteMs` belongs to, with the clocks `offsetMs` apart
 * (null: they are not known to line up, so no turn). A note that lands before the first timed turn
 * or well after the last (beyond the tail grace) has none.
 */
export function linkedTurn(turns: readonly TimedTurn[], noteMs: number, offsetMs: number | null): TimedTurn | null {
  if (offsetMs === null) return null;
  const at = noteMs + offsetMs;
  const span = spanOf(turns.map((t) => t.startMs));
  if (!span || at > span.to + TAIL_GRACE_MS) return null;
  return turnAtTime(turns, at);
}

/**
 * The transcript turn being spoken at transcript time `ms`: the last turn that started at or before
 * it. Turns without a time are skipped; null when `ms` comes before the first timed turn or nothing
 * is timed. Callers map a note's time to transcript time first (see linkedTurn).
 */
export function turnAtTime(turns: readonly TimedTurn[], ms: number): TimedTurn | null {
  let best: TimedTurn | null = null;
  for (const t of turns) {
    if (t.startMs === null || t.startMs > ms) continue;
    if (!best || t.startMs > best.startMs! || (t.startMs === best.startMs && t.position < best.position)) best = t;
  }
  return best;
}
