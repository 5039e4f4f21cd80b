import { parseXml, type XmlElement } from '../xml';
import { Canvas, segmentPolygon, type Color, type Paint } from './canvas';
import type { RasterFonts } from './glyphs';
import { IDENTITY, invert, map, mul, parseColor, parsePath, parseTransform, type Matrix } from './svgSyntax';

export { parseColor, parseTransform } from './svgSyntax';

/**
 * Paints the SVG our chart builders emit (shared/reports/charts.ts) into pixels, so the DOCX shows
 * the same charts as the HTML and PDF exports. Supported: svg with viewBox, g, defs, pattern
 * (userSpaceOnUse, patternTransform), rect (with "100%" sizes), circle, line, polyline, polygon,
 * path (M L H V Z, absolute and relative), text (text-anchor, font-size, bold, a paint-order
 * stroke halo), transform, fill, stroke, stroke-width, opacity, fill-opacity and stroke-opacity.
 * Text is drawn from the bundled fonts' outlines (DejaVu Sans, then Droid Sans Fallback for CJK),
 * whatever font-family says.
 */
interface Style {
  fill: string;
  stroke: string;
  strokeWidth: number;
  fontSize: number;
  bold: boolean;
  anchor: string;
  fillOpacity: number;
  strokeOpacity: number;
  opacity: number;
}

const INHERITED: [string, keyof Style, (v: string) => Style[keyof Style]][] = [
  ['fill', 'fill', (v) => v],
  ['stroke', 'stroke', (v) => v],
  ['stroke-width', 'strokeWidth', parseFloat],
  ['font-size', 'fontSize', parseFloat],
  ['font-weight', 'bold', (v) => v === 'bold' || parseInt(v, 10) >= 600],
  ['text-anchor', 'anchor', (v) => v],
  ['fill-opacity', 'fillOpacity', parseFloat],
  ['stroke-opacity', 'strokeOpacity', parseFloat],
];

const ROOT_STYLE: Style = {
  fill: '#000',
  stroke: 'none',
  strokeWidth: 1,
  fontSize: 16,
  bold: false,
  anchor: 'start',
  fillOpacity: 1,
  strokeOpacity: 1,
  opacity: 1,
};

/** Pattern tiles are painted at this many pixels per user unit. */
const TILE_SCALE = 8;

/** A filtered pattern tile: premultiplied RGBA of tw × th pixels covering w × h user units. */
interface Tile {
  pre: Float32Array;
  tw: number;
  th: number;
  w: number;
  h: number;
}

/** An SVG chart as pixels, with its natural size in CSS pixels (96 per inch). */
export interface SvgRaster {
  canvas: Canvas;
  width: number;
  height: number;
}

class Painter {
  private readonly patterns = new Map<string, XmlElement>();
  private readonly tiles = new Map<string, Tile>();

  /** `scale`: device pixels per user unit, for filtering pattern tiles. */
  constructor(
    private readonly canvas: Canvas,
    private readonly fonts: RasterFonts,
    private readonly vw: number,
    private readonly vh: number,
    private readonly scale: number,
  ) {}

  collect(el: XmlElement): void {
    if (el.local === 'pattern' && el.attrs.get('id')) this.patterns.set(el.attrs.get('id')!, el);
    for (const c of el.children) if (typeof c !== 'string') this.collect(c);
  }

