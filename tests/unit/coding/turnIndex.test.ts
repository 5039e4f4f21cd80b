import { describe, expect, it } from 'vitest';
import { overlappingTurns } from '../../../shared/domain/turnIndex';

// Turns as a transcript lays them out: texts separated by a blank line ("\n\n").
const turns = [
  { start: 0, end: 10 },
  { start: 12, end: 20 },
  { start: 22, end: 40 },
  { start: 42, end: 43 },
];

describe('overlappingTurns', () => {
  it.each([
    [0, 5, [0]],
    [5, 15, [0, 1]],
    [10, 12, []],
    [9, 23, [0, 1, 2]],
    [40, 42, []],
    [42, 43, [3]],
    [0, 100, [0, 1, 2, 3]],
    [100, 200, []],
  ])('[%i, %i) → %j', (start, end, expected) => {
    expect(overlappingTurns(turns, start, end)).toEqual(expected);
  });

  it('agrees with a linear scan on random ranges', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ start: i * 10, end: i * 10 + 7 }));
    for (let k = 0; k < 300; k++) {
      const a = Math.floor(Math.random() * 5100);
      const b = a + 1 + Math.floor(Math.random() * 60);
      const linear = many.flatMap((t, i) => (t.start < b && t.end > a ? [i] : []));
      expect(overlappingTurns(many, a, b)).toEqual(linear);
    }
  });
});
