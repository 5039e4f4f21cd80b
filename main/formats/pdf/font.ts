import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subsetTrueType } from './subset';
import { parseTrueType, type TrueTypeFont } from './ttf';
import type { PdfWriter } from './writer';

/** A parsed font file with its bytes, shared by every export (loaded once per path). */
interface LoadedFont {
  name: string;
  ttf: TrueTypeFont;
  /** Advance widths in PDF text space (1/1000 em), rounded: measuring and /W agree exactly. */
  widths: Uint16Array;
  bytes: Uint8Array;
}

const cache = new Map<string, LoadedFont>();

function loadFont(path: string, name: string): LoadedFont {
  let font = cache.get(path);
  if (!font) {
    const bytes = readFileSync(path);
    const ttf = parseTrueType(bytes);
    const widths = new Uint16Array(ttf.numGlyphs);
    for (let g = 0; g < ttf.numGlyphs; g++) widths[g] = Math.round((ttf.advances[g]! * 1000) / ttf.unitsPerEm);
    font = { name, ttf, widths, bytes };
    cache.set(path, font);
  }
  return font;
}

/**
 * The font files, in the order a character is looked for in them: DejaVu Sans (Latin with every
 * diacritic, Greek, Cyrillic, symbols), then Droid Sans Fallback (Chinese, Japanese, Korean),
 * which has one weight: bold CJK text is drawn from it with a thin outline.
 */
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', cjk: 'DroidSansFallbackFull.ttf' } as const;

/** Characters that draw nothing and are dropped: variation selectors, zero-width joiners and spaces, CR. */
const invisible = (cp: number) =>
  cp === 0x0d || (cp >= 0x200b && cp <= 0x200f) || cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

/**
 * One embedded font of one document: turns characters into glyph ids (Identity-H) and remembers
 * which glyphs were used, for the /W widths, the ToUnicode map and the subset it embeds.
 */
export class PdfFace {
  readonly used = new Map<number, number>();
  readonly replacement: number;

  constructor(
    private readonly font: LoadedFont,
    readonly resource: string,
  ) {
    this.replacement = font.ttf.cmap.get(0xfffd) ?? font.ttf.cmap.get(0x3f) ?? 0;
  }

  /** The glyph for a character, if the font has one. */
  glyph(cp: number): number | undefined {
    return this.font.ttf.cmap.get(cp);
  }

  /** Advance width of a glyph in 1/1000 em. */
  width(gid: number): number {
    return this.font.widths[gid]!;
  }

  /** A glyph as a 4-digit hex code for Tj, remembering which character it stands for. */
  encode(gid: number, cp: number): string {
    if (!this.used.has(gid)) this.used.set(gid, gid === this.replacement && this.glyph(cp) !== gid ? 0xfffd : cp);
    return gid.toString(16).padStart(4, '0');
  }

  /**
   * Writes the Type0 font with its CIDFontType2 descendant, descriptor, ToUnicode map and the
   * font file cut down to the glyphs used; its name carries the subset tag (ABCDEF+Name) that
   * PDF readers expect of a subset.
   */
  write(w: PdfWriter, id: number): void {
    const { ttf } = this.font;
    const gids = [...this.used.keys()].sort((a, b) => a - b);
    const name = `${subsetTag(gids)}+${this.font.name}`;
    const scale = (v: number) => Math.round((v * 1000) / ttf.unitsPerEm);
    const [cid, desc, file, toUnicode] = [w.alloc(), w.alloc(), w.alloc(), w.alloc()];
    const widths = gids.map((g) => `${g} [${this.font.widths[g]}]`).join(' ');
    const subset = subsetTrueType(this.font.bytes, this.used);
    w.set(
      id,
      `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
    );
    w.set(
      cid,
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${desc} 0 R /DW 1000 /W [${widths}] /CIDToGIDMap /Identity >>`,
    );
    w.set(
      desc,
      `<< /Type /FontDescriptor /FontName /${name} /Flags 4 /FontBBox [${ttf.bbox.map(scale).join(' ')}] /ItalicAngle 0 /Ascent ${scale(ttf.ascent)} /Descent ${scale(ttf.descent)} /CapHeight ${scale(ttf.capHeight)} /StemV ${name.includes('Bold') ? 140 : 80} /FontFile2 ${file} 0 R >>`,
    );
    w.stream(file, `/Length1 ${subset.length}`, subset);
    w.stream(toUnicode, '', toUnicodeCMap(gids.map((g) => [g, this.used.get(g)!])));
  }
}

