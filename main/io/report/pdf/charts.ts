import { defaultFontsDir } from '../../../appFiles';
import type { TextMeasure } from '../../../../shared/reports/charts';
import { chartTextMeasure, rasterFonts, type RasterFonts } from '../../../formats/raster/glyphs';
import { rasterizeSvg } from '../../../formats/raster/svg';
import { COLOR, PAGE, STYLE, type Layout } from './layout';
import type { PdfWriter } from '../../../formats/pdf/writer';

/** PDF points per CSS pixel (72 per inch against 96). */
const PT_PER_PX = 0.75;
/** Pixels per point of the image: 2 gives 144 DPI as printed. */
const DENSITY = 2;

/**
 * The report's SVG charts (the same ones the HTML and DOCX show) as images in the PDF: each
 * scaled to fit the text width and one page, never split across pages, with a caption under it.
 * They are rasterized (main/formats/raster/) because the PDF writer draws text and rectangles only.
 */
export class PdfCharts {
  private readonly images: { name: string; width: number; height: number; rgb: Uint8Array }[] = [];
  private readonly fonts: RasterFonts;
  /** Text widths from the same fonts the charts are drawn with, to size their label columns. */
  readonly measure: TextMeasure;

  constructor(fontsDir?: string) {
    this.fonts = rasterFonts(fontsDir ?? defaultFontsDir());
    this.measure = chartTextMeasure(this.fonts);
  }

  /** Draws a chart at the cursor (on the next page if it does not fit below), then its caption. */
  draw(doc: Layout, svg: string, caption: string): void {
    if (!svg) return;
    const size = /^<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
    if (!size) return;
    const [pxW, pxH] = [Number(size[1]), Number(size[2])];
    const maxHeight = PAGE.height - PAGE.top - PAGE.bottom - 40;
    const k = Math.min(1, doc.width / (pxW * PT_PER_PX), maxHeight / (pxH * PT_PER_PX));
    const [w, h] = [pxW * PT_PER_PX * k, pxH * PT_PER_PX * k];
    const { canvas } = rasterizeSvg(svg, DENSITY * PT_PER_PX * k, this.fonts);
    const name = `Im${this.images.length + 1}`;
    this.images.push({ name, width: canvas.width, height: canvas.height, rgb: onWhite(canvas.data) });
    doc.ensure(h + 6 + STYLE.meta.leading * 2);
    doc.y -= h + 4;
    doc.image(name, doc.left, doc.y, w, h);
    doc.y -= 4;
    doc.paragraph(caption, { ...STYLE.meta, color: COLOR.muted }, { after: 10 });
  }

  /** Writes the images; returns the /XObject entry for the pages' resources ('' when there are none). */
  write(w: PdfWriter): string {
    if (this.images.length === 0) return '';
    const refs = this.images.map((img) => {
      const id = w.alloc();
      w.stream(
        id,
        `/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8`,
        img.rgb,
      );
      return `/${img.name} ${id} 0 R`;
    });
    return `/XObject << ${refs.join(' ')} >>`;
  }
}

/** RGBA (not premultiplied) composited on white, as RGB. */
function onWhite(rgba: Uint8Array): Uint8Array {
  const out = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, o = 0; i < rgba.length; i += 4, o += 3) {
    const a = rgba[i + 3]! / 255;
    out[o] = Math.round(rgba[i]! * a + 255 * (1 - a));
    out[o + 1] = Math.round(rgba[i + 1]! * a + 255 * (1 - a));
    out[o + 2] = Math.round(rgba[i + 2]! * a + 255 * (1 - a));
  }
  return out;
}
