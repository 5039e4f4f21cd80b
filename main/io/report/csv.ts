import type { Cell, Table } from './tables';

/**
 * Neutralises spreadsheet formulas: a text cell starting with = + - @ TAB or CR would run as a
 * formula (=HYPERLINK(...) exfiltration) when the file is opened, so it gets a leading apostrophe.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = escapeFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table as CSV: UTF-8 with a BOM (so Excel reads accents), CRLF line ends (RFC 4180). */
export function tableToCsv(table: Table): Uint8Array {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(','));
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}
