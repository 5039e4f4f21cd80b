/**
 * A minimal TrueType reader: just what a PDF needs to place and embed the font. Reads `head`
 * (unitsPerEm, bounding box), `hhea` (ascent, descent, numberOfHMetrics), `maxp` (numGlyphs),
 * `hmtx` (advance widths) and `cmap` (format 4 for the BMP, format 12 for astral characters).
 */
export interface TrueTypeFont {
  unitsPerEm: number;
  numGlyphs: number;
  /** Font bounding box in font units: xMin, yMin, xMax, yMax. */
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
  capHeight: number;
  /** Advance width of each glyph in font units. */
  advances: Uint16Array;
  /** Unicode code point → glyph id. */
  cmap: Map<number, number>;
}

/** The table directory: tag → offset and length. */
export function tables(view: DataView): Map<string, { offset: number; length: number }> {
  const out = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    out.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return out;
}

function readFormat4(view: DataView, at: number, into: Map<number, number>): void {
  const segX2 = view.getUint16(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = view.getUint16(ends + s);
    const start = view.getUint16(starts + s);
    const delta = view.getInt16(deltas + s);
    const rangeOffset = view.getUint16(ranges + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let gid: number;
      if (rangeOffset === 0) gid = (c + delta) & 0xffff;
      else {
        const g = view.getUint16(ranges + s + rangeOffset + 2 * (c - start));
        gid = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (gid !== 0 && !into.has(c)) into.set(c, gid);
    }
  }
}

function readFormat12(view: DataView, at: number, into: Map<number, number>): void {
  const groups = view.getUint32(at + 12);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12;
    const start = view.getUint32(g);
    const end = view.getUint32(g + 4);
    const glyph = view.getUint32(g + 8);
    for (let c = start; c <= end; c++) if (!into.has(c)) into.set(c, glyph + (c - start));
  }
}

/** Parses the tables above; throws on anything that is not a TrueType (glyf-based) font. */
export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('Not a TrueType font.');
  const t = tables(view);
  const need = (tag: string) => {
    const table = t.get(tag);
    if (!table) throw new Error(`TrueType font without a ${tag} table.`);
    return table.offset;
  };
  const head = need('head');
  const hhea = need('hhea');
  const maxp = need('maxp');
  const hmtx = need('hmtx');
  const cmapAt = need('cmap');
  const unitsPerEm = view.getUint16(head + 18);
  const numGlyphs = view.getUint16(maxp + 4);
  const metrics = view.getUint16(hhea + 34);
  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) advances[g] = g < metrics ? view.getUint16(hmtx + g * 4) : advances[metrics - 1]!;

  // Unicode subtables: full-range format 12 first (astral characters), then BMP format 4.
  const cmap = new Map<number, number>();
  const subtables: { format: number; at: number }[] = [];
  const count = view.getUint16(cmapAt + 2);
  for (let i = 0; i < count; i++) {
    const rec = cmapAt + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const at = cmapAt + view.getUint32(rec + 4);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push({ format: view.getUint16(at), at });
  }
  for (const s of subtables) if (s.format === 12) readFormat12(view, s.at, cmap);
  for (const s of subtables) if (s.format === 4) readFormat4(view, s.at, cmap);
  if (cmap.size === 0) throw new Error('TrueType font without a Unicode cmap.');

  const os2 = t.get('OS/2');
  const ascent = view.getInt16(hhea + 4);
  const capHeight = os2 && view.getUint16(os2.offset) >= 2 ? view.getInt16(os2.offset + 88) : Math.round(ascent * 0.7);
  return {
    unitsPerEm,
    numGlyphs,
    bbox: [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)],
    ascent,
    descent: view.getInt16(hhea + 6),
    capHeight,
    advances,
    cmap,
  };
}
