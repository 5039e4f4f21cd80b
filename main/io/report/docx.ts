import { frequencyChart, heatMapChart, stackedChart } from '../../../shared/reports/charts';
import { escapeXml, formatPct } from '../../../shared/reports/escape';
import { quoteDisplay } from '../../../shared/reports/quoteDisplay';
import type { ReportQuote, ReportResult, ThemeSummary } from '../../../shared/reports/result';
import { flattenThemes } from '../../../shared/reports/themes';
import { writeZip } from '../zipWriter';
import { DocxCharts, DRAWING_NS } from './docxCharts';
import { breakdownTable, driversTable, scoresTable, cooccurrenceTable, type Cell, type Table } from './tables';

/**
 * The report as a Word document written by hand: Heading 1–3 styles, tables with a header row,
 * quotes in the built-in "Quote" style, and the HTML export's SVG charts as PNG pictures with
 * alt text and a caption (SVG inside DOCX is poorly supported, so they are rasterized: see
 * raster/). Every chart sits beside a table with the same numbers.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const run = (text: string, props = '') =>
  text.split('\n').map((line, i) => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`).join('');
const para = (text: string, style?: string, props = '') => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text, props)}</w:p>`;

function table(header: string[], rows: Cell[][], widths?: number[]): string {
  const cell = (v: Cell, head: boolean, i: number) => {
    const num = typeof v === 'number';
    const w = widths?.[i] ? `<w:tcW w:w="${widths[i]}" w:type="dxa"/>` : '';
    const shade = head ? '<w:shd w:val="clear" w:color="auto" w:fill="E8EEF4"/>' : '';
    return `<w:tc><w:tcPr>${w}${shade}</w:tcPr><w:p><w:pPr><w:spacing w:before="0" w:after="0"/>${num ? '<w:jc w:val="right"/>' : ''}</w:pPr>${run(v === null ? '' : String(v), `${head ? '<w:b/>' : ''}<w:sz w:val="18"/>`)}</w:p></w:tc>`;
  };
  const head = `<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>${header.map((h, i) => cell(h, true, i)).join('')}</w:tr>`;
  const body = rows.map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((v, i) => cell(v, false, i)).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="ReportTable"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>${head}${body}</w:tbl>${para('')}`;
}

const tableOf = (t: Table) => para(t.title, 'Heading2') + (t.rows.length === 0 ? para('Nothing to show.') : table(t.header, t.rows));

/** The stacked chart per attribute and the heat map, each with alt text that names what it shows. */
function breakdownCharts(r: ReportResult, charts: DocxCharts): string {
  const attrs = [...new Map(r.breakdown.columns.map((c) => [c.attributeId, c.attribute])).entries()];
  return attrs.map(([id, name], k) => {
    const groups = r.breakdown.columns.filter((c) => c.attributeId === id).map((c) => `${c.label} (n = ${c.n})`);
    return charts.add(stackedChart(r.breakdown, id, `c${k}`), `Participants per theme by ${name}.`,
      `Stacked bar chart: for each theme, the participants who mentioned it, split by ${name}: ${groups.join(', ')}. The numbers are in the breakdown table.`);
  }).join('');
}

/** Words someone said in the Quote style (a question above them); a note in the Note style, labelled, without quotation marks. */
function quoteBlock(q: ReportQuote): string {
  const d = quoteDisplay(q);
  const star = q.starred ? ' ★' : '';
  if (d.verbatim) return para(`${d.question ? `${d.question}\n` : ''}“${d.text}”\n${d.attribution}${star}`, 'Quote');
  return para(`${d.label}: ${d.text}${d.attribution ? `\n${d.attribution}` : ''}${star}`, 'Note');
}

function themeBlock(t: ThemeSummary): string {
  const head = para(t.code, t.depth === 0 ? 'Heading2' : 'Heading3');
  const meta = para(`${t.participants} of ${t.share.n} participants (${t.share.share === null ? '–' : `${Math.round(t.share.share * 100)}%`}) · ${t.codings} codings · ${t.documents} documents · ${t.sessions} sessions`, undefined, '<w:color w:val="555555"/><w:sz w:val="18"/>');
  const desc = t.description ? para(t.description, undefined, '<w:i/>') : '';
  const quotes = t.quotes.map((q) => quoteBlock(q)).join('');
  return head + meta + desc + quotes + t.children.map(themeBlock).join('');
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
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
  const flat = flattenThemes(r.themes);
  const charts = new DocxCharts(options.fontsDir);
  // frequencyChart shows at most 25 themes, the most mentioned; the alt text names the same ones.
  const shown = flat.length <= 25 ? flat : [...flat].sort((a, b) => b.participants - a.participants).slice(0, 25);
  const frequencyAlt = `Bar chart of participants who mentioned each theme (n = ${flat[0]?.share.n ?? 0}${shown.length < flat.length ? `, the 25 most mentioned of ${flat.length}` : ''}): ${shown.map((t) => `${t.name} ${t.participants} (${formatPct(t.share.share)})`).join('; ')}.`;
  const body = [
    para(r.title, 'Title'),
    para(`Generated ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC · ${r.participantsInScope} participants in scope · ${r.codingsInScope} codings. ${r.scopeNote}`, undefined, '<w:color w:val="555555"/>'),
    para('Theme summary', 'Heading1'),
    table(['Theme', 'Codings', 'Documents', 'Sessions', 'Participants', 'Share (n)'], flat.map((t) => [`${'   '.repeat(t.depth)}${t.name}`, t.codings, t.documents, t.sessions, t.participants, `${t.share.share === null ? '–' : `${Math.round(t.share.share * 100)}%`} (${t.share.n})`])),
    flat.length === 0 ? '' : charts.add(frequencyChart(flat), `Participants who mentioned each theme${flat.length > 25 ? ` (the 25 most mentioned of ${flat.length})` : ''}; sub-themes are marked with a dash.`, frequencyAlt),
    para('Themes and quotes', 'Heading1'),
    ...(r.themes.length === 0 ? [para('No codings match this report’s filters.')] : r.themes.map(themeBlock)),
    para('Breakdown and scores', 'Heading1'),
    tableOf(scoresTable(r)),
    tableOf(breakdownTable(r)),
    breakdownCharts(r, charts),
    tableOf(driversTable(r)),
    ...r.drivers.flatMap((d) => [para(d.caveat, undefined, '<w:i/>'), ...d.rows.slice(0, 3).map((x) => para(`• ${x.sentence}`))]),
    tableOf(cooccurrenceTable(r)),
    charts.add(heatMapChart(r.cooccurrence), 'Turns coded with both codes; darker cells have a higher Jaccard index.',
      `Heat map of ${r.cooccurrence.codes.length} codes against each other: each cell counts the turns coded with both codes, shaded by Jaccard index. The pairs are listed in the co-occurrence table.`),
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" ${DRAWING_NS}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return writeZip([
    { name: '[Content_Types].xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>` },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>` },
    { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>${charts.relationships()}</Relationships>` },
    { name: 'word/document.xml', data: document },
    { name: 'word/styles.xml', data: STYLES },
    ...charts.media.map((m) => ({ name: m.name, data: m.png, store: true })),
  ], { date });
}
