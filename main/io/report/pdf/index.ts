import type { ReportResult, ThemeSummary } from '../../../../shared/reports/result';
import { flattenThemes } from '../../../../shared/reports/themes';
import { formatPct, quoted, themeMeta } from '../../../../shared/reports/format';
import { quoteByline, quoteDisplay } from '../../../../shared/reports/quoteDisplay';
import {
  breakdownTables,
  cooccurrenceTable,
  driverViews,
  frontMatter,
  quoteThemes,
  reportSections,
  scoreCards,
  scoresBySegmentTable,
  sectionNotes,
  themeSummaryTable,
  type SectionId,
  type TextTable,
} from '../../../../shared/reports/sections';
import { reportTranslator } from '../../../../shared/reports/words';
import type { Translator } from '../../../../shared/i18n/translator';
import { heatMapChart, stackedChart } from '../../../../shared/reports/charts';
import { PdfCharts } from './charts';
import { defaultFontsDir } from '../../../appFiles';
import { loadFonts, PdfFont } from '../../../formats/pdf/font';
import { COLOR, Layout, PAGE, STYLE } from './layout';
import { drawTable } from './table';
import { PdfWriter, pdfTextString, num } from '../../../formats/pdf/writer';

export { defaultFontsDir } from '../../../appFiles';

/** Horizontal bars of participants per theme, scaled to the largest, with the count beside each; on one page when it fits. */
function barChart(doc: Layout, flat: ThemeSummary[], tr: Translator): void {
  const peak = Math.max(1, ...flat.map((t) => t.participants));
  const labelWidth = 170;
  const valueWidth = 60;
  const barMax = doc.width - labelWidth - valueWidth;
  const rowHeight = 15;
  for (const t of flat) {
    doc.ensure(rowHeight);
    doc.y -= rowHeight;
    const indent = t.depth * 10;
    const font = t.depth === 0 ? 'bold' : 'regular';
    doc.text(doc.left + indent, doc.y + 4, doc.fit(t.name, font, 8.5, labelWidth - indent - 8), font, 8.5, COLOR.ink);
    const w = (t.participants / peak) * barMax;
    if (w > 0) doc.rect(doc.left + labelWidth, doc.y + 2.5, Math.max(w, 1), rowHeight - 5, COLOR.bar);
    doc.text(doc.left + labelWidth + w + 5, doc.y + 4, `${t.participants} (${formatPct(t.share.share, tr)})`, 'regular', 8.5, COLOR.muted);
  }
  doc.y -= 10;
}

function themeBlock(doc: Layout, t: ThemeSummary, tr: Translator): void {
  doc.heading(t.depth === 0 ? 2 : 3, t.code);
  doc.paragraph(themeMeta(t, tr), STYLE.meta, { after: 4 });
  if (t.description) doc.paragraph(t.description, { ...STYLE.body, color: COLOR.accent }, { after: 6 });
  for (const q of t.quotes) {
    const d = quoteDisplay(q, tr);
    const byline = `${quoteByline(d)}${q.starred ? ' ★' : ''}`;
    if (d.verbatim) doc.quote(quoted(d.text, tr), byline, { lead: d.question });
    else doc.quote(d.text, byline, { lead: d.label, note: true });
  }
}

const note = (doc: Layout, text: string) => doc.paragraph(text, { ...STYLE.body, color: COLOR.muted }, { after: 6 });
const textTable = (doc: Layout, t: TextTable) =>
  drawTable(doc, t.header, t.rows, { numeric: t.numeric, indent: (i) => (t.depth?.[i] ?? 0) * 10 });

