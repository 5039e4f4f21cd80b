import type { ReportResult } from '../../../shared/reports/result';
import { csvSeparatorFor, tableToCsv } from './csv';
import { reportTranslator } from '../../../shared/reports/words';
import { reportToHtml } from './html';
import { breakdownTable, quotesTable, themeTable } from './tables';
import { reportToXlsx } from './xlsx';
import { reportToDocx } from './reportDocx';
import { reportToPdf } from './pdf';

export type ExportFormat = 'html' | 'docx' | 'pdf' | 'xlsx' | 'csv' | 'json';

/** A rendered file: a suggested name, its MIME type and bytes. */
export interface ReportFile {
  name: string;
  mimeType: string;
  data: Uint8Array;
}

/** A safe file-name stem from the report title. */
export function fileStem(title: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60) || 'report'
  );
}

/**
 * Renders a report in one format. CSV gives one file per table (themes, breakdown, quotes), with
 * the list separator of the report's language.
 * `fontsDir` is where the PDF's fonts and the DOCX chart labels' font are (resources/fonts of the
 * repository by default).
 */
export function renderReport(result: ReportResult, format: ExportFormat, options: { fontsDir?: string } = {}): ReportFile[] {
  const stem = fileStem(result.title);
  switch (format) {
    case 'json':
      return [
        { name: `${stem}.json`, mimeType: 'application/json', data: new TextEncoder().encode(`${JSON.stringify(result, null, 2)}\n`) },
      ];
    case 'csv': {
      const separator = csvSeparatorFor(reportTranslator(result).tag);
      return [themeTable(result), breakdownTable(result), quotesTable(result)].map((t) => ({
        name: `${stem}-${t.name}.csv`,
        mimeType: 'text/csv',
        data: tableToCsv(t, separator),
      }));
    }
    case 'html':
      return [{ name: `${stem}.html`, mimeType: 'text/html', data: new TextEncoder().encode(reportToHtml(result)) }];
    case 'xlsx':
      return [
        { name: `${stem}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data: reportToXlsx(result) },
      ];
    case 'docx':
      return [
        {
          name: `${stem}.docx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          data: reportToDocx(result, undefined, options),
        },
      ];
    case 'pdf':
      return [{ name: `${stem}.pdf`, mimeType: 'application/pdf', data: reportToPdf(result, options) }];
    default:
      throw new Error(`Export to ${format} is not available yet.`);
  }
}
