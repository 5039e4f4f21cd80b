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

/**
 * An RGBA pixel buffer with the two primitives a chart needs, both anti-aliased and composited
 * source-over: axis-aligned rectangles (bars, cells, backgrounds) and filled polygons (glyphs,
 * strokes, circles, anything rotated).
 */
export class Canvas implements RgbaImage {
  readonly data: Uint8Array;
  /** Per-row coverage of partly covered pixels, and a running delta for the fully covered runs between them. */
  private cov: Float32Array;
  private run: Float32Array;
  /** The same pixels as 32-bit words (little-endian RGBA), for whole-pixel stores. */
  private words: Uint32Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8Array(width * height * 4);
    this.cov = new Float32Array(width + 2);
    this.run = new Float32Array(width + 2);
    this.words = new Uint32Array(this.data.buffer); // little-endian, as on every platform Electron runs on
  }

  /** Scratch area-accumulation buffer for {@link fill}, grown as needed and always left zeroed. */
  private acc = new Float32Array(4096);

  /**
   * Fills the union of contours. Coverage is the exact signed area each edge sweeps through each
   * pixel, accumulated along the row (the font-rs / stb_truetype method), clamped to 1: the same
   * as non-zero winding for the shapes we draw (overlapping copies of a glyph for a text halo add
   * up to more than 1 and are clamped; holes run the other way and subtract), with no subsampling
   * and no sorting, so the cost is linear in the number of edges.
   */
  fill(contours: readonly Contour[], paint: Paint, opacity = 1): void {
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (const c of contours)
      for (let i = 0; i < c.length; i += 2) {
        const x = c[i]!,
          y = c[i + 1]!;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    const left = Math.max(0, Math.floor(minX));
    const right = Math.min(this.width, Math.ceil(maxX));
    const top = Math.max(0, Math.floor(minY));
    const bottom = Math.min(this.height, Math.ceil(maxY));
    if (left >= right || top >= bottom) return;
    const w = right - left + 2;
    const size = w * (bottom - top) + 2;
    if (this.acc.length < size) this.acc = new Float32Array(Math.max(size, this.acc.length * 2));
    const acc = this.acc; // reused between fills; the rows below leave it zeroed
    for (const c of contours) {
      const n = c.length >> 1;
      for (let i = 0; i < n; i++) {
        const j = i + 1 === n ? 0 : i + 1;
        this.edge(acc, w, bottom - top, c[2 * i]! - left, c[2 * i + 1]! - top, c[2 * j]! - left, c[2 * j + 1]! - top);
      }
    }
    for (let py = top; py < bottom; py++) {
      const row = (py - top) * w;
      let sum = 0;
      for (let x = 0; x < w; x++) {
        sum += acc[row + x]!;
        acc[row + x] = 0;
        if (x >= right - left) continue;
        const a = sum < 0 ? -sum : sum;
        this.cov[left + x] = a > 1 ? 1 : a;
      }
      this.compositeRow(py, left, right, paint, opacity);
    }
  }

  /** One edge into the accumulation buffer (w × h, origin at the fill's top left), clipped to x ≥ 0. */
  private edge(acc: Float32Array, w: number, h: number, x0: number, y0: number, x1: number, y1: number): void {
    if (y0 === y1) return;
    // Left of the buffer only the winding matters: split there and draw that part on x = 0.
    if (x0 < 0 !== x1 < 0) {
      const ym = y0 + ((0 - x0) * (y1 - y0)) / (x1 - x0);
      this.edge(acc, w, h, Math.max(0, x0), y0, 0, ym);
      this.edge(acc, w, h, 0, ym, Math.max(0, x1), y1);
      return;
    }
    if (x0 < 0) x0 = x1 = 0;
    // Right of the buffer nothing is visible: clamp (the contribution lands past the last column).
    const maxX = w - 2;
    if (x0 > maxX && x1 > maxX) x0 = x1 = maxX;
    else if (x0 > maxX !== x1 > maxX) {
      const ym = y0 + ((maxX - x0) * (y1 - y0)) / (x1 - x0);
      this.edge(acc, w, h, Math.min(maxX, x0), y0, maxX, ym);
      this.edge(acc, w, h, maxX, ym, Math.min(maxX, x1), y1);
      return;
    }
    let dir = 1;
    if (y0 > y1) {
      [x0, y0, x1, y1, dir] = [x1, y1, x0, y0, -1];
    }
    const dxdy = (x1 - x0) / (y1 - y0);
    let x = x0;
    if (y0 < 0) x -= y0 * dxdy;
    const end = Math.min(h, Math.ceil(y1));
    for (let y = Math.max(0, Math.floor(y0)); y < end; y++) {
      const line = y * w;
      const dy = Math.min(y + 1, y1) - Math.max(y, y0);
      const xnext = x + dxdy * dy;
      const d = dy * dir;
      const [a, b] = x < xnext ? [x, xnext] : [xnext, x];
      const af = Math.floor(a);
      const ai = af;
      const bi = Math.ceil(b);
      if (bi <= ai + 1) {
        const xmf = 0.5 * (x + xnext) - af;
        acc[line + ai]! += d - d * xmf;
        acc[line + ai + 1]! += d * xmf;
      } else {
        const s = 1 / (b - a);
        const a0f = a - af;
        const a0 = 0.5 * s * (1 - a0f) * (1 - a0f);
        const b1f = b - bi + 1;
        const am = 0.5 * s * b1f * b1f;
        acc[line + ai]! += d * a0;
        if (bi === ai + 2) acc[line + ai + 1]! += d * (1 - a0 - am);
        else {
          const a1 = s * (1.5 - a0f);
          acc[line + ai + 1]! += d * (a1 - a0);
          for (let xi = ai + 2; xi < bi - 1; xi++) acc[line + xi]! += d * s;
          const a2 = a1 + (bi - ai - 3) * s;
          acc[line + bi - 1]! += d * (1 - a2 - am);
        }
        acc[line + bi]! += d * am;
      }
      x = xnext;
    }
  }

  /** Adds coverage `w` for [a, b) on the current row: partial end pixels in cov, the run between as deltas. */
  private span(a: number, b: number, left: number, right: number, w: number): void {
    a = a > left ? a : left;
    b = b < right ? b : right;
    if (b <= a) return;
    const ia = Math.floor(a),
      ib = Math.floor(b);
    if (ia === ib) {
      this.cov[ia]! += (b - a) * w;
      return;
    }
    this.cov[ia]! += (ia + 1 - a) * w;
    this.run[ia + 1]! += w;
    this.run[ib]! -= w;
    this.cov[ib]! += (b - ib) * w;
  }

  /** Fills an axis-aligned rectangle with exact coverage at its edges: no scanlines, the common case. */
  fillRect(x0: number, y0: number, x1: number, y1: number, paint: Paint, opacity = 1): void {
    const [l, r, t, b] = [
      Math.max(0, Math.min(x0, x1)),
      Math.min(this.width, Math.max(x0, x1)),
      Math.max(0, Math.min(y0, y1)),
      Math.min(this.height, Math.max(y0, y1)),
    ];
    if (r <= l || b <= t) return;
    const left = Math.floor(l),
      right = Math.min(this.width, Math.ceil(r) + 1);
    // Opaque colour: whole pixels inside are one 32-bit fill per row; only the edges are blended.
    const solid = typeof paint === 'function' || paint.a * opacity < 0.999 ? null : paint;
    const packed = solid ? ((solid.r & 255) | ((solid.g & 255) << 8) | ((solid.b & 255) << 16) | (255 << 24)) >>> 0 : 0;
    const [inL, inR] = [Math.ceil(l), Math.floor(r)];
    for (let py = Math.floor(t); py < b; py++) {
      const h = Math.min(py + 1, b) - Math.max(py, t);
      if (solid && h >= 0.999 && inR - inL > 2) {
        this.words.fill(packed, py * this.width + inL, py * this.width + inR);
        this.span(l, inL, left, inL + 1, h);
        this.compositeRow(py, left, inL, paint, opacity);
        this.span(inR, r, inR, right, h);
        this.compositeRow(py, inR, right, paint, opacity);
        continue;
      }
      this.span(l, r, left, right, h);
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
    cov[right] = 0; // a span ending at the right edge writes one past it
    run[right] = 0;
    for (let px = left; px < right; px++) {
      running += run[px]!;
      const c = cov[px]! + running;
      cov[px] = 0; // left clean for the next row
      run[px] = 0;
      if (c <= 0.001) continue;
      if (solid && c >= 0.999 && solidA >= 0.999) {
        words[rowAt + px] = packed;
        continue;
      }
      const col = solid ?? (paint as (x: number, y: number) => Color)(px + 0.5, py + 0.5);
      const sa = (c < 1 ? c : 1) * col.a * opacity;
      if (sa <= 0) continue;
      const i = (rowAt + px) * 4;
      if (sa >= 0.999) {
        d[i] = col.r;
        d[i + 1] = col.g;
        d[i + 2] = col.b;
        d[i + 3] = 255;
        continue;
      }
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
