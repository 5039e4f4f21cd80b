import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultFontsDir } from '../../../main/appFiles';
import { FONT_FILES } from '../../../main/formats/pdf/font';
import { subsetTrueType } from '../../../main/formats/pdf/subset';
import { parseTrueType } from '../../../main/formats/pdf/ttf';
import { GlyphFont } from '../../../main/formats/raster/glyphs';

const font = (name: string) => readFileSync(join(defaultFontsDir(), name));
const wordSum = (b: Uint8Array) => {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let sum = 0;
  for (let i = 0; i + 4 <= b.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
};

describe('TrueType subsets for PDF embedding', () => {
  it('keeps the glyphs asked for (and the components of accented letters) with ids unchanged, drops the rest', () => {
    const bytes = font(FONT_FILES.regular);
    const full = new GlyphFont(bytes);
    const text = 'Čačak ø å ő ű đ';
    const gids = [...text].map((ch) => full.glyphId(ch.codePointAt(0)!));
    const subset = subsetTrueType(bytes, new Map([...text].map((ch) => [full.glyphId(ch.codePointAt(0)!), ch.codePointAt(0)!])));
    const cut = new GlyphFont(subset);
    // What the PDF stores is deflated: the empty glyphs' zeroed metrics and offsets cost next to nothing.
    expect(deflateSync(subset).length).toBeLessThan(deflateSync(bytes).length / 50);
    expect(cut.ttf.numGlyphs).toBeGreaterThan(Math.max(...gids)); // and ends at the highest component kept
    for (const g of gids) {
      expect(cut.outline(g), `glyph ${g}`).toEqual(full.outline(g));
      if (g !== full.glyphId(0x20)) expect(cut.outline(g).length).toBeGreaterThan(0);
      expect(cut.advance(g)).toBe(full.advance(g));
    }
    // Its own cmap maps the characters kept, and only those.
    for (const ch of text) expect(cut.ttf.cmap.get(ch.codePointAt(0)!)).toBe(full.glyphId(ch.codePointAt(0)!));
    expect(cut.ttf.cmap.has(0x78)).toBe(false);
    // A glyph not asked for (and no component of one) is empty.
    const x = full.glyphId(0x78);
    expect(full.outline(x).length).toBeGreaterThan(0);
    if (x < cut.ttf.numGlyphs) expect(cut.outline(x)).toEqual([]);
  });

  it('writes a well-formed font file: its words sum to 0xB1B0AFBA (head.checkSumAdjustment)', () => {
    const bytes = font(FONT_FILES.bold);
    const full = parseTrueType(bytes);
    const subset = subsetTrueType(
      bytes,
      new Map([
        [full.cmap.get(0x41)!, 0x41],
        [full.cmap.get(0x151)!, 0x151],
      ]),
    );
    expect(subset.length % 4).toBe(0);
    expect(wordSum(subset)).toBe(0xb1b0afba);
    expect(parseTrueType(subset).unitsPerEm).toBe(full.unitsPerEm);
  });

  it('cuts the 4 MB CJK face down to the few characters a report uses', () => {
    const bytes = font(FONT_FILES.cjk);
    const full = new GlyphFont(bytes);
    const text = '价格太贵配送延迟客服态度';
    const gids = [...text].map((ch) => full.ttf.cmap.get(ch.codePointAt(0)!)!);
    expect(gids.every((g) => g > 0)).toBe(true);
    const subset = subsetTrueType(bytes, new Map([...text].map((ch, i) => [gids[i]!, ch.codePointAt(0)!])));
    const cut = new GlyphFont(subset);
    for (const g of gids) expect(cut.outline(g)).toEqual(full.outline(g));
    expect(deflateSync(subset).length).toBeLessThan(deflateSync(bytes).length / 50);
  });

  it('ignores glyph ids the font does not have', () => {
    const bytes = font(FONT_FILES.regular);
    const subset = subsetTrueType(
      bytes,
      new Map([
        [1_000_000, 0x41],
        [-3, 0x42],
        [36, 0x41],
      ]),
    );
    const cut = parseTrueType(subset);
    expect(cut.numGlyphs).toBe(37);
    expect([...cut.cmap]).toEqual([[0x41, 36]]);
  });
});
