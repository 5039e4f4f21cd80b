import { defaultFontsDir } from '../../appFiles';
import { escapeXml } from '../../../shared/text/xmlEscape';
import type { OoxmlRelationship } from '../../formats/ooxmlPackage';
import { encodePng } from '../../formats/raster/png';
import type { TextMeasure } from '../../../shared/reports/charts';
import { chartTextMeasure, rasterFonts, type RasterFonts } from '../../formats/raster/glyphs';
import { rasterizeSvg } from '../../formats/raster/svg';

/** Namespaces a drawing needs, declared once on w:document. */
export const DRAWING_NS = [
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
].join(' ');

/** EMU per CSS pixel (914400 per inch, 96 px per inch). */
const EMU_PER_PX = 9525;
/** The text block of an A4 page with 2 cm margins (9638 × 14570 twips), less room for a caption. */
const MAX_CX = 9638 * 635;
const MAX_CY = 13000 * 635;
/** Word truncates very long alt text in its dialog; a chart's numbers are in the table beside it anyway. */
const MAX_ALT = 1500;

/** One chart image in the package: word/media/chartN.png with its relationship. */
export interface DocxMedia {
  name: string;
  relId: string;
  png: Uint8Array;
}

/**
 * Turns the report's SVG charts into PNG pictures for the DOCX: shown inline at natural size or
 * shrunk to the page width with the aspect ratio kept, rasterized at 192 DPI of that shown size
 * (so they print sharp), with alt text and a caption paragraph under each.
 */
export class DocxCharts {
  readonly media: DocxMedia[] = [];
  private readonly fonts: RasterFonts;
  /** Text widths from the same fonts the charts are drawn with, to size their label columns. */
  readonly measure: TextMeasure;

  /** `fontsDir`: where the fonts are, as for the PDF (resources/fonts by default). */
  constructor(fontsDir?: string) {
    this.fonts = rasterFonts(fontsDir ?? defaultFontsDir());
    this.measure = chartTextMeasure(this.fonts);
  }

  /** A picture paragraph and its caption; '' for an empty chart. */
  add(svg: string, caption: string, alt: string): string {
    if (!svg) return '';
    // Shrink to the page first, then rasterize at 2× the shown size: 192 DPI as printed, and a
    // wide heat map costs no more pixels than it can show.
    const size = /^<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
    const k = size ? Math.min(1, MAX_CX / (Number(size[1]) * EMU_PER_PX), MAX_CY / (Number(size[2]) * EMU_PER_PX)) : 1;
    const { canvas, width, height } = rasterizeSvg(svg, 2 * k, this.fonts);
    const n = this.media.length + 1;
    const relId = `rIdChart${n}`;
    this.media.push({ name: `word/media/chart${n}.png`, relId, png: encodePng(canvas, 192) });
    const cx = Math.round(width * EMU_PER_PX * k);
    const cy = Math.round(height * EMU_PER_PX * k);
    const descr = escapeXml(alt.length > MAX_ALT ? `${alt.slice(0, MAX_ALT - 1)}…` : alt);
    const name = `Chart ${n}`;
    const pic =
      `<pic:pic><pic:nvPicPr><pic:cNvPr id="${n}" name="chart${n}.png" descr="${descr}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
      `<pic:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
      `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>`;
    const drawing =
      `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:docPr id="${n}" name="${name}" descr="${descr}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">${pic}</a:graphicData></a:graphic></wp:inline></w:drawing>`;
    return (
      `<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/></w:pPr><w:r>${drawing}</w:r></w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(`Figure ${n}. ${caption}`)}</w:t></w:r></w:p>`
    );
  }

  /** The charts' relationships, for word/_rels/document.xml.rels. */
  relationships(): OoxmlRelationship[] {
    return this.media.map((m) => ({ id: m.relId, type: 'image', target: `media/${m.name.slice('word/media/'.length)}` }));
  }
}
