import { translatorFor } from '../../../shared/i18n/translator';
import { describe, expect, it } from 'vitest';
import { Canvas } from '../../../main/formats/raster/canvas';
import { rasterFonts } from '../../../main/formats/raster/glyphs';
import { encodePng } from '../../../main/formats/raster/png';
import { parseColor, rasterizeSvg } from '../../../main/formats/raster/svg';
import { frequencyChart } from '../../../shared/reports/charts';
import type { ThemeSummary } from '../../../shared/reports/result';
import { decodePng } from './pngDecode';
import { defaultFontsDir } from '../../../main/appFiles';

const fonts = rasterFonts(defaultFontsDir());

const EN = translatorFor('en');

const svg = (w: number, h: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`;
const px = (c: Canvas, x: number, y: number) => {
  const { r, g, b } = c.get(x, y);
  return [r, g, b];
};
/** Device-pixel box [x0, y0, x1, y1] (inclusive) of pixels darker than `below`, or null. */
function inkBox(c: Canvas, below = 200): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (let y = 0; y < c.height; y++)
    for (let x = 0; x < c.width; x++) {
      const { r, g, b } = c.get(x, y);
      if ((r + g + b) / 3 >= below) continue;
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
    }
  return box;
}
const inkCount = (c: Canvas) => {
  let n = 0;
  for (let i = 0; i < c.data.length; i += 4) n += 255 * 3 - c.data[i]! - c.data[i + 1]! - c.data[i + 2]!;
  return n / 765;
};

const textImage = (s: string) => rasterizeSvg(svg(200, 40, `<text x="10" y="28" font-size="20" fill="#000">${s}</text>`), 1, fonts).canvas;
const inkColumns = (c: Canvas) => {
  const cols: number[] = [];
  for (let x = 0; x < c.width; x++)
    for (let y = 0; y < c.height; y++)
      if (c.get(x, y).r < 128) {
        cols.push(x);
        break;
      }
  return cols;
};

describe('PNG encoder (main/formats/raster/png.ts)', () => {
  it('writes IHDR, pHYs at 192 DPI, IDAT and IEND with valid CRCs; an opaque image is RGB and decodes to the same pixels', () => {
    const c = new Canvas(37, 11);
    for (let i = 0; i < c.data.length; i += 4)
      [c.data[i], c.data[i + 1], c.data[i + 2], c.data[i + 3]] = [(i * 7) & 255, (i >> 3) & 255, 200, 255];
    const png = decodePng(encodePng(c));
    expect(png.chunks).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect([png.width, png.height, png.colorType]).toEqual([37, 11, 2]);
    expect(png.ppm).toBe(Math.round(192 / 0.0254)); // 7559 px/m
    expect(Buffer.compare(Buffer.from(png.rgba), Buffer.from(c.data))).toBe(0);
  });

  it('keeps alpha (RGBA) when some pixel is not opaque, and refuses a buffer of the wrong size', () => {
    const c = new Canvas(3, 2);
    c.data.set([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const png = decodePng(encodePng(c));
    expect(png.colorType).toBe(6);
    expect([...png.rgba]).toEqual([...c.data]);
    expect(() => encodePng({ width: 2, height: 2, data: new Uint8Array(15) })).toThrow(/size/);
  });
});

describe('SVG rasterizer (main/formats/raster)', () => {
  it('paints a rect in its exact colour on exactly its pixels at 2×, with partial coverage at a half-pixel edge', () => {
    const { canvas } = rasterizeSvg(
      svg(40, 20, '<rect x="10" y="5" width="20" height="10" fill="#3b5b7c"/><rect x="2.25" y="2" width="4" height="4" fill="#000"/>'),
      2,
      fonts,
    );
    expect([canvas.width, canvas.height]).toEqual([80, 40]);
    for (const [x, y] of [
      [20, 10],
      [59, 10],
      [20, 29],
      [59, 29],
      [40, 20],
    ])
      expect(px(canvas, x!, y!)).toEqual([0x3b, 0x5b, 0x7c]);
    for (const [x, y] of [
      [19, 10],
      [60, 10],
      [20, 9],
      [20, 30],
      [0, 0],
    ])
      expect(px(canvas, x!, y!)).toEqual([255, 255, 255]);
    expect(canvas.get(40, 20).a).toBe(1);
    // x = 2.25 → device 4.5: pixel 4 is half covered (mid grey), pixel 5 fully black
    expect(px(canvas, 4, 6)[0]).toBeGreaterThan(110);
    expect(px(canvas, 4, 6)[0]).toBeLessThan(145);
    expect(px(canvas, 5, 6)).toEqual([0, 0, 0]);
  });

  it('strokes rects, lines and paths, honours opacity and transforms', () => {
    const { canvas } = rasterizeSvg(
      svg(
        60,
        30,
        '<rect x="5" y="5" width="20" height="20" fill="none" stroke="#f00" stroke-width="2"/>' +
          '<path d="M30 5h20" stroke="#00f" stroke-width="2"/>' +
          '<rect x="30" y="15" width="10" height="10" fill="#000" fill-opacity="0.5"/>' +
          '<g transform="translate(45 15)"><rect width="10" height="10" fill="rgb(0,128,0)"/></g>',
      ),
      2,
      fonts,
    );
    expect(px(canvas, 10, 10)).toEqual([255, 0, 0]); // on the stroke (device 8..12)
    expect(px(canvas, 30, 30)).toEqual([255, 255, 255]); // inside: fill none
    expect(px(canvas, 80, 10)).toEqual([0, 0, 255]);
    expect(px(canvas, 70, 40)).toEqual([128, 128, 128]);
    expect(px(canvas, 100, 40)).toEqual([0, 128, 0]);
    expect(px(canvas, 88, 40)).toEqual([255, 255, 255]);
  });

  it('reads the colours the charts use', () => {
    expect(parseColor('#3b5b7c')).toEqual({ r: 0x3b, g: 0x5b, b: 0x7c, a: 1 });
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('rgb(55, 55,67)')).toEqual({ r: 55, g: 55, b: 67, a: 1 });
    expect(parseColor('white')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('none')).toBeNull();
  });

  it('fills with a pattern tile (half dark stripes give about half dark pixels)', () => {
    const { canvas } = rasterizeSvg(
      svg(
        60,
        60,
        '<defs><pattern id="p" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="#000"/></pattern></defs><rect x="0" y="0" width="60" height="60" fill="url(#p)"/>',
      ),
      2,
      fonts,
    );
    expect(px(canvas, 2, 2)).toEqual([0, 0, 0]); // user x 1: in the dark half
    expect(px(canvas, 8, 2)).toEqual([255, 255, 255]); // user x 4: in the light half
    expect(inkCount(canvas) / (120 * 120)).toBeCloseTo(0.5, 1);
  });

  it('draws Chinese from the CJK face, not as replacement marks, a full em per character', () => {
    const zh = textImage('价格太贵');
    const replaced = textImage('\uFFFD\uFFFD\uFFFD\uFFFD');
    expect(zh.data).not.toEqual(replaced.data);
    const cols = inkColumns(zh);
    const span = cols[cols.length - 1]! - cols[0]!;
    expect(span).toBeGreaterThan(70); // four ideographs at 20 px: about 80 px of ink
    expect(span).toBeLessThanOrEqual(80);
  });

  it('draws text from the font outlines inside its box: baseline, size, start / middle / end anchors', () => {
    const font = fonts.regular.faces[0]!; // DejaVu Sans
    const width = [...'HHHH'].reduce((w, ch) => w + font.advance(font.glyphId(ch.codePointAt(0)!)) * 20, 0);
    const hTop = Math.max(...font.outline(font.glyphId(0x48)).flatMap((c) => [...c].filter((_, i) => i % 2 === 1)));
    const capH = (hTop / font.ttf.unitsPerEm) * 20;
    for (const [anchor, x, left] of [
      ['start', 20, 20],
      ['middle', 100, 100 - width / 2],
      ['end', 180, 180 - width],
    ] as const) {
      const { canvas } = rasterizeSvg(
        svg(200, 60, `<text x="${x}" y="40" font-size="20" text-anchor="${anchor}" fill="#111">HHHH</text>`),
        2,
        fonts,
      );
      const box = inkBox(canvas)!;
      expect(box, anchor).not.toBeNull();
      // H has side bearings of about 1.9 px at 20 px: the ink sits inside the advance box, close to it
      expect(box[0] / 2).toBeGreaterThanOrEqual(left);
      expect(box[0] / 2).toBeLessThan(left + 3);
      expect((box[2] + 1) / 2).toBeLessThanOrEqual(left + width);
      expect((box[2] + 1) / 2).toBeGreaterThan(left + width - 3);
      expect((box[3] + 1) / 2).toBeCloseTo(40, 0); // sits on the baseline
      expect(box[1] / 2).toBeCloseTo(40 - capH, 0);
    }
  });

  it('draws bold heavier than regular, an accented letter (a composite glyph) with its accent, and a rotated label', () => {
    const ink = (body: string) => rasterizeSvg(svg(120, 60, body), 2, fonts).canvas;
    expect(inkCount(ink('<text x="5" y="40" font-size="20" font-weight="bold">Heavy</text>'))).toBeGreaterThan(
      inkCount(ink('<text x="5" y="40" font-size="20">Heavy</text>')) * 1.3,
    );
    const e = inkBox(ink('<text x="5" y="40" font-size="20">e</text>'))!;
    const eAcute = inkBox(ink('<text x="5" y="40" font-size="20">é</text>'))!;
    expect(eAcute[1]).toBeLessThan(e[1] - 6); // the accent reaches above the x-height
    const rotated = inkBox(ink('<text transform="translate(20 50) rotate(-90)" font-size="12">Tall label</text>'))!;
    expect(rotated[3] - rotated[1]).toBeGreaterThan((rotated[2] - rotated[0]) * 3); // runs upward, not across
  });

  it('rasterizes a real chart from shared/reports/charts.ts quickly and legibly sized', () => {
    const themes = Array.from({ length: 25 }, (_, i) => ({
      name: `Theme number ${i}`,
      code: `Theme number ${i}`,
      depth: i % 3 === 0 ? 0 : 1,
      participants: 40 - i,
      share: { share: (40 - i) / 50, n: 50 },
    })) as unknown as ThemeSummary[];
    const chart = frequencyChart(themes, EN);
    rasterizeSvg(chart, 2, fonts); // warm up: the first call loads the font and compiles the hot loops
    const t0 = performance.now();
    const { canvas, width, height } = rasterizeSvg(chart, 2, fonts);
    const png = encodePng(canvas);
    const ms = performance.now() - t0;
    expect([canvas.width, canvas.height]).toEqual([Math.ceil(width * 2), Math.ceil(height * 2)]);
    expect(decodePng(png).width).toBe(canvas.width);
    expect(ms).toBeLessThan(1000); // typically 50–150 ms; generous for loaded CI machines
    // the top-level bars are the dark blue of the SVG
    let blue = 0;
    for (let i = 0; i < canvas.data.length; i += 4)
      if (canvas.data[i] === 0x3b && canvas.data[i + 1] === 0x5b && canvas.data[i + 2] === 0x7c) blue++;
    expect(blue).toBeGreaterThan(10_000);
  });
});
