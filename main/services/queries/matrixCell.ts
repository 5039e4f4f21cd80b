import type { MatrixCellResult, ParsedMatrixQuery } from '../../../shared/domain/matrix';
import { retrievePassages } from '../retrieve';
import type { Study } from '../study';
import { matrixCellCodingIds } from './matrix';

/**
 * One cell's passages as the Passages view shows them, session by session: the row code's passages
 * (with its sub-codes when the matrix includes them) that the cell counted.
 */
export function matrixCellPassages(study: Study, q: ParsedMatrixQuery, rowCodeId: string, columnKey: string): MatrixCellResult {
  const ids = matrixCellCodingIds(study, q, rowCodeId, columnKey);
  return { passages: retrievePassages(study, rowCodeId, q.includeChildren).filter((p) => ids.has(p.codingId)) };
}
