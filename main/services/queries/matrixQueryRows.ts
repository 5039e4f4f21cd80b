import type { QueryPassage, SavedQuery } from '../../../shared/domain/codingQuery';
import type { MatrixResult } from '../../../shared/domain/matrix';
import { AppError } from '../../../shared/errors';
import type { ReportCoding } from '../../../shared/reports/data';
import type { Study } from '../study';
import { runCodingQuery } from './runQuery';
import { listSavedQueries } from './savedQueries';

/** Saved queries as matrix rows: their passages dressed as codings of a code only the matrix knows. */
export interface QueryRows {
  rows: MatrixResult['rows'];
  /** One per passage; `codeId` is {@link queryRowKey} of its query, `coderId` null. */
  codings: ReportCoding[];
  /** What each of those codings stands for. */
  passages: Map<string, { passage: QueryPassage; query: SavedQuery }>;
}

/** The code id a saved query's passages carry in the matrix (never a real code's id). */
export const queryRowKey = (savedQueryId: string) => `query:${savedQueryId}`;

/** Whether a coding the matrix walks is a saved query's passage rather than a coding of the study. */
export const isQueryPassage = (coding: ReportCoding) => coding.codeId.startsWith('query:');

/**
 * Runs each saved query as it is saved (its own expression and restrictions) and turns each passage
 * into a coding of the query's row, with the passage's respondents and the others who speak in it.
 */
export function savedQueryRows(study: Study, ids: readonly string[]): QueryRows {
  const saved = new Map(listSavedQueries(study).map((s) => [s.id, s]));
  const out: QueryRows = { rows: [], codings: [], passages: new Map() };
  for (const id of ids) {
    const query = saved.get(id);
    if (!query) throw new AppError('NOT_FOUND', 'queries.errorSavedGone');
    out.rows.push({ kind: 'query', id, path: query.name, name: query.name });
    runCodingQuery(study, query.expression, query.restrictions).passages.forEach((passage, i) => {
      const respondents = new Set(passage.participantIds);
      const coding: ReportCoding = {
        id: `${queryRowKey(id)}:${i}`,
        documentId: passage.documentId,
        codeId: queryRowKey(id),
        start: passage.start,
        end: passage.end,
        coderId: null,
        starred: false,
        participantIds: passage.participantIds,
        nonRespondentIds: [
          ...new Set(passage.people.flatMap((p) => (p.participantId && !respondents.has(p.participantId) ? [p.participantId] : []))),
        ],
        turns: [],
      };
      out.codings.push(coding);
      out.passages.set(coding.id, { passage, query });
    });
  }
  return out;
}
