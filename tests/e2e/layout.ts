import { expect, type Locator } from '@playwright/test';

/** One row's box as the page lays it out. */
export interface RowBox {
  label: string;
  top: number;
  bottom: number;
}

/** The boxes of every element `rows` matches, top to bottom, read in one pass. */
export async function rowBoxes(rows: Locator): Promise<RowBox[]> {
  const boxes = await rows.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { label: (el.textContent ?? '').slice(0, 40), top: r.top, bottom: r.bottom };
    }),
  );
  return boxes.sort((a, b) => a.top - b.top);
}

/**
 * Rows of a list never print over each other: each row starts at or below the bottom of the row
 * above it (half a pixel of rounding allowed). Returns the boxes for further checks.
 */
export async function expectNoOverlap(rows: Locator, what: string): Promise<RowBox[]> {
  const boxes = await rowBoxes(rows);
  const overlaps = boxes.slice(1).flatMap((box, i) => {
    const above = boxes[i]!;
    return box.top < above.bottom - 0.5 ? [`"${box.label}" starts ${(above.bottom - box.top).toFixed(1)} px inside "${above.label}"`] : [];
  });
  expect(overlaps, `${what}: rows overlap`).toEqual([]);
  return boxes;
}
