import type { RgbaImage } from './png';

/** A straight (not premultiplied) colour; `a` from 0 to 1. */
export interface Color {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A solid colour, or a colour per device pixel (patterns), sampled at the pixel's centre. */
export type Paint = Color | ((x: number, y: number) => Color);

/** A closed polygon in device pixels: x0, y0, x1, y1, … */
export type Contour = ArrayLike<number>;

/** Vertical samples per pixel row; across a row, coverage is exact (spans are cut at fractional x). */
const SUBSAMPLES = 8;

/**
 * An RGBA pixel buffer with the one primitive a chart needs: filling polygons under the non-zero
 * winding rule with anti-aliased edges, composited source-over. Rectangles, strokes, circles and
 * glyphs are all polygons.
 */
export class Canvas implements RgbaImage {
  readonly data: Uint8Array;
  /** Per-row coverage of partly covered pixels, and a running delta for the fully covered runs between them. */
  private cov: Float32Array;
  private run: Float32Array;
  /** The same pixels as 32-bit words (little-endian RGBA), for whole-pixel stores. */
  private words: Uint32Array;

  constructor(readonly width: number, readonly height: number) {
    this.data = new Uint8Array(width * height * 4);
    this.cov = new Float32Array(width + 2);
    this.run = new Float32Array(width + 2);
    this.words = new Uint32Array(this.data.buffer); // little-endian, as on every platform Electron runs on
  }

  /** Fills the union of contours (non-zero winding); `opacity` multiplies the paint's alpha. */
  fill(contours: readonly Contour[], paint: Paint, opacity = 1): void {
    const edges: number[] = []; // x0, y0, x1, y1, dir per edge, with y0 < y1
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const c of contours) {
      const n = c.length >> 1;
      for (let i = 0; i < n; i++) {
        const x0 = c[2 * i]!, y0 = c[2 * i + 1]!;
        const j = (i + 1) % n;
        const x1 = c[2 * j]!, y1 = c[2 * j + 1]!;
        if (x0 < minX) minX = x0;
        if (x0 > maxX) maxX = x0;
        if (y0 < minY) minY = y0;
        if (y0 > maxY) maxY = y0;
        if (y0 === y1) continue;
        if (y0 < y1) edges.push(x0, y0, x1, y1, 1);
        else edges.push(x1, y1, x0, y0, -1);
      }
    }
    if (edges.length === 0) return;
    const left = Math.max(0, Math.floor(minX));
    const right = Math.min(this.width, Math.ceil(maxX) + 1);
    const top = Math.max(0, Math.floor(minY));
    const bottom = Math.min(this.height, Math.ceil(maxY));
    if (left >= right || top >= bottom) return;
    const cov = this.cov;
    const run = this.run;
    const xs: number[] = [];
    const dirs: number[] = [];
    const w = 1 / SUBSAMPLES;
    const span = (a: number, b: number) => {
      a = Math.max(a, left);
      b = Math.min(b, right);
      if (b <= a) return;
      const ia = Math.floor(a), ib = Math.floor(b);
      if (ia === ib) { cov[ia]! += (b - a) * w; return; }
      cov[ia]! += (ia + 1 - a) * w;
      run[ia + 1]! += w;
      run[ib]! -= w;
      cov[ib]! += (b - ib) * w;
    };
    // Edges sorted by their top; each row looks only at the edges that reach into it.
    const order = Array.from({ length: edges.length / 5 }, (_, i) => i * 5).sort((a, b) => edges[a + 1]! - edges[b + 1]!);
    let next = 0;
    const active: number[] = [];
    for (let py = top; py < bottom; py++) {
      cov.fill(0, left, right + 1);
      run.fill(0, left, right + 1);
      let kept = 0;
      for (const e of active) if (edges[e + 3]! > py) active[kept++] = e;
      active.length = kept;
      while (next < order.length && edges[order[next]! + 1]! < py + 1) {
        const e = order[next++]!;
        if (edges[e + 3]! > py) active.push(e);
      }
      if (active.length === 0) continue;
      for (let s = 0; s < SUBSAMPLES; s++) {
        const sy = py + (s + 0.5) * w;
        xs.length = 0;
        dirs.length = 0;
        for (const e of active) {
          const y0 = edges[e + 1]!, y1 = edges[e + 3]!;
          if (sy < y0 || sy >= y1) continue;
          const x = edges[e]! + ((sy - y0) * (edges[e + 2]! - edges[e]!)) / (y1 - y0);
          // insertion sort: a scanline crosses a handful of edges
          let k = xs.length;
          xs.push(x);
          dirs.push(edges[e + 4]!);
          while (k > 0 && xs[k - 1]! > x) {
            xs[k] = xs[k - 1]!;
            dirs[k] = dirs[k - 1]!;
            k--;
          }
          xs[k] = x;
          dirs[k] = edges[e + 4]!;
        }
        let winding = 0;
        let start = 0;
        for (let k = 0; k < xs.length; k++) {
          const before = winding;
          winding += dirs[k]!;
          if (before === 0 && winding !== 0) start = xs[k]!;
          else if (before !== 0 && winding === 0) span(start, xs[k]!);
        }
      }
      this.compositeRow(py, left, right, paint, opacity);
    }
  }

  private compositeRow(py: number, left: number, right: number, paint: Paint, opacity: number): void {
    const { data: d, cov, run, words } = this;
    const solid = typeof paint === 'function' ? null : paint;
    // An opaque solid colour over a fully covered pixel is one 32-bit store.
    const packed = solid ? ((solid.r & 255) | ((solid.g & 255) << 8) | ((solid.b & 255) << 16) | (255 << 24)) >>> 0 : 0;
    const solidA = solid ? solid.a * opacity : 0;
    let running = 0;
    const rowAt = py * this.width;
    for (let px = left; px < right; px++) {
      running += run[px]!;
      const c = cov[px]! + running;
      if (c <= 0.001) continue;
      if (solid && c >= 0.999 && solidA >= 0.999) {
        words[rowAt + px] = packed;
        continue;
      }
      const col = solid ?? (paint as (x: number, y: number) => Color)(px + 0.5, py + 0.5);
      const sa = (c < 1 ? c : 1) * col.a * opacity;
      if (sa <= 0) continue;
      const i = (rowAt + px) * 4;
      const da = d[i + 3]! / 255;
      const oa = sa + da * (1 - sa);
      const k = (da * (1 - sa)) / oa;
      const ks = sa / oa;
      d[i] = Math.round(col.r * ks + d[i]! * k);
      d[i + 1] = Math.round(col.g * ks + d[i + 1]! * k);
      d[i + 2] = Math.round(col.b * ks + d[i + 2]! * k);
      d[i + 3] = Math.round(oa * 255);
    }
  }

  /** The colour at a pixel (for pattern tiles and tests). */
  get(x: number, y: number): Color {
    const i = (Math.min(this.height - 1, Math.max(0, y)) * this.width + Math.min(this.width - 1, Math.max(0, x))) * 4;
    return { r: this.data[i]!, g: this.data[i + 1]!, b: this.data[i + 2]!, a: this.data[i + 3]! / 255 };
  }
}

/** A polygon around the segment (x0,y0)–(x1,y1), `width` wide, with butt ends. */
export function segmentPolygon(x0: number, y0: number, x1: number, y1: number, width: number): number[] {
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (len === 0) return [];
  const nx = (-(y1 - y0) / len) * (width / 2);
  const ny = ((x1 - x0) / len) * (width / 2);
  return [x0 + nx, y0 + ny, x1 + nx, y1 + ny, x1 - nx, y1 - ny, x0 - nx, y0 - ny];
}
