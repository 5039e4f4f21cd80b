import { expect, type Locator } from '@playwright/test';

/** One row's box as the page lays it out. */
export interface RowBox {
  label: string;
  /** The row's place in the whole list (`data-index`). */
  index: number;
  top: number;
  bottom: number;
}

/** The boxes of every element `rows` matches, top to bottom, read in one pass. */
export async function rowBoxes(rows: Locator): Promise<RowBox[]> {
  const boxes = await rows.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { label: (el.textContent ?? '').slice(0, 40), index: Number((el as HTMLElement).dataset.index), top: r.top, bottom: r.bottom };
    }),
  );
  return boxes.sort((a, b) => a.top - b.top);
}

/**
 * Rows of a virtualized list never print over each other: each row starts at or below the bottom of
 * the row above it. Neighbouring rows (consecutive indices) also touch: a gap means the row above
 * was placed by a guessed height, not its own, which is the same fault showing the other way.
 * Half a pixel of rounding is allowed.
 */
export async function expectNoOverlap(rows: Locator, what: string): Promise<RowBox[]> {
  const boxes = await rowBoxes(rows);
  const faults = boxes.slice(1).flatMap((box, i) => {
    const above = boxes[i]!;
    if (box.top < above.bottom - 0.5) return [`"${box.label}" starts ${(above.bottom - box.top).toFixed(1)} px inside "${above.label}"`];
    if (box.index === above.index + 1 && box.top > above.bottom + 0.5)
      return [`"${box.label}" starts ${(box.top - above.bottom).toFixed(1)} px below "${above.label}"`];
    return [];
  });
  expect(faults, `${what}: rows are not laid out by their real heights`).toEqual([]);
  return boxes;
}
