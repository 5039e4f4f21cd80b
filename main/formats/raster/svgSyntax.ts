import type { Color } from './canvas';

// The pieces of SVG syntax the painter (svg.ts) reads: transforms, colours and path data.

/** An affine transform [a b c d e f], as SVG's matrix(): x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
export const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
export const invert = (m: Matrix): Matrix => {
  const det = m[0] * m[3] - m[1] * m[2] || 1e-12;
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det, (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det];
};
/** Points mapped through a matrix: user space to device pixels. */
export const map = (m: Matrix, pts: ArrayLike<number>): Float32Array => {
  const out = new Float32Array(pts.length);
  for (let i = 0; i < pts.length; i += 2) {
    out[i] = m[0] * pts[i]! + m[2] * pts[i + 1]! + m[4];
    out[i + 1] = m[1] * pts[i]! + m[3] * pts[i + 1]! + m[5];
  }
  return out;
};

/** A transform attribute: translate, scale, rotate (about a point) and matrix, composed left to right. */
export function parseTransform(s: string | undefined): Matrix {
  let m = IDENTITY;
  for (const [, op, args] of (s ?? '').matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const a = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const rad = ((a[0] ?? 0) * Math.PI) / 180;
    const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
    if (op === 'translate') m = mul(m, [1, 0, 0, 1, a[0] ?? 0, a[1] ?? 0]);
    else if (op === 'scale') m = mul(m, [a[0] ?? 1, 0, 0, a[1] ?? a[0] ?? 1, 0, 0]);
    else if (op === 'matrix' && a.length === 6) m = mul(m, a as Matrix);
    else if (op === 'rotate') {
      const [cx, cy] = [a[1] ?? 0, a[2] ?? 0];
      m = mul(mul(mul(m, [1, 0, 0, 1, cx, cy]), [cos, sin, -sin, cos, 0, 0]), [1, 0, 0, 1, -cx, -cy]);
    }
  }
  return m;
}

const NAMED: Record<string, [number, number, number]> = {
  black: [0, 0, 0],
  white: [255, 255, 255],
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
};

/** `#rgb`, `#rrggbb`, `rgb(r, g, b)` or a basic colour name; null for none, transparent and unknown values. */
export function parseColor(v: string): Color | null {
  const s = v.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: 1 };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/.exec(s);
  if (rgb)
    return {
      r: Math.min(255, +rgb[1]!),
      g: Math.min(255, +rgb[2]!),
      b: Math.min(255, +rgb[3]!),
      a: rgb[4] === undefined ? 1 : Math.min(1, +rgb[4]),
    };
  const named = NAMED[s];
  return named ? { r: named[0], g: named[1], b: named[2], a: 1 } : null;
}

/** Subpaths of a path's d: M/L/H/V/Z, upper case absolute, lower case relative. */
export function parsePath(d: string): { pts: number[]; closed: boolean }[] {
  const out: { pts: number[]; closed: boolean }[] = [];
  const tokens = d.match(/[MLHVZmlhvz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let cmd = 'M',
    x = 0,
    y = 0,
    cur: { pts: number[]; closed: boolean } | null = null;
  for (let i = 0; i < tokens.length;) {
    if (/[a-z]/i.test(tokens[i]!)) cmd = tokens[i++]!;
    if (cmd === 'Z' || cmd === 'z') {
      if (cur) {
        cur.closed = true;
        x = cur.pts[0]!;
        y = cur.pts[1]!;
      }
      cur = null;
      continue;
    }
    const rel = cmd === cmd.toLowerCase();
    const n = () => Number(tokens[i++] ?? 0);
    const C = cmd.toUpperCase();
    if (C === 'H') x = (rel ? x : 0) + n();
    else if (C === 'V') y = (rel ? y : 0) + n();
    else {
      x = (rel ? x : 0) + n();
      y = (rel ? y : 0) + n();
    }
    if (C === 'M' || !cur) {
      cur = { pts: [x, y], closed: false };
      out.push(cur);
      if (C === 'M') cmd = rel ? 'l' : 'L'; // further pairs after a moveto are linetos
    } else cur.pts.push(x, y);
  }
  return out;
}