/** Six capital letters that name a subset, the same for the same glyphs (a hash of their ids). */
function subsetTag(gids: number[]): string {
  let h = 0x811c9dc5;
  for (const g of gids) h = Math.imul(h ^ g, 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++, h = Math.floor(h / 26)) tag += String.fromCharCode(65 + (h % 26));
  return tag;
}

/** A run of text drawn from one face. `fauxBold`: the face has no bold, so the run is outlined. */
export interface TextRun {
  face: PdfFace;
  hex: string;
  fauxBold: boolean;
}

/**
 * A font as the layout sees it: a chain of faces, each character drawn from the first that has
 * it. Characters none has (most emoji...) are drawn as the first face's U+FFFD "�": visibly
 * replaced, never silently dropped, and they copy as U+FFFD.
 */
export class PdfFont {
  constructor(private readonly chain: readonly { face: PdfFace; fauxBold?: boolean }[]) {}

  /** Visible text only: tabs become spaces, invisible characters go. */
  static clean(text: string): string {
    let out = '';
    for (const ch of text) if (!invisible(ch.codePointAt(0)!)) out += ch === '\t' ? ' ' : ch;
    return out;
  }

  private pick(cp: number): { link: number; gid: number } {
    for (let i = 0; i < this.chain.length; i++) {
      const gid = this.chain[i]!.face.glyph(cp);
      if (gid !== undefined) return { link: i, gid };
    }
    return { link: 0, gid: this.chain[0]!.face.replacement };
  }

  /** Width of text at a size, in points. */
  measure(text: string, size: number): number {
    let w = 0;
    for (const ch of text) {
      const { link, gid } = this.pick(ch.codePointAt(0)!);
      w += this.chain[link]!.face.width(gid);
    }
    return (w * size) / 1000;
  }

  /** Text as runs of glyph ids, one run per stretch drawn from the same face. */
  runs(text: string): TextRun[] {
    const out: TextRun[] = [];
    let last = -1;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const { link, gid } = this.pick(cp);
      const { face, fauxBold = false } = this.chain[link]!;
      if (link !== last) out.push({ face, hex: '', fauxBold });
      out[out.length - 1]!.hex += face.encode(gid, cp);
      last = link;
    }
    return out;
  }
}

const utf16Hex = (cp: number) => {
  const s = String.fromCodePoint(cp);
  let hex = '';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
};

/** A ToUnicode CMap mapping glyph ids (our character codes) back to text, 100 entries a block. */
function toUnicodeCMap(pairs: [number, number][]): string {
  const blocks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    blocks.push(
      `${chunk.length} beginbfchar\n${chunk.map(([g, cp]) => `<${g.toString(16).padStart(4, '0')}> <${utf16Hex(cp)}>`).join('\n')}\nendbfchar`,
    );
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${blocks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
}

/** The regular and bold fonts for one document, and every face they draw from (to embed). */
export interface FontPair {
  regular: PdfFont;
  bold: PdfFont;
  faces: PdfFace[];
}

export function loadFonts(fontsDir: string): FontPair {
  const regular = new PdfFace(loadFont(join(fontsDir, FONT_FILES.regular), 'DejaVuSans'), 'F1');
  const bold = new PdfFace(loadFont(join(fontsDir, FONT_FILES.bold), 'DejaVuSans-Bold'), 'F2');
  const cjk = new PdfFace(loadFont(join(fontsDir, FONT_FILES.cjk), 'DroidSansFallback'), 'F3');
  return {
    regular: new PdfFont([{ face: regular }, { face: cjk }]),
    bold: new PdfFont([{ face: bold }, { face: cjk, fauxBold: true }]),
    faces: [regular, bold, cjk],
  };
}
