import type { Cell, Table } from './tables';

// Spreadsheets run a cell as a formula when it starts with = + - @ (=HYPERLINK exfiltration, DDE
// "-2+3+cmd|..."), also after white space, which LibreOffice's "trim spaces" import drops first;
// a leading TAB or CR counts on its own because Excel drops them before looking.
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;
// Excel reads a .csv with the list separator of the reader's locale: "," in English, ";" in
// Norwegian, Croatian, Hungarian and most of Europe, sometimes TAB. Quoting keeps a cell holding
// any of them (or a quote or line break) one cell when the reader's separator is the one we wrote.
const NEEDS_QUOTES = /[",;\t\r\n]/;
// When the reader splits on another separator than ours (our "," file in a ";" locale), our
// quotes no longer sit at the start of a field, so a cell breaks into pieces after every ";",
// TAB or line break in its text. A piece that starts (after any quote marks and white space) with
// a formula character would run; the apostrophe goes in front of those so the piece stays text.
// A piece made only of quote marks up to the cell's end would start with our closing quote and
// open a quoted field that swallows the cells and lines after it, so it gets one too.
// (White space here excludes TAB, CR and LF: they start pieces of their own.)
const PIECE_FORMULA = /([;\t\r\n])((?:[^\S\t\r\n]|")*)(?=[=+\-@\t\r]|$)/g;

/**
 * One CSV field, safe to open in any spreadsheet whatever its list separator. The rule:
 * - a value we hold as a number is written as the number (a score of -3 stays the number -3);
 * - text that starts with TAB, CR, or = + - @ (after any white space) gets a leading apostrophe,
 *   and so does every piece of it a ";"/TAB/line-break split could produce (PIECE_FORMULA):
 *   "x;=cmd" is written as "x;'=cmd", "x; -1" as "x;' -1" and "x;" as "x;'";
 * - text holding , ; TAB " CR or LF is quoted, with quotes doubled (RFC 4180).
 * Every CSV or tab-separated text Verbatim writes goes through this function (via
 * {@link tableToCsv} or {@link csvLine}).
 */
export function csvField(cell: Cell, decimalComma = false): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? (decimalComma ? String(cell).replace('.', ',') : String(cell)) : '';
  const text = (FORMULA_START.test(cell) ? `'${cell}` : cell).replace(PIECE_FORMULA, "$1'$2");
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One record of {@link csvField}s; TAB as the separator gives the CLI's tab-separated listings.
 * With ";" (the list separator of locales that write a decimal comma) numbers get a decimal comma.
 */
export function csvLine(cells: readonly Cell[], separator: CsvSeparator | '\t' = ','): string {
  return cells.map((cell) => csvField(cell, separator === ';')).join(separator);
}

export type CsvSeparator = ',' | ';';

/**
 * The list separator Excel uses for a language: ";" where the decimal mark is a comma (Norwegian,
 * Croatian, Hungarian), "," in English and Chinese. A CSV written for the report's language opens
 * in columns when double-clicked on that language's Windows.
 */
export function csvSeparatorFor(tag: string): CsvSeparator {
  return new Intl.NumberFormat(tag).format(1.5).includes(',') ? ';' : ',';
}

/** One table as CSV: UTF-8 with a BOM (so Excel reads accents), CRLF line ends (RFC 4180). */
export function tableToCsv(table: Table, separator: CsvSeparator = ','): Uint8Array {
  const lines = [table.header, ...table.rows].map((row) => csvLine(row, separator));
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}
