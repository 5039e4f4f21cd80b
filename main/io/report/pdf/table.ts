import { lineSegments } from '../../../../shared/text/lineBreak';
import type { Cell } from '../tables';
import { COLOR, PAGE, type Layout } from './layout';

export interface TableOptions {
  /** Left indent (points) of the first cell of a row, for nested themes. */
  indent?: (row: number) => number;
  /** Right-aligned columns; by default those holding only numbers. */
  numeric?: boolean[];
}

/** Numbers as the DOCX shows them: integers as they are, others with at most two decimals. */
export const cellText = (v: Cell): string => (v === null ? '' : typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);

const PAD_X = 4;
const PAD_Y = 3;

/**
 * Column widths that fill the text width: each column wants its widest cell (capped), needs at
 * least its longest word; when the wants do not fit, the room above the needs is shared in
 * proportion to what each column still wants.
 */
function columnWidths(
  layout: Layout,
  header: string[],
  rows: string[][],
  numeric: boolean[],
  size: number,
): { widths: number[]; fits: boolean } {
  const reg = layout.fonts.regular;
  const bold = layout.fonts.bold;
  // The widest piece a line may not break inside (a Latin word; a single character of Chinese).
  const longestWord = (t: string, f: typeof reg) => Math.max(0, ...lineSegments(t).map((w) => f.measure(w.trimEnd(), size)));
  const need = header.map((h) => Math.min(90, longestWord(h, bold)) + 2 * PAD_X);
  // A long header over a column of numbers may wrap rather than take room from the text columns.
  const want = header.map((h, i) => Math.min(numeric[i] ? 48 : 140, bold.measure(h, size)) + 2 * PAD_X);
  for (const row of rows)
    row.forEach((t, i) => {
      want[i] = Math.max(want[i]!, Math.min(220, reg.measure(t, size)) + 2 * PAD_X);
      need[i] = Math.max(need[i]!, Math.min(90, longestWord(t, reg)) + 2 * PAD_X);
    });
  // A column never wants less than it needs: a capped want below the longest word (a long header over
  // numbers) took room back from the need, and the word broke ("Overlappin g").
  want.forEach((w, i) => (want[i] = Math.max(w, need[i]!)));
  const total = layout.width;
  const sumWant = want.reduce((a, b) => a + b, 0);
  if (sumWant <= total) return { widths: want.map((w) => (w * total) / sumWant), fits: true };
  const sumNeed = need.reduce((a, b) => a + b, 0);
  if (sumNeed >= total) return { widths: need.map((w) => (w * total) / sumNeed), fits: false };
  const extra = total - sumNeed;
  return { widths: need.map((n, i) => n + (extra * (want[i]! - n)) / (sumWant - sumNeed)), fits: true };
}

/**
 * A table: bold header row on a tint, wrapped cells, numbers right-aligned, light grid.
 * A row never splits; when the next row does not fit, the table continues on a new page under
 * a repeated header row.
 */
export function drawTable(layout: Layout, header: string[], cells: Cell[][], opts: TableOptions = {}): void {
  const rows = cells.map((r) => r.map(cellText));
  const numeric = opts.numeric ?? header.map((_, i) => cells.length > 0 && cells.every((r) => r[i] === null || typeof r[i] === 'number'));
  // The largest size (8 pt down to 6 pt) at which no word has to be broken inside a cell.
  let size = 8;
  let { widths, fits } = columnWidths(layout, header, rows, numeric, size);
  while (!fits && size > 6) {
    size -= 0.5;
    ({ widths, fits } = columnWidths(layout, header, rows, numeric, size));
  }
  const leading = size * 1.3;
  const maxLines = Math.floor((PAGE.height - PAGE.top - PAGE.bottom - 80) / leading);

  const lay = (texts: string[], bold: boolean, row: number) =>
    texts.map((t, i) => {
      const indent = i === 0 && opts.indent && !bold ? opts.indent(row) : 0;
      const lines = layout.wrap(t, bold ? 'bold' : 'regular', size, widths[i]! - 2 * PAD_X - indent);
      return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`] : lines;
    });

  const drawRow = (lines: string[][], bold: boolean, row: number) => {
    const h = Math.max(...lines.map((l) => l.length)) * leading + 2 * PAD_Y;
    const top = layout.y;
    if (bold) layout.rect(layout.left, top - h, layout.width, h, COLOR.headerFill);
    let x = layout.left;
    lines.forEach((cell, i) => {
      const w = widths[i]!;
      const indent = i === 0 && opts.indent && !bold ? opts.indent(row) : 0;
      cell.forEach((text, k) => {
        const baseline = top - PAD_Y - (k + 1) * leading + leading * 0.28;
        const font = bold ? 'bold' : 'regular';
        const tx = numeric[i] ? x + w - PAD_X - layout.font(font).measure(text, size) : x + PAD_X + indent;
        layout.text(tx, baseline, text, font, size, COLOR.ink);
      });
      x += w;
    });
    layout.line(layout.left, top - h, layout.right, top - h, COLOR.rule, bold ? 0.8 : 0.4);
    let vx = layout.left;
    for (const w of widths.slice(0, -1)) {
      vx += w;
      layout.line(vx, top, vx, top - h, COLOR.rule, 0.4);
    }
    layout.y = top - h;
    return h;
  };

  const head = lay(header, true, -1);
  const headHeight = Math.max(...head.map((l) => l.length)) * leading + 2 * PAD_Y;
  const startPage = () => {
    layout.line(layout.left, layout.y, layout.right, layout.y, COLOR.rule, 0.8);
    drawRow(head, true, -1);
  };
  const bodies = rows.map((r, i) => lay(r, false, i));
  const heightOf = (lines: string[][]) => Math.max(...lines.map((l) => l.length)) * leading + 2 * PAD_Y;
  layout.ensure(headHeight + (bodies[0] ? heightOf(bodies[0]) : 0));
  startPage();
  bodies.forEach((lines, i) => {
    if (layout.y - heightOf(lines) < PAGE.bottom) {
      layout.newPage();
      startPage();
    }
    drawRow(lines, false, i);
  });
  layout.y -= 10;
}
