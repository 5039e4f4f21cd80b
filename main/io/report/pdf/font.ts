import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { appFile } from '../../../appFiles';
import { parseTrueType, type TrueTypeFont } from './ttf';
import type { PdfWriter } from './writer';

/** A parsed font file with its deflated bytes, shared by every export (loaded once per path). */
interface LoadedFont {
  name: string;
  ttf: TrueTypeFont;
  /** Advance widths in PDF text space (1/1000 em), rounded: measuring and /W agree exactly. */
  widths: Uint16Array;
  deflated: Buffer;
  length: number;
}

const cache = new Map<string, LoadedFont>();

function loadFont(path: string, name: string): LoadedFont {
  let font = cache.get(path);
  if (!font) {
    const bytes = readFileSync(path);
    const ttf = parseTrueType(bytes);
    const widths = new Uint16Array(ttf.numGlyphs);
    for (let g = 0; g < ttf.numGlyphs; g++) widths[g] = Math.round((ttf.advances[g]! * 1000) / ttf.unitsPerEm);
    font = { name, ttf, widths, deflated: deflateSync(bytes), length: bytes.length };
    cache.set(path, font);
  }
  return font;
}

/** resources/fonts of the app, wherever its code runs from: the sources, the bundle or app.asar. */
export function defaultFontsDir(): string {
  return appFile('resources', 'fonts');
}

/** Characters that draw nothing and are dropped: variation selectors, zero-width joiners and spaces, CR. */
const invisible = (cp: number) => cp === 0x0d || (cp >= 0x200b && cp <= 0x200f) || cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

/**
 * One font as used by one document: measures text, turns it into glyph ids (Identity-H) and
 * remembers which glyphs were used, for the /W widths and the ToUnicode map.
 * Characters the font lacks (CJK, most emoji...) are drawn as U+FFFD "�" — visibly replaced,
 * never silently dropped — and copy as U+FFFD.
 */
export class PdfFont {
  readonly used = new Map<number, number>();
  private readonly replacement: number;

  constructor(private readonly font: LoadedFont, readonly resource: string) {
    this.replacement = font.ttf.cmap.get(0xfffd) ?? font.ttf.cmap.get(0x3f) ?? 0;
  }

  /** Visible text only: tabs become spaces, invisible characters go. */
  static clean(text: string): string {
    let out = '';
    for (const ch of text) if (!invisible(ch.codePointAt(0)!)) out += ch === '\t' ? ' ' : ch;
    return out;
  }

  private glyph(cp: number): number {
    return this.font.ttf.cmap.get(cp) ?? this.replacement;
  }

  /** Width of text at a size, in points. */
  measure(text: string, size: number): number {
    let w = 0;
    for (const ch of text) w += this.font.widths[this.glyph(ch.codePointAt(0)!)]!;
    return (w * size) / 1000;
  }

  /** Text as a hex string of 2-byte glyph ids for Tj. */
  encode(text: string): string {
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const gid = this.glyph(cp);
      if (!this.used.has(gid)) this.used.set(gid, gid === this.replacement && !this.font.ttf.cmap.has(cp) ? 0xfffd : cp);
      hex += gid.toString(16).padStart(4, '0');
    }
    return `<${hex}>`;
  }

  /** Writes the Type0 font with its CIDFontType2 descendant, descriptor, font file and ToUnicode map. */
  write(w: PdfWriter, id: number): void {
    const { ttf, name } = this.font;
    const scale = (v: number) => Math.round((v * 1000) / ttf.unitsPerEm);
    const [cid, desc, file, toUnicode] = [w.alloc(), w.alloc(), w.alloc(), w.alloc()];
    const gids = [...this.used.keys()].sort((a, b) => a - b);
    const widths = gids.map((g) => `${g} [${this.font.widths[g]}]`).join(' ');
    w.set(id, `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
    w.set(cid, `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${desc} 0 R /DW 1000 /W [${widths}] /CIDToGIDMap /Identity >>`);
    w.set(desc, `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [${ttf.bbox.map(scale).join(' ')}] /ItalicAngle 0 /Ascent ${scale(ttf.ascent)} /Descent ${scale(ttf.descent)} /CapHeight ${scale(ttf.capHeight)} /StemV ${name.includes('Bold') ? 140 : 80} /FontFile2 ${file} 0 R >>`);
    w.stream(file, `/Length1 ${this.font.length}`, this.font.deflated, { deflated: true });
    w.stream(toUnicode, '', toUnicodeCMap(gids.map((g) => [g, this.used.get(g)!])));
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
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([g, cp]) => `<${g.toString(16).padStart(4, '0')}> <${utf16Hex(cp)}>`).join('\n')}\nendbfchar`);
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

/** The regular and bold fonts for one document. */
export interface FontPair {
  regular: PdfFont;
  bold: PdfFont;
}

export function loadFonts(fontsDir = defaultFontsDir()): FontPair {
  return {
    regular: new PdfFont(loadFont(join(fontsDir, 'DejaVuSans.ttf'), 'DejaVuSans'), 'F1'),
    bold: new PdfFont(loadFont(join(fontsDir, 'DejaVuSans-Bold.ttf'), 'DejaVuSans-Bold'), 'F2'),
  };
}
