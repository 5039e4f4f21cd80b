import { textColumns } from '../../../shared/text/width';
import { OFFICE_REL, ooxmlPackage, relationshipsXml } from '../../formats/ooxmlPackage';
import { escapeXml } from '../../../shared/text/xmlEscape';
import type { ReportResult } from '../../../shared/reports/result';
import { allTables, type Cell, type Table } from './tables';

/**
 * A minimal SpreadsheetML workbook written by hand: one sheet per table, inline strings (no shared
 * string table to keep in sync), numbers as numbers, a bold frozen header row. A cell never holds
 * a formula: text is an inline string, shown exactly as written, and carries the quote-prefix style
 * (quotePrefix="1", what Excel sets for a typed leading apostrophe, without showing one) so that
 * editing a cell such as "=HYPERLINK(...)" keeps it text instead of turning it into a formula.
 */
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Indexes into cellXfs (STYLES): a look, and the same look with the quote prefix for text. Every look is top-aligned, so a row's cells line up with its wrapped quote. */
const LOOK = { plain: 0, header: 1, wrapped: 2 } as const;
const QUOTE_PREFIXED = 3;

function cellXml(value: Cell, ref: string, look: number): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${look ? ` s="${look}"` : ''}><v>${value}</v></c>` : '';
  // Excel caps a cell at 32,767 characters.
  const text = escapeXml(value.slice(0, 32_767));
  return `<c r="${ref}" s="${look + QUOTE_PREFIXED}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

/** Widest a sheet may be (in character widths) and still print at a readable size scaled to one landscape page wide. */
const FIT_WIDTH = 200;

/** Narrowest a text column is squeezed to so that a sheet fits one page wide (its text wraps). */
const MIN_TEXT_WIDTH = 14;

/**
 * Column widths in character cells (textColumns: a Chinese character is two): text columns as wide as their text (capped), number columns as
 * wide as their numbers or their header's longest word (the header row wraps). When the sheet is
 * too wide for one page but would fit with its text columns narrower (the quotes: quote, question,
 * document and session side by side), the wide text columns give up room alike and wrap; a sheet
 * too wide even then (the breakdown's number columns) keeps its widths and prints across pages.
 */
function columnWidths(t: Table): number[] {
  const text: boolean[] = [];
  const widths = t.header.map((h, i) => {
    const cells = t.rows.slice(0, 200).map((row) => row[i] ?? null);
    const numeric = cells.length > 0 && cells.every((v) => v === null || typeof v === 'number');
    text.push(!numeric);
    const longest = Math.max(0, ...cells.map((v) => textColumns(String(v ?? ''))));
    if (numeric) return Math.min(16, Math.max(8, longest + 2, ...h.split(/\s+/).map((w) => textColumns(w) + 2)));
    return Math.min(60, Math.max(8, longest + 2, textColumns(h) + 2));
  });
  const total = widths.reduce((a, b) => a + b, 0);
  const spare = widths.reduce((a, w, i) => a + (text[i] ? Math.max(0, w - MIN_TEXT_WIDTH) : 0), 0);
  if (total <= FIT_WIDTH || total - spare > FIT_WIDTH) return widths;
  const k = (total - FIT_WIDTH) / spare;
  return widths.map((w, i) => (text[i] && w > MIN_TEXT_WIDTH ? Math.floor(w - k * (w - MIN_TEXT_WIDTH)) : w));
}

function sheetXml(t: Table): string {
  const widths = columnWidths(t);
  const fits = widths.reduce((a, b) => a + b, 0) <= FIT_WIDTH;
  // Spreadsheets do not grow a row for wrapped text on opening (wrapped quotes were drawn over the
  // next rows): each row gets the height of its longest wrapped cell, the header of its longest header.
  // Widths count character cells: a Chinese character takes two (textColumns).
  const wraps = (v: Cell, c: number) => typeof v === 'string' && textColumns(v) > widths[c]! - 2;
  const linesOf = (row: Cell[], cap: number) =>
    Math.min(
      cap,
      Math.max(1, ...row.map((v, c) => (typeof v === 'string' ? Math.ceil((textColumns(v) * 1.1) / Math.max(1, widths[c]! - 2)) : 1))),
    );
  const rows = [t.header as Cell[], ...t.rows].map((row, r) => {
    const lines = r === 0 ? linesOf(row, 6) : row.some(wraps) ? linesOf(row, 15) : 1;
    const height = lines > 1 ? ` ht="${lines * 15}" customHeight="1"` : '';
    return `<row r="${r + 1}"${height}>${row.map((v, c) => cellXml(v, `${column(c)}${r + 1}`, r === 0 ? LOOK.header : wraps(v, c) ? LOOK.wrapped : LOOK.plain)).join('')}</row>`;
  });
  // Printed (or converted to PDF): landscape; a sheet that fits is scaled to one page wide, a wider
  // one (the breakdown) prints across pages with its first column and header row on every page.
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${OFFICE_REL}">` +
    (fits ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="landscape"${fits ? ' fitToWidth="1" fitToHeight="0"' : ''}/></worksheet>`
  );
}

/** Print titles: the header row on every printed page, and the first column too when a sheet is too wide for one. */
function printTitles(sheets: { name: string; table: Table }[]): string {
  const names = sheets.map(({ name, table }, i) => {
    const ref = `'${name.replace(/'/g, "''")}'`;
    const wide = columnWidths(table).reduce((a, b) => a + b, 0) > FIT_WIDTH;
    return `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${wide ? `${ref}!$A:$A,` : ''}${ref}!$1:$1`)}</definedName>`;
  });
  return `<definedNames>${names.join('')}</definedNames>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" quotePrefix="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1" quotePrefix="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" quotePrefix="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>
</styleSheet>`;

/** The report as an .xlsx workbook: themes, breakdown, quotes, drivers, scores, co-occurrence. */
export function reportToXlsx(r: ReportResult, date?: Date): Uint8Array {
  return tablesToXlsx(allTables(r), date);
}

/** Tables as an .xlsx workbook, one sheet per table named after its title. */
export function tablesToXlsx(tables: readonly Table[], date?: Date): Uint8Array {
  const sheets = tables.map((t, i) => ({
    name: t.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31),
    table: t,
    file: `xl/worksheets/sheet${i + 1}.xml`,
    xml: sheetXml(t),
  }));
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS}" xmlns:r="${OFFICE_REL}"><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${printTitles(sheets)}</workbook>`;
  const workbookRels = relationshipsXml([
    ...sheets.map((_, i) => ({ id: `rId${i + 1}`, type: 'worksheet', target: `worksheets/sheet${i + 1}.xml` })),
    { id: `rId${sheets.length + 1}`, type: 'styles', target: 'styles.xml' },
  ]);
  return ooxmlPackage(
    { name: 'xl/workbook.xml', data: workbook, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
    [
      { name: 'xl/_rels/workbook.xml.rels', data: workbookRels },
      { name: 'xl/styles.xml', data: STYLES, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml' },
      ...sheets.map((s) => ({
        name: s.file,
        data: s.xml,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
      })),
    ],
    { date, level: 6 },
  );
}
