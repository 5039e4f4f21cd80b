import { quoteDisplay } from '../../../../shared/reports/quoteDisplay';
import type { ReportResult, ThemeSummary } from '../../../../shared/reports/result';
import { flattenThemes } from '../../../../shared/reports/themes';
import { breakdownTable, cooccurrenceTable, driversTable, scoresTable, type Table } from '../tables';
import { defaultFontsDir, loadFonts, PdfFont } from './font';
import { COLOR, Layout, PAGE, STYLE } from './layout';
import { drawTable } from './table';
import { PdfWriter, pdfTextString, num } from './writer';

export { defaultFontsDir } from './font';

const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** Horizontal bars of participants per theme, scaled to the largest, with the count beside each. */
function barChart(doc: Layout, flat: ThemeSummary[]): void {
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
    doc.text(doc.left + labelWidth + w + 5, doc.y + 4, `${t.participants} (${pct(t.share.share)})`, 'regular', 8.5, COLOR.muted);
  }
  doc.y -= 10;
}

function themeBlock(doc: Layout, t: ThemeSummary): void {
  doc.heading(t.depth === 0 ? 2 : 3, t.code);
  doc.paragraph(`${t.participants} of ${t.share.n} participants (${pct(t.share.share)}) · ${t.codings} codings · ${t.documents} documents · ${t.sessions} sessions`, STYLE.meta, { after: 4 });
  if (t.description) doc.paragraph(t.description, { ...STYLE.body, color: COLOR.accent }, { after: 6 });
  for (const q of t.quotes) {
    const d = quoteDisplay(q);
    const star = q.starred ? ' ★' : '';
    if (d.verbatim) doc.quote(`“${d.text}”`, `${d.attribution}${star}`, { lead: d.question });
    else doc.quote(d.text, `${d.attribution}${star}`, { lead: d.label, note: true });
  }
  for (const child of t.children) themeBlock(doc, child);
}

function tableOf(doc: Layout, t: Table): void {
  doc.heading(2, t.title);
  if (t.rows.length === 0) doc.paragraph('Nothing to show.', STYLE.body);
  else drawTable(doc, t.header, t.rows);
}

/** Lays the report out: the same content, in the same order, as the DOCX export. */
function layReport(doc: Layout, r: ReportResult): void {
  const flat = flattenThemes(r.themes);
  doc.paragraph(r.title, STYLE.title, { after: 6 });
  doc.paragraph(`Generated ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC · ${r.participantsInScope} participants in scope · ${r.codingsInScope} codings. ${r.scopeNote}`, { ...STYLE.meta, size: 9.5, leading: 13 }, { after: 8 });
  doc.heading(1, 'Theme summary');
  drawTable(doc, ['Theme', 'Codings', 'Documents', 'Sessions', 'Participants', 'Share (n)'], flat.map((t) => [t.name, t.codings, t.documents, t.sessions, t.participants, `${pct(t.share.share)} (${t.share.n})`]), { indent: (i) => flat[i]!.depth * 10 });
  doc.heading(2, 'Participants who mentioned each theme');
  barChart(doc, flat);
  doc.heading(1, 'Themes and quotes');
  if (r.themes.length === 0) doc.paragraph('No codings match this report’s filters.', STYLE.body);
  for (const t of r.themes) themeBlock(doc, t);
  doc.heading(1, 'Breakdown and scores');
  tableOf(doc, scoresTable(r));
  tableOf(doc, breakdownTable(r));
  tableOf(doc, driversTable(r));
  for (const d of r.drivers) {
    doc.paragraph(d.caveat, { ...STYLE.body, color: COLOR.muted }, { after: 4 });
    for (const x of d.rows.slice(0, 3)) doc.paragraph(x.sentence, STYLE.body, { indent: 18, after: 2, bullet: '•' });
    doc.y -= 6;
  }
  tableOf(doc, cooccurrenceTable(r));
}

/** Text from the study, made drawable (see PdfFont.clean) throughout the report. */
function cleanResult(r: ReportResult): ReportResult {
  return JSON.parse(JSON.stringify(r), (_k, v: unknown) => (typeof v === 'string' ? PdfFont.clean(v) : v)) as ReportResult;
}

/**
 * The report as a PDF 1.7 file: A4 pages, DejaVu Sans embedded (so any Latin, Greek or Cyrillic
 * text prints and can be searched and copied), "Page N of M" footers. Study text is only ever
 * drawn as glyphs, so nothing in it can act as PDF syntax. `fontsDir` holds DejaVuSans.ttf and
 * DejaVuSans-Bold.ttf (resources/fonts of the repository by default).
 */
export function reportToPdf(result: ReportResult, options: { fontsDir?: string } = {}): Uint8Array {
  const fonts = loadFonts(options.fontsDir ?? defaultFontsDir());
  const doc = new Layout(fonts);
  const r = cleanResult(result);
  layReport(doc, r);
  doc.footers(r.title);

  const w = new PdfWriter();
  const [catalog, pagesId, info, resources, f1, f2] = [w.alloc(), w.alloc(), w.alloc(), w.alloc(), w.alloc(), w.alloc()];
  const kids = doc.pages.map((ops) => {
    const page = w.alloc();
    const content = w.alloc();
    w.stream(content, '', ops.join('\n'));
    w.set(page, `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${num(PAGE.width)} ${num(PAGE.height)}] /Resources ${resources} 0 R /Contents ${content} 0 R >>`);
    return page;
  });
  fonts.regular.write(w, f1);
  fonts.bold.write(w, f2);
  w.set(resources, `<< /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >> /ProcSet [/PDF /Text] >>`);
  w.set(pagesId, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  w.set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R /Lang (en) /ViewerPreferences << /DisplayDocTitle true >> >>`);
  const date = r.generatedAt.replace(/[-:T]/g, '').slice(0, 14);
  w.set(info, `<< /Title ${pdfTextString(r.title)} /Producer ${pdfTextString('Verbatim')} /CreationDate (D:${/^\d{14}$/.test(date) ? date : '20000101000000'}Z) >>`);
  return w.finish(catalog, info);
}