  private paint(value: string, m: Matrix): Paint | null {
    const url = /^url\(#([^)]+)\)$/.exec(value.trim());
    if (!url) return parseColor(value);
    const tile = this.tile(url[1]!);
    if (!tile) return null;
    const q = invert(mul(m, parseTransform(this.patterns.get(url[1]!)!.attrs.get('patternTransform'))));
    const { pre, tw, th, w, h } = tile;
    const out: Color = { r: 0, g: 0, b: 0, a: 0 }; // reused: the canvas reads it before the next call
    return (px, py) => {
      const u = q[0] * px + q[2] * py + q[4],
        v = q[1] * px + q[3] * py + q[5];
      const tx = Math.min(tw - 1, Math.floor((u - Math.floor(u / w) * w) * TILE_SCALE));
      const ty = Math.min(th - 1, Math.floor((v - Math.floor(v / h) * h) * TILE_SCALE));
      const i = (ty * tw + tx) * 4;
      out.a = pre[i + 3]!;
      if (out.a > 0) {
        out.r = pre[i]! / out.a;
        out.g = pre[i + 1]! / out.a;
        out.b = pre[i + 2]! / out.a;
      }
      return out;
    };
  }

  /**
   * A pattern's tile, painted at TILE_SCALE pixels per unit and box-filtered (wrapping round) over
   * one device pixel's width, so one lookup per device pixel gives that pixel's average colour.
   * Premultiplied, alpha 0–1.
   */
  private tile(id: string): Tile | null {
    const el = this.patterns.get(id);
    if (!el) return null;
    let tile = this.tiles.get(id);
    if (!tile) {
      const w = parseFloat(el.attrs.get('width') ?? '0'),
        h = parseFloat(el.attrs.get('height') ?? '0');
      if (!(w > 0 && h > 0 && w <= 100 && h <= 100)) return null;
      const canvas = new Canvas(Math.ceil(w * TILE_SCALE), Math.ceil(h * TILE_SCALE));
      const inner = new Painter(canvas, this.fonts, w, h, 1);
      for (const [k, v] of this.patterns) inner.patterns.set(k, v);
      inner.children(el, ROOT_STYLE, [TILE_SCALE, 0, 0, TILE_SCALE, 0, 0]);
      const [tw, th, d] = [canvas.width, canvas.height, canvas.data];
      const box = Math.max(1, Math.round(TILE_SCALE / this.scale));
      const pre = new Float32Array(tw * th * 4);
      for (let y = 0; y < th; y++)
        for (let x = 0; x < tw; x++)
          for (let dy = 0; dy < box; dy++)
            for (let dx = 0; dx < box; dx++) {
              const j = (((((y + dy - (box >> 1)) % th) + th) % th) * tw + ((((x + dx - (box >> 1)) % tw) + tw) % tw)) * 4;
              const a = d[j + 3]! / 255 / (box * box);
              const i = (y * tw + x) * 4;
              pre[i]! += d[j]! * a;
              pre[i + 1]! += d[j + 1]! * a;
              pre[i + 2]! += d[j + 2]! * a;
              pre[i + 3]! += a;
            }
      tile = { pre, tw, th, w, h };
      this.tiles.set(id, tile);
    }
    return tile;
  }

  children(el: XmlElement, style: Style, m: Matrix): void {
    for (const c of el.children) if (typeof c !== 'string') this.element(c, style, m);
  }

  element(el: XmlElement, parent: Style, pm: Matrix): void {
    if (['defs', 'pattern', 'title', 'desc', 'style', 'metadata', 'clipPath', 'mask'].includes(el.local)) return;
    const style: Style = { ...parent, opacity: parent.opacity * parseFloat(el.attrs.get('opacity') ?? '1') };
    for (const [attr, key, parse] of INHERITED) {
      const v = el.attrs.get(attr);
      if (v !== undefined) (style as unknown as Record<string, unknown>)[key] = parse(v);
    }
    const m = el.attrs.has('transform') ? mul(pm, parseTransform(el.attrs.get('transform'))) : pm;
    const num = (name: string, of = 0) => {
      const v = el.attrs.get(name) ?? '0';
      return v.endsWith('%') ? (parseFloat(v) / 100) * of : parseFloat(v) || 0;
    };
    const sw = style.strokeWidth;
    switch (el.local) {
      case 'svg':
      case 'g':
      case 'a':
        return this.children(el, style, m);
      case 'rect': {
        const [x, y, w, h] = [num('x', this.vw), num('y', this.vh), num('width', this.vw), num('height', this.vh)];
        if (w <= 0 || h <= 0) return;
        if (m[1] === 0 && m[2] === 0) return this.axisRect(x, y, w, h, style, m);
        const box = (l: number, t: number, r: number, b: number) => [l, t, r, t, r, b, l, b];
        const ring = [box(x - sw / 2, y - sw / 2, x + w + sw / 2, y + h + sw / 2)];
        // the inner edge runs the other way round, so the non-zero rule leaves the inside empty
        if (w > sw && h > sw) ring.push(box(x + w - sw / 2, y + sw / 2, x + sw / 2, y + h - sw / 2));
        return this.draw([box(x, y, x + w, y + h)], ring, style, m);
      }
      case 'circle': {
        const circle = (r: number, dir: number) =>
          Array.from({ length: 64 }, (_, i) => {
            const t = (dir * Math.floor(i / 2) * Math.PI) / 16;
            return i % 2 ? num('cy') + r * Math.sin(t) : num('cx') + r * Math.cos(t);
          });
        const r = num('r');
        if (r > 0) this.draw([circle(r, 1)], [circle(r + sw / 2, 1), ...(r > sw / 2 ? [circle(r - sw / 2, -1)] : [])], style, m);
        return;
      }
      case 'line':
        return this.draw([], [segmentPolygon(num('x1'), num('y1'), num('x2'), num('y2'), sw)], style, m);
      case 'polyline':
      case 'polygon':
      case 'path': {
        const subpaths =
          el.local === 'path'
            ? parsePath(el.attrs.get('d') ?? '')
            : [
                {
                  pts: (el.attrs.get('points') ?? '')
                    .split(/[\s,]+/)
                    .filter(Boolean)
                    .map(Number),
                  closed: el.local === 'polygon',
                },
              ];
        const strokes = subpaths.flatMap(({ pts, closed }) => {
          const out: number[][] = [];
          const n = pts.length / 2;
          for (let i = 0; i + (closed ? 0 : 1) < n; i++)
            out.push(segmentPolygon(pts[2 * i]!, pts[2 * i + 1]!, pts[(2 * i + 2) % (2 * n)]!, pts[(2 * i + 3) % (2 * n)]!, sw));
          return out;
        });
        return this.draw(el.local === 'polyline' ? [] : subpaths.map((s) => s.pts), strokes, style, m);
      }
      case 'text':
        return this.text(el, style, m);
      default:
        return; // unknown elements draw nothing
    }
  }

  /** A rect that stays axis-aligned on the canvas (all of ours but rotated patterns): exact coverage, no scanlines. */
  private axisRect(x: number, y: number, w: number, h: number, style: Style, m: Matrix): void {
    const rect = (paint: Paint, opacity: number, l: number, t: number, r: number, b: number) =>
      this.canvas.fillRect(m[0] * l + m[4], m[3] * t + m[5], m[0] * r + m[4], m[3] * b + m[5], paint, opacity);
    const f = this.paint(style.fill, m);
    if (f) rect(f, style.fillOpacity * style.opacity, x, y, x + w, y + h);
    const s = style.stroke !== 'none' && style.strokeWidth > 0 ? this.paint(style.stroke, m) : null;
    if (!s) return;
    const [o, a] = [style.strokeWidth / 2, style.strokeOpacity * style.opacity];
    if (w <= 2 * o || h <= 2 * o) return rect(s, a, x - o, y - o, x + w + o, y + h + o);
    // four strips that do not overlap, so a translucent stroke is even
    rect(s, a, x - o, y - o, x + w + o, y + o);
    rect(s, a, x - o, y + h - o, x + w + o, y + h + o);
    rect(s, a, x - o, y + o, x + o, y + h - o);
    rect(s, a, x + w - o, y + o, x + w + o, y + h - o);
  }

  private draw(fill: number[][], stroke: number[][], style: Style, m: Matrix): void {
    const f = fill.length > 0 ? this.paint(style.fill, m) : null;
    if (f)
      this.canvas.fill(
        fill.map((c) => map(m, c)),
        f,
        style.fillOpacity * style.opacity,
      );
    const s = style.stroke !== 'none' && style.strokeWidth > 0 && stroke.length > 0 ? this.paint(style.stroke, m) : null;
    if (s)
      this.canvas.fill(
        stroke.filter((c) => c.length > 0).map((c) => map(m, c)),
        s,
        style.strokeOpacity * style.opacity,
      );
  }

  private text(el: XmlElement, style: Style, m: Matrix): void {
    const raw = el.children.map((c) => (typeof c === 'string' ? c : c.children.filter((x) => typeof x === 'string').join(''))).join('');
    const content = raw
      .replace(/[\r\n]+/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!content) return;
    const stack = style.bold ? this.fonts.bold : this.fonts.regular;
    const size = style.fontSize;
    const glyphs = [...content].map((ch) => stack.glyph(ch.codePointAt(0)!));
    const width = glyphs.reduce((w, { font, gid }) => w + font.advance(gid) * size, 0);
    let pen = parseFloat(el.attrs.get('x') ?? '0') - (style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0);
    const y = parseFloat(el.attrs.get('y') ?? '0');
    // Glyph points go straight from font units to device pixels: user (pen + gx·k, y − gy·k), then m.
    const outline: Float32Array[] = [];
    for (const { font, gid } of glyphs) {
      const k = size / font.ttf.unitsPerEm;
      // The CJK face has no bold: in bold text its glyphs are drawn twice, a hair apart, to thicken them.
      const shifts = style.bold && font !== stack.faces[0] ? [0, size * 0.05] : [0];
      for (const dx of shifts)
        for (const c of font.outline(gid)) {
          const pts = new Float32Array(c.length);
          for (let i = 0; i < c.length; i += 2) {
            const ux = pen + dx + c[i]! * k,
              uy = y - c[i + 1]! * k;
            pts[i] = m[0] * ux + m[2] * uy + m[4];
            pts[i + 1] = m[1] * ux + m[3] * uy + m[5];
          }
          outline.push(pts);
        }
      pen += font.advance(gid) * size;
    }
    // A stroke on text is drawn as a halo under the fill (the charts use paint-order="stroke"):
    // the outline filled eight times, shifted round a circle of half the stroke width.
    const halo = style.stroke !== 'none' ? this.paint(style.stroke, m) : null;
    if (halo && style.strokeWidth > 0) {
      const r = style.strokeWidth / 2;
      const copies: Float32Array[] = [];
      for (let i = 0; i < 8; i++) {
        const [dx, dy] = [r * Math.cos((i * Math.PI) / 4), r * Math.sin((i * Math.PI) / 4)];
        const [ox, oy] = [m[0] * dx + m[2] * dy, m[1] * dx + m[3] * dy];
        for (const c of outline) copies.push(c.map((v, j) => v + (j % 2 ? oy : ox)));
      }
      this.canvas.fill(copies, halo, style.strokeOpacity * style.opacity);
    }
    const fill = this.paint(style.fill, m);
    if (fill) this.canvas.fill(outline, fill, style.fillOpacity * style.opacity);
  }
}

/** Rasterizes an SVG document at `scale` device pixels per CSS pixel (2 → 192 DPI at natural size). */
export function rasterizeSvg(svg: string, scale: number, fonts: RasterFonts): SvgRaster {
  const root = parseXml(svg, { maxChars: 8 * 1024 * 1024, maxDepth: 64, maxNodes: 200_000 });
  if (root.local !== 'svg') throw new Error('not an SVG document');
  const vb = (root.attrs.get('viewBox') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  const width = parseFloat(root.attrs.get('width') ?? '') || vb[2] || 300;
  const height = parseFloat(root.attrs.get('height') ?? '') || vb[3] || 150;
  const canvas = new Canvas(Math.max(1, Math.ceil(width * scale)), Math.max(1, Math.ceil(height * scale)));
  const view: Matrix =
    vb.length === 4 && vb[2]! > 0 && vb[3]! > 0
      ? [width / vb[2]!, 0, 0, height / vb[3]!, (-vb[0]! * width) / vb[2]!, (-vb[1]! * height) / vb[3]!]
      : IDENTITY;
  const painter = new Painter(canvas, fonts, vb[2] || width, vb[3] || height, scale);
  painter.collect(root);
  painter.children(root, ROOT_STYLE, mul([scale, 0, 0, scale, 0, 0], view));
  return { canvas, width, height };
}
