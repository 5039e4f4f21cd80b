import { tables } from './ttf';

/**
 * A TrueType font cut down to the glyphs a document uses, for embedding in a PDF (FontFile2).
 * Glyph ids stay as they are, so text already encoded as glyph ids needs no remapping: the glyphs
 * not kept become empty, and the font ends after the highest kept glyph. Composite glyphs (accented
 * letters) keep the glyphs they are built from. `glyphs` maps each glyph id kept to the character
 * it draws, for a small cmap. Only the tables a PDF reader uses for a CIDFontType2 are written
 * (head, hhea, maxp, hmtx, loca, glyf, cmap and the hinting programs cvt, fpgm, prep).
 */
export function subsetTrueType(bytes: Uint8Array, glyphs: ReadonlyMap<number, number>): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const t = tables(view);
  const need = (tag: string) => {
    const table = t.get(tag);
    if (!table) throw new Error(`TrueType font without a ${tag} table.`);
    return table;
  };
  const [head, hhea, maxp, hmtx, loca, glyf] = ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf'].map(need) as [
    Table,
    Table,
    Table,
    Table,
    Table,
    Table,
  ];
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const locaAt = (g: number) => (longLoca ? view.getUint32(loca.offset + g * 4) : view.getUint16(loca.offset + g * 2) * 2);
  const glyphBytes = (g: number) => bytes.subarray(glyf.offset + locaAt(g), glyf.offset + locaAt(g + 1));

  // The glyphs asked for, .notdef, and every component of a composite glyph, however deep.
  const keep = new Set<number>();
  const queue = [0, ...[...glyphs.keys()].filter((g) => g >= 0 && g < numGlyphs)];
  while (queue.length > 0) {
    const g = queue.pop()!;
    if (keep.has(g)) continue;
    keep.add(g);
    for (const c of components(glyphBytes(g))) if (c < numGlyphs && !keep.has(c)) queue.push(c);
  }
  const count = Math.max(...keep) + 1;

  const metrics = view.getUint16(hhea.offset + 34);
  const advance = (g: number) => view.getUint16(hmtx.offset + Math.min(g, metrics - 1) * 4);
  const lsb = (g: number) =>
    g < metrics ? view.getInt16(hmtx.offset + g * 4 + 2) : view.getInt16(hmtx.offset + metrics * 4 + (g - metrics) * 2);

  const newLoca = new DataView(new ArrayBuffer((count + 1) * 4));
  const newHmtx = new DataView(new ArrayBuffer(count * 4));
  const parts: Uint8Array[] = [];
  let at = 0;
  for (let g = 0; g < count; g++) {
    newLoca.setUint32(g * 4, at);
    // Glyphs not kept are empty with zero metrics: the /W array gives the PDF's widths anyway,
    // and runs of zeros cost next to nothing once deflated.
    if (!keep.has(g)) continue;
    const data = glyphBytes(g);
    parts.push(data, new Uint8Array((4 - (data.length % 4)) % 4));
    at += data.length + ((4 - (data.length % 4)) % 4);
    newHmtx.setUint16(g * 4, advance(g));
    newHmtx.setInt16(g * 4 + 2, lsb(g));
  }
  newLoca.setUint32(count * 4, at);

  const copy = (tb: Table) => new Uint8Array(bytes.subarray(tb.offset, tb.offset + tb.length));
  const newHead = copy(head);
  new DataView(newHead.buffer).setUint32(8, 0); // checkSumAdjustment, set below
  new DataView(newHead.buffer).setInt16(50, 1); // long loca offsets
  const newHhea = copy(hhea);
  new DataView(newHhea.buffer).setUint16(34, count);
  const newMaxp = copy(maxp);
  new DataView(newMaxp.buffer).setUint16(4, count);

  const out = new Map<string, Uint8Array>([
    ['head', newHead],
    ['hhea', newHhea],
    ['maxp', newMaxp],
    ['hmtx', new Uint8Array(newHmtx.buffer)],
    ['loca', new Uint8Array(newLoca.buffer)],
    ['glyf', concat(parts, at)],
    ['cmap', cmapTable(glyphs, count)],
  ]);
  for (const tag of ['cvt ', 'fpgm', 'prep']) {
    const tb = t.get(tag);
    if (tb) out.set(tag, copy(tb));
  }
  const font = writeSfnt(out);
  // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
  const headAt = tableOffset(font, 'head');
  new DataView(font.buffer).setUint32(headAt + 8, (0xb1b0afba - checksum(font)) >>> 0);
  return font;
}

/** A cmap with one Windows Unicode (3, 10) format 12 subtable: each kept character to its glyph. */
function cmapTable(glyphs: ReadonlyMap<number, number>, count: number): Uint8Array {
  const pairs = [...new Map([...glyphs].filter(([g]) => g > 0 && g < count).map(([g, cp]) => [cp, g])).entries()].sort(
    (a, b) => a[0] - b[0],
  );
  const out = new DataView(new ArrayBuffer(12 + 16 + pairs.length * 12));
  out.setUint16(2, 1); // version 0, one subtable
  out.setUint16(4, 3);
  out.setUint16(6, 10);
  out.setUint32(8, 12);
  out.setUint16(12, 12); // format 12
  out.setUint32(16, 16 + pairs.length * 12);
  out.setUint32(24, pairs.length);
  pairs.forEach(([cp, g], i) => {
    out.setUint32(28 + i * 12, cp);
    out.setUint32(32 + i * 12, cp);
    out.setUint32(36 + i * 12, g);
  });
  return new Uint8Array(out.buffer);
}

interface Table {
  offset: number;
  length: number;
}

/** The glyph ids a composite glyph is built from (none for a simple or empty glyph). */
function components(glyph: Uint8Array): number[] {
  if (glyph.length < 10) return [];
  const v = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  if (v.getInt16(0) >= 0) return [];
  const out: number[] = [];
  let p = 10;
  for (;;) {
    if (p + 4 > glyph.length) return out;
    const flags = v.getUint16(p);
    out.push(v.getUint16(p + 2));
    p += 4 + (flags & 1 ? 4 : 2);
    p += flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0;
    if (!(flags & 0x20)) return out;
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The OpenType table checksum: the sum of big-endian 32-bit words, the last one zero-padded. */
function checksum(data: Uint8Array): number {
  const padded = data.length % 4 === 0 ? data : concat([data, new Uint8Array(4 - (data.length % 4))], data.length + 4 - (data.length % 4));
  const v = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** An sfnt file of the given tables, in tag order, each 4-byte aligned. */
function writeSfnt(tablesByTag: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tablesByTag.keys()].sort();
  const n = tags.length;
  const headerSize = 12 + n * 16;
  const total = headerSize + tags.reduce((s, tag) => s + Math.ceil(tablesByTag.get(tag)!.length / 4) * 4, 0);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(n));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, n);
  v.setUint16(6, 16 * 2 ** entrySelector);
  v.setUint16(8, entrySelector);
  v.setUint16(10, n * 16 - 16 * 2 ** entrySelector);
  let at = headerSize;
  tags.forEach((tag, i) => {
    const data = tablesByTag.get(tag)!;
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) v.setUint8(rec + k, tag.charCodeAt(k));
    v.setUint32(rec + 4, checksum(data));
    v.setUint32(rec + 8, at);
    v.setUint32(rec + 12, data.length);
    out.set(data, at);
    at += Math.ceil(data.length / 4) * 4;
  });
  return out;
}

function tableOffset(font: Uint8Array, tag: string): number {
  return tables(new DataView(font.buffer, font.byteOffset, font.byteLength)).get(tag)!.offset;
}
