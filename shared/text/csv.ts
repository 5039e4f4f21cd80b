import type { MessageId } from '../i18n/catalogue';
import { SentenceError, type SentenceValues } from '../i18n/sentence';
/** A parsed CSV: header fields, then records with the physical line each one starts on. */
export interface CsvTable {
  delimiter: ',' | ';' | '\t';
  header: string[];
  records: { line: number; fields: string[] }[];
}

/** Thrown for text that cannot be read as CSV; `line` is 1-based. */
export class CsvError extends SentenceError {
  constructor(
    id: MessageId,
    values: SentenceValues | undefined,
    readonly line: number,
  ) {
    super(id, values);
  }
}

export const MAX_CSV_ROWS = 100_000;
export const MAX_CSV_COLUMNS = 500;

/**
 * Parses RFC 4180 CSV (quoted fields may hold delimiters, quotes as "" and newlines). The
 * delimiter is detected from the header line: comma, semicolon (European Excel) or tab.
 * Input must already have \n line endings (see normalizeNewlines). Blank lines are skipped.
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === '')) rows.push({ line: rowLine, fields });
    if (rows.length > MAX_CSV_ROWS + 1) throw new CsvError('imports.csvTooManyRows', { max: MAX_CSV_ROWS }, line);
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && text[i] !== delimiter && text[i] !== '\n') throw new CsvError('imports.csvTextAfterQuote', undefined, line);
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\n') {
      endRow();
      line++;
      rowLine = line;
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new CsvError('imports.csvQuoteNotClosed', undefined, quoteLine);
  if (field !== '' || fields.length > 0) endRow();
  const [head, ...records] = rows;
  if (!head) throw new CsvError('imports.csvNoHeader', undefined, 1);
  if (head.fields.length > MAX_CSV_COLUMNS) throw new CsvError('imports.csvTooManyColumns', { max: MAX_CSV_COLUMNS }, head.line);
  return { delimiter, header: head.fields.map((h) => h.trim()), records };
}

/** Picks the delimiter that occurs most often in the header record, counting only outside quotes. */
function detectDelimiter(text: string): CsvTable['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  const candidates: CsvTable['delimiter'][] = [',', ';', '\t'];
  return candidates.reduce((best, d) => (counts[d] > counts[best] ? d : best), ',');
}
