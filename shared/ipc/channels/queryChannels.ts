import { Delivery } from '../../domain/files';
import { MatrixCellQuery, MatrixCellResult, MatrixFormat, MatrixQuery, MatrixResult } from '../../domain/matrix';

/** Matrix coding: codes by attribute values, sessions, participants or codes (the Queries tab's Matrix view). */
export const matrixChannels = {
  /** The table: a count per code and column, with totals and a title saying what is counted. */
  'queries:matrix': { input: MatrixQuery, output: MatrixResult },
  /** The passages one cell counted, as the Passages view shows them. */
  'queries:matrixCell': { input: MatrixCellQuery, output: MatrixCellResult },
  /** The same table as a CSV or Excel file, delivered like every export (see Delivery). */
  'queries:matrixExport': { input: MatrixQuery.extend({ format: MatrixFormat }), output: Delivery },
} as const;
