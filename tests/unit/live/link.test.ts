import { describe, expect, it } from 'vitest';
import type { TimedTurn } from '../../../shared/domain/live';
import { alignNotes, linkedTurn, offsetOf, turnAtTime } from '../../../shared/live/link';

const turn = (position: number, startMs: number | null): TimedTurn => ({
  id: `00000000-0000-4000-8000-00000000000${position}`,
  position,
  startMs,
  start: position * 10,
  end: position * 10 + 8,
});

describe('turnAtTime', () => {
  const turns = [turn(0, 1000), turn(1, 5000), turn(2, null), turn(3, 9000), turn(4, 9000)];

  it('finds the last turn started at or before the time', () => {
    expect(turnAtTime(turns, 1000)?.position).toBe(0);
    expect(turnAtTime(turns, 4999)?.position).toBe(0);
    expect(turnAtTime(turns, 5000)?.position).toBe(1);
    expect(turnAtTime(turns, 8000)?.position).toBe(1);
    expect(turnAtTime(turns, 1_000_000)?.position).toBe(3);
  });

  it('takes the first of turns starting together, skips untimed turns, and is null before the first', () => {
    expect(turnAtTime([turns[4]!, turns[3]!], 9500)?.position).toBe(3);
    expect(turnAtTime(turns, 999)).toBeNull();
    expect(turnAtTime([turn(0, null)], 5000)).toBeNull();
    expect(turnAtTime([], 0)).toBeNull();
  });
});

describe('alignNotes and linkedTurn: link only when the clocks are known to line up', () => {
  const min = 60_000;
  // A recording of the whole session: turns from 0 to 40 minutes.
  const session = [turn(0, 0), turn(1, 10 * min), turn(2, 25 * min), turn(3, 40 * min)];
  // The case: a transcript whose times span a few seconds (another clock).
  const seconds = [turn(0, 0), turn(1, 2000), turn(2, 4000)];
  const notes = [30_000, 12 * min, null, 41 * min];

  it('takes the clocks to line up when the transcript spans the notes', () => {
    expect(alignNotes(notes, session, null)).toEqual({ kind: 'covered' });
    expect(offsetOf(alignNotes(notes, session, null))).toBe(0);
    expect(linkedTurn(session, 12 * min, 0)?.position).toBe(1);
  });

  it('links nothing when the transcript was recorded on another clock', () => {
    const a = alignNotes(notes, seconds, null);
    expect(a).toEqual({ kind: 'unknown', notes: { from: 30_000, to: 41 * min }, transcript: { from: 0, to: 4000 } });
    expect(offsetOf(a)).toBeNull();
    // Before, every note linked to the last turn of those few seconds.
    for (const t of [30_000, 12 * min, 41 * min]) expect(linkedTurn(seconds, t, offsetOf(a))).toBeNull();
    // A recording that started hours into another day's clock: the notes come before it.
    expect(alignNotes(notes, [turn(0, 5 * 60 * min), turn(1, 6 * 60 * min)], null).kind).toBe('unknown');
    // Notes running far past the end of the recording.
    expect(alignNotes([0, 90 * min], session, null).kind).toBe('unknown');
  });

  it('allows a recording started up to a minute late and notes up to two minutes past the last turn', () => {
    expect(alignNotes([0, 41 * min], [turn(0, 59_000), turn(1, 40 * min)], null).kind).toBe('covered');
    expect(alignNotes([0, 41 * min], [turn(0, 61_000), turn(1, 40 * min)], null).kind).toBe('unknown');
    expect(alignNotes([0, 42 * min + 1], session, null).kind).toBe('unknown');
  });

  it('trusts an offset the user set, and maps note time + offset onto the transcript', () => {
    // The recording started 5 minutes before the notes clock: transcript time = note time + 5 min.
    const a = alignNotes(notes, session, 5 * min);
    expect(a).toEqual({ kind: 'set', offsetMs: 5 * min });
    expect(linkedTurn(session, 6 * min, offsetOf(a))?.position).toBe(1);
    expect(linkedTurn(session, 20 * min, offsetOf(a))?.position).toBe(2);
    // Mapped past the end of the recording (beyond the grace): no turn rather than the last one.
    expect(linkedTurn(session, 38 * min, offsetOf(a))).toBeNull();
    // Mapped before the first turn: none.
    expect(linkedTurn(session, 1000, -2000)).toBeNull();
    // 0 set by the user is a confirmation, even where the spans do not fit.
    expect(alignNotes(notes, seconds, 0)).toEqual({ kind: 'set', offsetMs: 0 });
  });

  it('knows nothing without timed notes or timed turns', () => {
    expect(alignNotes([null], session, null)).toEqual({ kind: 'unknown', notes: null, transcript: { from: 0, to: 40 * min } });
    expect(alignNotes(notes, [turn(0, null)], null)).toEqual({ kind: 'unknown', notes: { from: 30_000, to: 41 * min }, transcript: null });
    expect(linkedTurn([turn(0, null)], 0, 0)).toBeNull();
  });
});