/** Each section's body, in the shared order (sections.ts). */
const SECTION: Record<SectionId, (doc: Layout, r: ReportResult, charts: PdfCharts) => void> = {
  scores: (doc, r) => {
    for (const c of scoreCards(r)) {
      doc.paragraph(`${c.label}: ${c.value}`, { ...STYLE.h3, size: 12 }, { after: 1 });
      doc.paragraph(c.note, STYLE.meta, { after: 6 });
    }
    if (r.scores.some((s) => s.bySegment.length > 0)) textTable(doc, scoresBySegmentTable(r));
  },
  themes: (doc, r) => {
    const flat = flattenThemes(r.themes);
    textTable(doc, themeSummaryTable(r));
    if (flat.length === 0) return;
    // The chart and its title start a page unless the whole chart fits below the table.
    doc.ensure(Math.min(flat.length * 15 + 40, PAGE.height - PAGE.top - PAGE.bottom - 20));
    const tr = reportTranslator(r);
    doc.heading(3, tr.t('report.chartFrequencyTitle', { n: flat[0]!.share.n }));
    barChart(doc, flat, tr);
  },
  quotes: (doc, r) => {
    if (r.themes.length === 0) doc.paragraph(sectionNotes(r).noCodings, STYLE.body);
    const tr = reportTranslator(r);
    for (const t of quoteThemes(r)) themeBlock(doc, t, tr);
  },
  breakdown: (doc, r, charts) => {
    note(doc, sectionNotes(r).breakdown);
    const tr = reportTranslator(r);
    const attrs = [...new Set(r.breakdown.columns.map((c) => c.attributeId))];
    const parts = breakdownTables(r);
    parts.forEach((b, k) => {
      doc.heading(2, b.heading);
      textTable(doc, b.table);
      if (parts[k + 1]?.attributeId === b.attributeId) return;
      const name = r.breakdown.columns.find((c) => c.attributeId === b.attributeId)!.attribute;
      charts.draw(
        doc,
        stackedChart(r.breakdown, b.attributeId, `c${attrs.indexOf(b.attributeId)}`, tr, 15, charts.measure),
        tr.t('report.chartStackedPdf', { attribute: name }),
      );
    });
  },
  drivers: (doc, r) => {
    for (const d of driverViews(r)) {
      doc.heading(2, d.heading);
      textTable(doc, d.table);
      for (const x of d.sentences) doc.paragraph(x, STYLE.body, { indent: 18, after: 2, bullet: '•' });
      doc.y -= 4;
      note(doc, d.caveat);
    }
  },
  cooccurrence: (doc, r, charts) => {
    const notes = sectionNotes(r);
    const tr = reportTranslator(r);
    note(doc, notes.cooccurrence);
    const pairs = cooccurrenceTable(r);
    if (pairs.rows.length === 0) doc.paragraph(notes.noPairs, STYLE.body);
    else textTable(doc, pairs);
    charts.draw(doc, heatMapChart(r.cooccurrence, tr, charts.measure), tr.t('report.chartHeatCaption'));
  },
};

/** Lays the report out: the same sections, in the same order, as every other format. */
function layReport(doc: Layout, r: ReportResult, charts: PdfCharts): void {
  doc.paragraph(r.title, STYLE.title, { after: 6 });
  doc.paragraph(frontMatter(r), { ...STYLE.meta, size: 9.5, leading: 13 }, { after: 8 });
  for (const s of reportSections(r)) {
    doc.heading(1, s.heading);
    SECTION[s.id](doc, r, charts);
  }
}

/** Text from the study, made drawable (see PdfFont.clean) throughout the report. */
function cleanResult(r: ReportResult): ReportResult {
  return JSON.parse(JSON.stringify(r), (_k, v: unknown) => (typeof v === 'string' ? PdfFont.clean(v) : v)) as ReportResult;
}

/**
 * The report as a PDF 1.7 file: A4 pages, "Page N of M" footers, DejaVu Sans and Droid Sans
 * Fallback embedded as subsets of the glyphs used (so Latin with any diacritic, Greek, Cyrillic
 * and Chinese, Japanese or Korean text prints and can be searched and copied, and the file stays
 * small). Study text is only ever drawn as glyphs, so nothing in it can act as PDF syntax.
 * `fontsDir` holds the files of FONT_FILES (resources/fonts of the repository by default).
 */
export function reportToPdf(result: ReportResult, options: { fontsDir?: string } = {}): Uint8Array {
  const fonts = loadFonts(options.fontsDir ?? defaultFontsDir());
  const doc = new Layout(fonts);
  const r = cleanResult(result);
  const charts = new PdfCharts(options.fontsDir);
  layReport(doc, r, charts);
  const tr = reportTranslator(r);
  doc.footers(r.title, (page, total) => tr.t('report.pageOf', { page, total }));

  const w = new PdfWriter();
  const [catalog, pagesId, info, resources] = [w.alloc(), w.alloc(), w.alloc(), w.alloc()];
  // Only the faces something was drawn with are embedded (a report without CJK text carries no CJK font).
  const faces = fonts.faces.filter((face) => face.used.size > 0);
  const faceIds = faces.map(() => w.alloc());
  const kids = doc.pages.map((ops) => {
    const page = w.alloc();
    const content = w.alloc();
    w.stream(content, '', ops.join('\n'));
    w.set(
      page,
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${num(PAGE.width)} ${num(PAGE.height)}] /Resources ${resources} 0 R /Contents ${content} 0 R >>`,
    );
    return page;
  });
  faces.forEach((face, i) => face.write(w, faceIds[i]!));
  const fontRefs = faces.map((face, i) => `/${face.resource} ${faceIds[i]} 0 R`).join(' ');
  w.set(resources, `<< /Font << ${fontRefs} >> ${charts.write(w)} /ProcSet [/PDF /Text /ImageC] >>`);
  w.set(pagesId, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  w.set(
    catalog,
    `<< /Type /Catalog /Pages ${pagesId} 0 R /Lang ${pdfTextString(tr.tag)} /ViewerPreferences << /DisplayDocTitle true >> >>`,
  );
  const date = r.generatedAt.replace(/[-:T]/g, '').slice(0, 14);
  w.set(
    info,
    `<< /Title ${pdfTextString(r.title)} /Producer ${pdfTextString('Verbatim')} /CreationDate (D:${/^\d{14}$/.test(date) ? date : '20000101000000'}Z) >>`,
  );
  return w.finish(catalog, info);
}
