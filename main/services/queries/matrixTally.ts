import type { MatrixCount } from '../../../shared/domain/matrix';
import type { ReportCoding } from '../../../shared/reports/data';
import type { Placement } from './matrixColumns';

/** Sets of people by slot (cell, row or column), people numbered 0…n-1. */
interface PeopleSlots {
  add(slot: number, person: number): void;
  size(slot: number): number;
}

/**
 * Above this many 32-bit words, bitsets over every person would take too much memory (2,000
 * respondents × 2,000 participant columns × 200 rows is 100 MB): sets of numbers, made only for
 * the slots people land in, take their place.
 */
export const DENSE_WORDS_LIMIT = 1 << 20;

/**
 * Bitsets over the study's people while they fit (a 30 × 10 matrix over 100,000 codings adds
 * millions of people to sets: setting bits costs a fraction of hashing), else sparse sets.
 */
export function peopleSlots(slots: number, people: number, denseLimit = DENSE_WORDS_LIMIT): PeopleSlots {
  const words = (people >>> 5) + 1;
  if (slots * words <= denseLimit) {
    const bits = new Uint32Array(slots * words);
    return {
      add: (slot, n) => void (bits[slot * words + (n >>> 5)]! |= 1 << (n & 31)),
      size: (slot) => {
        let size = 0;
        for (let w = slot * words; w < (slot + 1) * words; w++) size += popcount(bits[w]!);
        return size;
      },
    };
  }
  const sets = new Map<number, Set<number>>();
  return {
    add: (slot, n) => {
      let set = sets.get(slot);
      if (!set) sets.set(slot, (set = new Set()));
      set.add(n);
    },
    size: (slot) => sets.get(slot)?.size ?? 0,
  };
}

/**
 * Adds up what each coding brings to its cells, rows, columns and the whole. Codings and words are
 * sums (each coding is visited once, so totals count it once); participants are sets of people.
 */
export function newTally(
  count: MatrixCount,
  height: number,
  width: number,
  people: readonly string[],
  wordsOf: (c: ReportCoding) => number,
  denseLimit = DENSE_WORDS_LIMIT,
) {
  const cells = new Float64Array(height * width);
  const rowTotals = new Float64Array(height);
  const columnTotals = new Float64Array(width);
  let total = 0;
  const number = new Map(people.map((id, i) => [id, i]));
  const counting = count === 'participants';
  const cellPeople = peopleSlots(counting ? height * width : 0, people.length, denseLimit);
  const rowPeople = peopleSlots(counting ? height : 0, people.length, denseLimit);
  const columnPeople = peopleSlots(counting ? width : 0, people.length, denseLimit);
  const everyone = peopleSlots(counting ? 1 : 0, people.length, denseLimit);
  const sizes = (slots: PeopleSlots, n: number) => Array.from({ length: n }, (_, i) => slots.size(i));
  return {
    add(coding: ReportCoding, rows: readonly number[], placed: Placement[]) {
      if (counting) {
        for (const { index, people: who } of placed)
          for (const p of who) {
            const n = number.get(p);
            if (n === undefined) throw new Error(`participant ${p} of coding ${coding.id} is not in the study`);
            columnPeople.add(index, n);
            everyone.add(0, n);
            for (const r of rows) {
              cellPeople.add(r * width + index, n);
              rowPeople.add(r, n);
            }
          }
        return;
      }
      const n = count === 'words' ? wordsOf(coding) : 1;
      total += n;
      for (const { index } of placed) columnTotals[index]! += n;
      for (const r of rows) {
        rowTotals[r]! += n;
        for (const { index } of placed) cells[r * width + index]! += n;
      }
    },
    result() {
      if (counting) {
        const cellSizes = sizes(cellPeople, height * width);
        return {
          cells: Array.from({ length: height }, (_, r) => cellSizes.slice(r * width, (r + 1) * width)),
          rowTotals: sizes(rowPeople, height),
          columnTotals: sizes(columnPeople, width),
          total: everyone.size(0),
        };
      }
      return {
        cells: Array.from({ length: height }, (_, r) => [...cells.subarray(r * width, (r + 1) * width)]),
        rowTotals: [...rowTotals],
        columnTotals: [...columnTotals],
        total,
      };
    },
  };
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
