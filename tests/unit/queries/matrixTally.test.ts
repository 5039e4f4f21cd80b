import { describe, expect, it } from 'vitest';
import type { ReportCoding } from '../../../shared/reports/data';
import { newTally, peopleSlots } from '../../../main/services/queries/matrixTally';
import { rng } from '../../bench/generateStudy';

describe('matrix people counts', () => {
  it('bitsets and sparse sets count the same people, on random placements', () => {
    const r = rng(11);
    const people = Array.from({ length: 70 }, (_, i) => `p${i}`);
    const [height, width] = [4, 6];
    const dense = newTally('participants', height, width, people, () => 0);
    const sparse = newTally('participants', height, width, people, () => 0, 0);
    for (let k = 0; k < 400; k++) {
      const coding = { id: `c${k}` } as ReportCoding;
      const rows = [...new Set([Math.floor(r() * height), Math.floor(r() * height)])];
      const placed = [...new Set([Math.floor(r() * width), Math.floor(r() * width)])].map((index) => ({
        index,
        people: [people[Math.floor(r() * people.length)]!, people[Math.floor(r() * people.length)]!],
      }));
      dense.add(coding, rows, placed);
      sparse.add(coding, rows, placed);
    }
    const a = dense.result();
    expect(sparse.result()).toEqual(a);
    expect(a.total).toBeGreaterThan(40);
  });

  it('takes sparse sets when bitsets over everyone would not fit', () => {
    // 200 rows × 2,000 participant columns × 2,000 people: 100 MB of bits; the sparse sets hold only what lands.
    const slots = peopleSlots(200 * 2000, 2000);
    slots.add(399_999, 1999);
    slots.add(399_999, 1999);
    slots.add(5, 0);
    expect([slots.size(399_999), slots.size(5), slots.size(6)]).toEqual([1, 1, 0]);
  });
});
