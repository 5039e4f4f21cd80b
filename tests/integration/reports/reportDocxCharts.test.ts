import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocxCharts } from '../../../main/io/report/reportDocxCharts';
import { ZipArchive } from '../../../main/formats/zip';
import { decodePng } from '../../unit/formats/pngDecode';
import { findAll, part, textOf } from './ooxml';
import { reportFixture, type ReportFixture } from './reportFixture';

let f: ReportFixture;
let docx: Uint8Array;
let html: string;

beforeAll(async () => {
  f = await reportFixture();
  const snap = await f.call('reports:generate', { definition: { title: 'Charts', quotes: { perTheme: 3, onePerParticipant: false } } });
  const file = async (format: 'docx' | 'html') =>
    Buffer.from((await f.call('reports:export', { snapshotId: snap.id, format })).files[0]!.dataBase64, 'base64');
  docx = await file('docx');
  html = (await file('html')).toString('utf8');
});
afterAll(() => f.close());

const PAGE_CX = 9638 * 635; // the A4 text block, in EMU

describe('DOCX report charts', () => {
  it('stores one PNG per chart of the HTML export, each a valid 192-DPI image, with a resolving image relationship and content type', () => {
    const zip = ZipArchive.open(docx);
    const media = zip.names().filter((n) => n.startsWith('word/media/'));
    expect(media.length).toBe((html.match(/<svg /g) ?? []).length); // the same charts as the HTML
    expect(media.length).toBeGreaterThanOrEqual(3); // theme frequencies, a breakdown per attribute, the heat map
    for (const name of media) {
      expect(name).toMatch(/^word\/media\/chart\d+\.png$/);
      const png = decodePng(zip.read(name));
      expect(png.ppm).toBe(7559);
      expect(png.width).toBeGreaterThan(400);
    }
    const types = part(docx, '[Content_Types].xml');
    expect(findAll(types, 'Default').some((d) => d.attrs.get('Extension') === 'png' && d.attrs.get('ContentType') === 'image/png')).toBe(
      true,
    );
    const rels = findAll(part(docx, 'word/_rels/document.xml.rels'), 'Relationship');
    const images = rels.filter((r) => r.attrs.get('Type') === 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image');
    expect(images.map((r) => `word/${r.attrs.get('Target')}`).sort()).toEqual([...media].sort());
    expect(new Set(rels.map((r) => r.attrs.get('Id'))).size).toBe(rels.length);
  });

  it("re-reads document.xml: inline drawings that embed those images, fit the page at the PNG's aspect ratio, have alt text, unique ids and a caption", () => {
    const zip = ZipArchive.open(docx);
    const doc = part(docx, 'word/document.xml');
    const rels = new Map(
      findAll(part(docx, 'word/_rels/document.xml.rels'), 'Relationship').map((r) => [r.attrs.get('Id')!, `word/${r.attrs.get('Target')}`]),
    );
    const drawings = findAll(doc, 'drawing');
    expect(drawings.length).toBe(zip.names().filter((n) => n.startsWith('word/media/')).length);
    const ids = new Set<string>();
    for (const d of drawings) {
      const inline = findAll(d, 'inline')[0]!;
      expect(inline.ns).toBe('http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing');
      const blip = findAll(d, 'blip')[0]!;
      const target = rels.get(blip.attrs.get('r:embed')!)!;
      expect(zip.has(target)).toBe(true);
      const png = decodePng(zip.read(target));
      const extent = findAll(inline, 'extent')[0]!;
      const [cx, cy] = [Number(extent.attrs.get('cx')), Number(extent.attrs.get('cy'))];
      expect(cx).toBeLessThanOrEqual(PAGE_CX);
      expect(cx / cy).toBeCloseTo(png.width / png.height, 1);
      const ext = findAll(d, 'ext')[0]!;
      expect([Number(ext.attrs.get('cx')), Number(ext.attrs.get('cy'))]).toEqual([cx, cy]);
      const docPr = findAll(inline, 'docPr')[0]!;
      ids.add(docPr.attrs.get('id')!);
      expect(docPr.attrs.get('descr')!.length).toBeGreaterThan(40);
    }
    expect(ids.size).toBe(drawings.length);
    const alts = drawings.map((d) => findAll(d, 'docPr')[0]!.attrs.get('descr')!);
    expect(alts[0]).toMatch(/^Bar chart of participants who mentioned each theme \(n = \d+\): Price \d+ \(\d+%\)/);
    // Each picture paragraph is followed by its caption.
    const paras = findAll(doc, 'body')[0]!.children.filter((c) => typeof c !== 'string' && c.local === 'p') as ReturnType<typeof findAll>;
    const captions = paras.filter((p) => findAll(p, 'pStyle')[0]?.attrs.get('w:val') === 'Caption').map(textOf);
    expect(captions.length).toBe(drawings.length);
    expect(captions[0]).toMatch(/^Figure 1\. Participants who mentioned each theme/);
    paras.forEach((p, i) => {
      if (findAll(p, 'drawing').length > 0) expect(findAll(paras[i + 1]!, 'pStyle')[0]?.attrs.get('w:val')).toBe('Caption');
    });
    expect(findAll(part(docx, 'word/styles.xml'), 'style').some((s) => s.attrs.get('w:styleId') === 'Caption')).toBe(true);
  });

  it('keeps the numbers as tables beside the charts, with no block-character bars left', () => {
    const doc = part(docx, 'word/document.xml');
    const text = textOf(doc);
    expect(text).not.toMatch(/[█▏]/);
    // The theme summary (after the scores, in the shared section order).
    const summary = findAll(doc, 'tbl').find((t) => textOf(t).startsWith('ThemeCodings'))!;
    expect(textOf(summary)).toContain('Participants');
    expect(textOf(summary)).toContain('Delivery');
  });
});

describe('DocxCharts (main/io/report/reportDocxCharts.ts)', () => {
  it('shrinks a chart wider than the page to the page width and rasterizes it at 192 DPI of that size', () => {
    const charts = new DocxCharts();
    const xml = charts.add(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="200" viewBox="0 0 1000 200"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="100" font-size="20">Wide</text></svg>',
      'Wide.',
      'A wide test chart.',
    );
    const cx = Number(/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml)![1]);
    const cy = Number(/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml)![2]);
    expect(cx).toBe(PAGE_CX);
    expect(cy).toBe(Math.round((PAGE_CX * 200) / 1000));
    const png = decodePng(charts.media[0]!.png);
    expect(png.ppm).toBe(7559);
    expect(png.width).toBe(Math.ceil((cx / 914400) * 192)); // 192 px per inch shown
    expect(charts.add('', 'Empty.', 'Nothing.')).toBe('');
    expect(charts.media.length).toBe(1);
  });
});
