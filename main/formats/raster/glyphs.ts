import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextMeasure } from '../../../shared/reports/charts';
import { FONT_FILES } from '../pdf/font';
import { parseTrueType, tables, type TrueTypeFont } from '../pdf/ttf';

/** A glyph outline: closed contours of x, y pairs in font units (y up), quadratic curves flattened. */
export type Outline = Float32Array[];

/**
 * Glyph outlines from a TrueType `glyf` table, on top of the PDF exporter's reader (cmap, hmtx):
 * simple glyphs with their quadratic contours flattened to short lines, and composite glyphs
 * (accented letters) assembled from their components.
 */
export class GlyphFont {
  readonly ttf: TrueTypeFont;
  private readonly view: DataView;
  private readonly loca: number[];
  private readonly glyf: number;
  private readonly outlines = new Map<number, Outline>();
  private readonly replacement: number;

  constructor(bytes: Uint8Array) {
    this.ttf = parseTrueType(bytes);
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const t = tables(this.view);
    const head = t.get('head'),
      loca = t.get('loca'),
      glyf = t.get('glyf');
    if (!head || !loca || !glyf) throw new Error('TrueType font without glyph outlines.');
    const long = this.view.getInt16(head.offset + 50) === 1;
    this.loca = [];
    for (let g = 0; g <= this.ttf.numGlyphs; g++)
      this.loca.push(long ? this.view.getUint32(loca.offset + g * 4) : this.view.getUint16(loca.offset + g * 2) * 2);
    this.glyf = glyf.offset;
    this.replacement = this.ttf.cmap.get(0xfffd) ?? this.ttf.cmap.get(0x3f) ?? 0;
  }

  /** The glyph for a character; characters the font lacks show as U+FFFD, as in the PDF. */
  glyphId(cp: number): number {
    return this.ttf.cmap.get(cp) ?? this.replacement;
  }

  /** Advance width in em. */
  advance(gid: number): number {
    return this.ttf.advances[gid]! / this.ttf.unitsPerEm;
  }

  outline(gid: number): Outline {
    let o = this.outlines.get(gid);
    if (!o) {
      o = this.read(gid, 0);
      this.outlines.set(gid, o);
    }
    return o;
  }

  private read(gid: number, depth: number): Outline {
    if (gid >= this.ttf.numGlyphs || depth > 8) return [];
    const start = this.loca[gid]!,
      end = this.loca[gid + 1]!;
    if (end <= start) return []; // space and other empty glyphs
    const at = this.glyf + start;
    const contours = this.view.getInt16(at);
    return contours >= 0 ? this.simple(at, contours) : this.composite(at, depth);
  }

  private simple(at: number, count: number): Outline {
    const v = this.view;
    const ends: number[] = [];
    for (let i = 0; i < count; i++) ends.push(v.getUint16(at + 10 + i * 2));
    const points = count === 0 ? 0 : ends[count - 1]! + 1;
    let p = at + 10 + count * 2;
    p += 2 + v.getUint16(p); // skip instructions
    const flags = new Uint8Array(points);
    for (let i = 0; i < points;) {
      const f = v.getUint8(p++);
      flags[i++] = f;
      if (f & 8) for (let r = v.getUint8(p++); r > 0 && i < points; r--) flags[i++] = f;
    }
    const coords = (short: number, same: number) => {
      const out = new Int32Array(points);
      let c = 0;
      for (let i = 0; i < points; i++) {
        const f = flags[i]!;
        if (f & short) c += f & same ? v.getUint8(p++) : -v.getUint8(p++);
        else if (!(f & same)) {
          c += v.getInt16(p);
          p += 2;
        }
        out[i] = c;
      }
      return out;
    };
    const xs = coords(2, 16);
    const ys = coords(4, 32);
    const out: Outline = [];
    let first = 0;
    for (const last of ends) {
      out.push(flatten(xs, ys, flags, first, last));
      first = last + 1;
    }
    return out;
  }

