import type { MatrixFormat, MatrixResult, ParsedMatrixQuery } from '../../../shared/domain/matrix';
import { AppError } from '../../../shared/errors';
import { translatorFor } from '../../../shared/i18n/translator';
import { csvSeparatorFor, tableToCsv } from '../../io/report/csv';
import { fileStem } from '../../io/report/index';
import type { Table } from '../../io/report/tables';
import { tablesToXlsx } from '../../io/report/xlsx';
import type { Study } from '../study';
import { buildMatrix } from './matrix';

const MIME: Record<MatrixFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The matrix as a sheet: a title row saying what is counted and the filters, the columns' names,
 * one row per code with its total, and the totals row. Counts stay numbers, so a spreadsheet sums
 * and charts them.
 */
export function matrixTable(m: MatrixResult, tr: ReturnType<typeof translatorFor>): Table {
  return {
    name: 'matrix',
    title: tr.t('matrix.sheet'),
    header: [m.title],
    rows: [
      [tr.t('common.code'), ...m.columns.map((c) => c.label), tr.t('matrix.total')],
      ...m.rows.map((r, i) => [r.path, ...m.cells[i]!, m.rowTotals[i]!]),
      [tr.t('matrix.total'), ...m.columnTotals, m.total],
    ],
  };
}

/** The matrix in a format, built from the study as it is now; refuses a matrix with no column before any dialog opens. */
export function matrixFile(study: Study, q: ParsedMatrixQuery, format: MatrixFormat, date?: Date) {
  const tr = translatorFor(q.language);
  const m = buildMatrix(study, q);
  if (m.columns.length === 0) throw new AppError('INVALID_INPUT', 'matrix.nothingToExport');
  const table = matrixTable(m, tr);
  const data = format === 'csv' ? tableToCsv(table, csvSeparatorFor(tr.tag)) : tablesToXlsx([table], date);
  return { name: `${fileStem(m.title.split(' · ')[0]!)}.${format}`, mimeType: MIME[format], data };
}
