import { frequencyChart, heatMapChart, stackedChart } from '../../../shared/reports/charts';
import { escapeXml } from '../../../shared/text/xmlEscape';
import { formatPct, quoted, themeMeta } from '../../../shared/reports/format';
import { quoteByline, quoteDisplay } from '../../../shared/reports/quoteDisplay';
import type { ReportQuote, ReportResult, ThemeSummary } from '../../../shared/reports/result';
import { flattenThemes } from '../../../shared/reports/themes';
import { lineSegments } from '../../../shared/text/lineBreak';
import { textColumns } from '../../../shared/text/width';
import { ooxmlPackage, relationshipsXml } from '../../formats/ooxmlPackage';
import { WORD_DOCUMENT, WORD_STYLES } from '../../formats/wordPackage';
import { DocxCharts, DRAWING_NS } from './reportDocxCharts';
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
} from '../../../shared/reports/sections';
import { reportTranslator } from '../../../shared/reports/words';
import type { Translator } from '../../../shared/i18n/translator';

/**
 * The report as a Word document written by hand: Heading 1–3 styles, tables with a header row,
 * quotes in the built-in "Quote" style, and the HTML export's SVG charts as PNG pictures with
 * alt text and a caption (SVG inside DOCX is poorly supported, so they are rasterized: see
 * main/formats/raster/). Every chart sits beside a table with the same numbers.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** The text width of an A4 page with 2 cm margins, in twips. */
const TEXT_WIDTH = 9638;

