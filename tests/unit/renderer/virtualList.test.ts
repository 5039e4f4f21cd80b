import { describe, expect, it } from 'vitest';
import { estimateRowHeight, indexAt, prefixSums, rowsToRender, scrollTopFor, visibleRange } from '../../../renderer/ui/virtualMath';
import { moveEndByWord, moveStartByWord } from '../../../renderer/coding/words';

describe('virtual list math', () => {
  const offsets = prefixSums([100, 50, 200, 50, 100]); // tops 0,100,150,350,400; total 500

  it('sums heights into row tops', () => {
    expect([...offsets]).toEqual([0, 100, 150, 350, 400, 500]);
    expect([...prefixSums([])]).toEqual([0]);
  });

  it('finds the row at a position', () => {
    expect(indexAt(offsets, 0)).toBe(0);
    expect(indexAt(offsets, 99.9)).toBe(0);
    expect(indexAt(offsets, 100)).toBe(1);
    expect(indexAt(offsets, 360)).toBe(3);
    expect(indexAt(offsets, 10_000)).toBe(4);
    expect(indexAt(offsets, -5)).toBe(0);
    expect(indexAt(prefixSums([]), 0)).toBe(-1);
  });

  it('computes the visible range with overscan', () => {
    expect(visibleRange(offsets, 0, 120, 0)).toEqual({ first: 0, last: 1 });
    expect(visibleRange(offsets, 160, 100, 0)).toEqual({ first: 2, last: 2 });
    expect(visibleRange(offsets, 160, 100, 50)).toEqual({ first: 1, last: 2 });
    expect(visibleRange(offsets, 160, 100, 100)).toEqual({ first: 0, last: 3 });
    // A row starting exactly at the bottom edge is not included.
    expect(visibleRange(offsets, 0, 150, 0)).toEqual({ first: 0, last: 1 });
    expect(visibleRange(prefixSums([]), 0, 100, 0)).toEqual({ first: 0, last: -1 });
  });

  it('scales to thousands of rows', () => {
    const many = prefixSums(Array.from({ length: 2500 }, (_, i) => 40 + (i % 7) * 10));
    const r = visibleRange(many, 50_000, 700, 1400);
    expect(r.last - r.first).toBeLessThan(100);
    expect(many[r.first]!).toBeLessThanOrEqual(50_000 - 1400);
    expect(many[r.last + 1]!).toBeGreaterThanOrEqual(50_000 + 700 + 1400 - 100);
  });

  it('adds pinned rows outside the range, sorted', () => {
    expect(rowsToRender({ first: 3, last: 5 }, [9, 4, 0, -1, 99], 10)).toEqual([0, 3, 4, 5, 9]);
    expect(rowsToRender({ first: 0, last: -1 }, [], 0)).toEqual([]);
  });

  it('scrolls a row into view', () => {
    expect(scrollTopFor(offsets, 2, 100, 0, 'start')).toBe(150);
    expect(scrollTopFor(offsets, 2, 100, 0, 'center')).toBe(200);
    expect(scrollTopFor(offsets, 1, 100, 0, 'nearest')).toBe(50);
    expect(scrollTopFor(offsets, 0, 100, 300, 'nearest')).toBe(0);
    expect(scrollTopFor(offsets, 3, 100, 330, 'nearest')).toBe(330);
    // Never past the end.
    expect(scrollTopFor(offsets, 4, 300, 0, 'start')).toBe(200);
  });

  it('estimates heights from text length and width', () => {
    expect(estimateRowHeight(10, 600)).toBeCloseTo(37.5 + 26.7);
    expect(estimateRowHeight(160, 586)).toBeCloseTo(37.5 + 3 * 26.7);
    expect(estimateRowHeight(1000, 600)).toBeGreaterThan(estimateRowHeight(1000, 1200));
  });
});

describe('moving coding boundaries by a word', () => {
  const t = 'The price was too high.';
  it('moves the start to the next or previous word start', () => {
    expect(moveStartByWord(t, 4, 1)).toBe(10);
    expect(moveStartByWord(t, 4, -1)).toBe(0);
    expect(moveStartByWord(t, 0, -1)).toBe(0);
  });
  it('moves the end to the next or previous word end', () => {
    expect(moveEndByWord(t, 9, 1)).toBe(13);
    expect(moveEndByWord(t, 13, -1)).toBe(9);
    expect(moveEndByWord(t, 22, 1)).toBe(22);
  });
});
