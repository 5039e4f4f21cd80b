import { describe, expect, it } from 'vitest';
import type { TimedTurn } from '../../../shared/domain/live';
import { turnAtTime } from '../../../shared/live/link';

const turn = (position: number, startMs: number | null): TimedTurn => ({ id: `00000000-0000-4000-8000-00000000000${position}`, position, startMs, start: position * 10, end: position * 10 + 8 });

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
