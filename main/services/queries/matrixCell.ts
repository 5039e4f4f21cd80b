import type { RetrievedPassage } from '../../../shared/domain/coding';
import type { MatrixCellResult, ParsedMatrixQuery } from '../../../shared/domain/matrix';
import { retrievePassages } from '../retrieve';
import type { Study } from '../study';
import { matrixCellCodings } from './matrix';

/**
 * One cell's passages as the Passages view shows them, session by session: the row code's passages
 * (with its sub-codes when the matrix includes them) that the cell counted, or a saved query's.
 */
export function matrixCellPassages(study: Study, q: ParsedMatrixQuery, rowId: string, columnKey: string): MatrixCellResult {
  const { ids, passages } = matrixCellCodings(study, q, rowId, columnKey);
  if (!q.savedQueryIds.includes(rowId))
    return { passages: retrievePassages(study, rowId, q.includeChildren).filter((p) => ids.has(p.codingId)) };
  // A query's passages are in reading order already; each is read as a passage "coded" with the query.
  const out: RetrievedPassage[] = [];
  for (const id of ids) {
    const { passage, query } = passages.get(id)!;
    out.push({
      ...passage,
      codingId: crypto.randomUUID(),
      codeId: query.id,
      codePath: query.name,
      quote: passage.text,
      speakers: passage.people.map((p) => p.name),
      status: 'anchored',
      coderId: null,
      coder: null,
      codedAt: query.updatedAt,
    });
  }
  return { passages: out };
}