  private composite(at: number, depth: number): Outline {
    const v = this.view;
    const out: Outline = [];
    let p = at + 10;
    for (;;) {
      const flags = v.getUint16(p);
      const gid = v.getUint16(p + 2);
      p += 4;
      const words = flags & 1;
      const dx = flags & 2 ? (words ? v.getInt16(p) : v.getInt8(p)) : 0;
      const dy = flags & 2 ? (words ? v.getInt16(p + 2) : v.getInt8(p + 1)) : 0;
      p += words ? 4 : 2;
      let [a, b, c, d] = [1, 0, 0, 1];
      const f2dot14 = (o: number) => v.getInt16(o) / 16384;
      if (flags & 8) {
        a = d = f2dot14(p);
        p += 2;
      } else if (flags & 0x40) {
        a = f2dot14(p);
        d = f2dot14(p + 2);
        p += 4;
      } else if (flags & 0x80) {
        a = f2dot14(p);
        b = f2dot14(p + 2);
        c = f2dot14(p + 4);
        d = f2dot14(p + 6);
        p += 8;
      }
      for (const contour of this.read(gid, depth + 1)) {
        const t = new Float32Array(contour.length);
        for (let i = 0; i < contour.length; i += 2) {
          t[i] = a * contour[i]! + c * contour[i + 1]! + dx;
          t[i + 1] = b * contour[i]! + d * contour[i + 1]! + dy;
        }
        out.push(t);
      }
      if (!(flags & 0x20)) return out;
    }
  }
}

/** Segments per quadratic curve: glyphs are drawn at 16–30 px, where 4 is indistinguishable from a curve. */
const STEPS = 4;

/** One contour's points (on- and off-curve) as a polygon, with implied on-curve midpoints. */
function flatten(xs: Int32Array, ys: Int32Array, flags: Uint8Array, first: number, last: number): Float32Array {
  type P = [number, number, boolean];
  const raw: P[] = [];
  for (let i = first; i <= last; i++) raw.push([xs[i]!, ys[i]!, (flags[i]! & 1) === 1]);
  // Start on an on-curve point (or, when there is none, the midpoint of the first two).
  const s = raw.findIndex((q) => q[2]);
  const pts: P[] =
    s >= 0
      ? [...raw.slice(s), ...raw.slice(0, s)]
      : [[(raw[0]![0] + raw[1 % raw.length]![0]) / 2, (raw[0]![1] + raw[1 % raw.length]![1]) / 2, true], ...raw];
  const out: number[] = [pts[0]![0], pts[0]![1]];
  let cur: P = pts[0]!;
  let ctrl: P | null = null;
  const quad = (c: P, e: P) => {
    for (let k = 1; k <= STEPS; k++) {
      const t = k / STEPS,
        u = 1 - t;
      out.push(u * u * cur[0] + 2 * u * t * c[0] + t * t * e[0], u * u * cur[1] + 2 * u * t * c[1] + t * t * e[1]);
    }
    cur = e;
  };
  for (let k = 1; k <= pts.length; k++) {
    const p = pts[k % pts.length]!;
    if (p[2]) {
      if (ctrl) quad(ctrl, p);
      else {
        out.push(p[0], p[1]);
        cur = p;
      }
      ctrl = null;
    } else if (ctrl) {
      quad(ctrl, [(ctrl[0] + p[0]) / 2, (ctrl[1] + p[1]) / 2, true]);
      ctrl = p;
    } else ctrl = p;
  }
  return new Float32Array(out);
}

/**
 * A font as chart text uses it: faces in order, each character drawn from the first that has it
 * (DejaVu Sans, then the CJK face); characters none has show as the first face's U+FFFD.
 */
export class GlyphStack {
  constructor(readonly faces: readonly GlyphFont[]) {}

  glyph(cp: number): { font: GlyphFont; gid: number } {
    for (const font of this.faces) {
      const gid = font.ttf.cmap.get(cp);
      if (gid !== undefined) return { font, gid };
    }
    return { font: this.faces[0]!, gid: this.faces[0]!.glyphId(cp) };
  }

  /** Width of text at a font size, in the same units as the size. */
  measure(text: string, size: number): number {
    let w = 0;
    for (const ch of text) {
      const { font, gid } = this.glyph(ch.codePointAt(0)!);
      w += font.advance(gid) * size;
    }
    return w;
  }
}

export interface RasterFonts {
  regular: GlyphStack;
  bold: GlyphStack;
}

const cache = new Map<string, GlyphFont>();

/** The regular and bold fonts, from the same folder and files the PDF exporter uses (loaded once per path). */
export function rasterFonts(dir: string): RasterFonts {
  const load = (name: string) => {
    const path = join(dir, name);
    let f = cache.get(path);
    if (!f) cache.set(path, (f = new GlyphFont(readFileSync(path))));
    return f;
  };
  const cjk = load(FONT_FILES.cjk);
  return { regular: new GlyphStack([load(FONT_FILES.regular), cjk]), bold: new GlyphStack([load(FONT_FILES.bold), cjk]) };
}

/** Chart text widths from the fonts' real advance widths (see shared/reports/charts.ts). */
export function chartTextMeasure(fonts: RasterFonts): TextMeasure {
  return (text, size, bold = false) => (bold ? fonts.bold : fonts.regular).measure(text, size);
}