const run = (text: string, props = '') =>
  text
    .split('\n')
    .map(
      (line, i) =>
        `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('');
const para = (text: string, style?: string, props = '') =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text, props)}</w:p>`;
/** A section's opening note, kept on the page of what it introduces. */
const note = (text: string) => `<w:p><w:pPr><w:keepNext/></w:pPr>${run(text, '<w:i/>')}</w:p>`;

/** About one character cell of 9 pt text (a Chinese character takes two), and a cell's left and right margins, in twips. */
const CHAR_TWIPS = 100;
const CELL_PADDING = 200;

/**
 * Column widths in twips over the text width: each column gets room for its longest cell
 * (capped: long text wraps) or its header's longest word (bold, so a little wider), and the
 * room left over goes to the text columns; when the wants do not fit, all shrink alike.
 */
function gridWidths(t: TextTable): number[] {
  // In character cells (a Chinese character is two), and a "word" is what a line may not break inside (UAX #14).
  const longestWord = (s: string) => Math.max(0, ...lineSegments(s).map((w) => textColumns(w.trimEnd())));
  const cells = (i: number) => t.rows.map((r) => r[i] ?? '');
  const indent = 2 * Math.max(0, ...(t.depth ?? []));
  const need = t.header.map(
    (h, i) =>
      CELL_PADDING + CHAR_TWIPS * Math.max(3, longestWord(h) * 1.4, ...cells(i).map(longestWord)) + (i === 0 ? indent * CHAR_TWIPS : 0),
  );
  const want = t.header.map((_, i) =>
    Math.max(
      need[i]!,
      CELL_PADDING +
        CHAR_TWIPS * Math.max(0, ...cells(i).map((c) => Math.min(t.numeric[i] ? 24 : 40, textColumns(c) + (i === 0 ? indent : 0)))),
    ),
  );
  const sum = want.reduce((x, y) => x + y, 0);
  const text = t.numeric.filter((n) => !n).length;
  if (sum <= TEXT_WIDTH) return want.map((w, i) => Math.floor(t.numeric[i] || text === 0 ? w : w + (TEXT_WIDTH - sum) / text));
  // Too wide: text columns give up what they want beyond their longest word first (they wrap).
  const give = want.reduce((x, w, i) => x + (t.numeric[i] ? 0 : w - need[i]!), 0);
  const k = Math.min(1, (sum - TEXT_WIDTH) / Math.max(1, give));
  const shrunk = want.map((w, i) => (t.numeric[i] ? w : w - k * (w - need[i]!)));
  const total = shrunk.reduce((x, y) => x + y, 0);
  return shrunk.map((w) => Math.floor(total > TEXT_WIDTH ? (TEXT_WIDTH * w) / total : w));
}

function table(t: TextTable): string {
  const numeric = t.numeric;
  const widths = gridWidths(t);
  const cell = (v: string, head: boolean, i: number, depth = 0) => {
    const shade = head ? '<w:shd w:val="clear" w:color="auto" w:fill="E8EEF4"/>' : '';
    const align = numeric[i] ? '<w:jc w:val="right"/>' : '';
    const indent = depth > 0 ? `<w:ind w:left="${depth * 200}"/>` : '';
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${shade}</w:tcPr><w:p><w:pPr><w:spacing w:before="0" w:after="0"/>${indent}${align}</w:pPr>${run(v, `${head ? '<w:b/>' : ''}<w:sz w:val="18"/>`)}</w:p></w:tc>`;
  };
  const head = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${t.header.map((h, i) => cell(h, true, i)).join('')}</w:tr>`;
  const body = t.rows
    .map((r, k) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((v, i) => cell(v, false, i, i === 0 ? t.depth?.[k] : 0)).join('')}</w:tr>`)
    .join('');
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="ReportTable"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>${grid}${head}${body}</w:tbl>${para('')}`;
}

/** Words someone said in the Quote style (a question above them); a note in the Note style, labelled, without quotation marks. */
function quoteBlock(q: ReportQuote, tr: Translator): string {
  const d = quoteDisplay(q, tr);
  const star = q.starred ? ' ★' : '';
  const byline = quoteByline(d);
  if (d.verbatim) return para(`${d.question ? `${d.question}\n` : ''}${quoted(d.text, tr)}\n${byline}${star}`, 'Quote');
  return para(`${d.label}: ${d.text}${byline ? `\n${byline}` : ''}${star}`, 'Note');
}

function themeBlock(t: ThemeSummary, tr: Translator): string {
  const head = para(t.code, t.depth === 0 ? 'Heading2' : 'Heading3');
  const meta = para(themeMeta(t, tr), undefined, '<w:color w:val="555555"/><w:sz w:val="18"/>');
  const desc = t.description ? para(t.description, undefined, '<w:i/>') : '';
  const quotes = t.quotes.map((q) => quoteBlock(q, tr)).join('');
  return head + meta + desc + quotes;
}

/** Each section's body, in the shared order (sections.ts). */
function sectionBody(id: SectionId, r: ReportResult, charts: DocxCharts): string {
  const flat = flattenThemes(r.themes);
  const tr = reportTranslator(r);
  const notes = sectionNotes(r);
  switch (id) {
    case 'scores':
      return (
        scoreCards(r)
          .map(
            (c) =>
              para(`${c.label}: ${c.value}`, undefined, '<w:b/><w:sz w:val="24"/>') +
              para(c.note, undefined, '<w:color w:val="555555"/><w:sz w:val="18"/>'),
          )
          .join('') + (r.scores.some((s) => s.bySegment.length > 0) ? table(scoresBySegmentTable(r)) : '')
      );
    case 'themes': {
      // frequencyChart shows at most 25 themes, the most mentioned; the alt text names the same ones.
      const shown = flat.length <= 25 ? flat : [...flat].sort((a, b) => b.participants - a.participants).slice(0, 25);
      const capped = shown.length < flat.length;
      const items = shown
        .map((t) => tr.t('report.chartItem', { name: t.name, count: t.participants, pct: formatPct(t.share.share, tr) }))
        .join('; ');
      const alt = tr.t(capped ? 'report.chartFrequencyAltCapped' : 'report.chartFrequencyAlt', {
        n: flat[0]?.share.n ?? 0,
        shown: shown.length,
        all: flat.length,
        items,
      });
      const caption = capped
        ? tr.t('report.chartFrequencyCaptionCapped', { shown: shown.length, all: flat.length })
        : tr.t('report.chartFrequencyCaption');
      return (
        table(themeSummaryTable(r)) + (flat.length === 0 ? '' : charts.add(frequencyChart(flat, tr, 25, charts.measure), caption, alt))
      );
    }
    case 'quotes':
      return r.themes.length === 0
        ? para(notes.noCodings)
        : quoteThemes(r)
            .map((t) => themeBlock(t, tr))
            .join('');
    case 'breakdown': {
      const attrs = [...new Set(r.breakdown.columns.map((c) => c.attributeId))];
      const parts = breakdownTables(r);
      return (
        note(notes.breakdown) +
        parts
          .map((b, k) => {
            const last = parts[k + 1]?.attributeId !== b.attributeId;
            const groups = r.breakdown.columns
              .filter((c) => c.attributeId === b.attributeId)
              .map((c) => tr.t('report.withN', { label: c.label, n: c.n }));
            const name = r.breakdown.columns.find((c) => c.attributeId === b.attributeId)!.attribute;
            const chart = last
              ? charts.add(
                  stackedChart(r.breakdown, b.attributeId, `c${attrs.indexOf(b.attributeId)}`, tr, 15, charts.measure),
                  tr.t('report.chartStackedCaption', { attribute: name }),
                  tr.t('report.chartStackedAlt', { attribute: name, groups: groups.join(', ') }),
                )
              : '';
            return para(b.heading, 'Heading2') + table(b.table) + chart;
          })
          .join('')
      );
    }
    case 'drivers':
      return driverViews(r)
        .map(
          (d) =>
            para(d.heading, 'Heading2') +
            table(d.table) +
            d.sentences.map((x) => para(`• ${x}`)).join('') +
            para(d.caveat, undefined, '<w:i/>'),
        )
        .join('');
    case 'cooccurrence': {
      const pairs = cooccurrenceTable(r);
      return (
        note(notes.cooccurrence) +
        (pairs.rows.length === 0 ? para(notes.noPairs) : table(pairs)) +
        charts.add(
          heatMapChart(r.cooccurrence, tr, charts.measure),
          tr.t('report.chartHeatCaption'),
          tr.t('report.chartHeatAlt', { count: r.cooccurrence.codes.length }),
        )
      );
    }
  }
}

/** The styles part; @LANG@ is replaced by the report's language (see docxLanguage). */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="21"/>@LANG@</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="48"/><w:color w:val="1B2A3A"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="2" w:color="3B5B7C"/></w:pBdr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/><w:color w:val="1B2A3A"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:color w:val="2F4A66"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:keepLines/><w:ind w:left="567" w:right="567"/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="3B5B7C"/></w:pBdr></w:pPr><w:rPr><w:i/><w:color w:val="333333"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:pPr><w:keepLines/><w:ind w:left="567" w:right="567"/><w:pBdr><w:left w:val="dotted" w:sz="12" w:space="8" w:color="8A96A3"/></w:pBdr></w:pPr><w:rPr><w:color w:val="4A5560"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:before="40" w:after="200"/></w:pPr><w:rPr><w:i/><w:color w:val="555555"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="B8C2CC"/><w:left w:val="single" w:sz="4" w:color="B8C2CC"/><w:bottom w:val="single" w:sz="4" w:color="B8C2CC"/><w:right w:val="single" w:sz="4" w:color="B8C2CC"/><w:insideH w:val="single" w:sz="4" w:color="B8C2CC"/><w:insideV w:val="single" w:sz="4" w:color="B8C2CC"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

/** The report as a .docx file; `fontsDir` holds the fonts chart labels are drawn with (as for the PDF). */
export function reportToDocx(r: ReportResult, date?: Date, options: { fontsDir?: string } = {}): Uint8Array {
  const charts = new DocxCharts(options.fontsDir);
  const body = [
    para(r.title, 'Title'),
    para(frontMatter(r), undefined, '<w:color w:val="555555"/>'),
    ...reportSections(r).map((s) => para(s.heading, 'Heading1') + sectionBody(s.id, r, charts)),
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" ${DRAWING_NS}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return ooxmlPackage(
    { name: 'word/document.xml', data: document, contentType: WORD_DOCUMENT },
    [
      {
        name: 'word/_rels/document.xml.rels',
        data: relationshipsXml([{ id: 'rId1', type: 'styles', target: 'styles.xml' }, ...charts.relationships()]),
      },
      { name: 'word/styles.xml', data: STYLES.replace('@LANG@', docxLanguage(reportTranslator(r).tag)), contentType: WORD_STYLES },
      ...charts.media.map((m) => ({ name: m.name, data: m.png, store: true })),
    ],
    { date },
  );
}

/** Word's language tags for a report language: the text's own, and Simplified Chinese for any CJK run. */
const WORD_LANGUAGE: Record<string, string> = { en: 'en-GB', nb: 'nb-NO', hr: 'hr-HR', hu: 'hu-HU', 'zh-Hans': 'zh-CN' };

/** The default run language of the document, so Word checks spelling and hyphenates in the report's language. */
export function docxLanguage(tag: string): string {
  return `<w:lang w:val="${WORD_LANGUAGE[tag] ?? 'en-GB'}" w:eastAsia="zh-CN"/>`;
}
