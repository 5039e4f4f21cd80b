import type { MatrixResult, ParsedMatrixQuery } from '../../../shared/domain/matrix';
import { AppError } from '../../../shared/errors';
import { translatorFor, type Translator } from '../../../shared/i18n/translator';
import type { ReportCoding, ReportData } from '../../../shared/reports/data';
import { groupKey } from '../../../shared/reports/scales';
import { countWords } from '../../../shared/text/wordCount';
import { loadReportData } from '../reportData';
import type { Study } from '../study';
import { matrixColumns, type MatrixColumnSet, type Placement } from './matrixColumns';
import { isQueryPassage, queryRowKey, savedQueryRows, type QueryRows } from './matrixQueryRows';
import { newTally } from './matrixTally';
import { matrixTitle } from './matrixTitle';

/** The query worked out against the study: its rows, its columns, and a walk over the codings that land in a cell. */
interface Prepared {
  data: ReportData;
  tr: Translator;
  rows: MatrixResult['rows'];
  columns: MatrixColumnSet;
  /** The saved queries' passages, by the id of the coding that stands for each. */
  passages: QueryRows['passages'];
  /** Calls `visit` for each coding in scope that belongs to a row and falls in a column. */
  each(visit: (coding: ReportCoding, rows: readonly number[], columns: Placement[]) => void): void;
}

function prepare(study: Study, q: ParsedMatrixQuery): Prepared {
  const data = loadReportData(study);
  const tr = translatorFor(q.language);
  const codes = new Map(data.codes.map((c) => [c.id, c]));
  if (q.codeIds.length + q.savedQueryIds.length === 0) throw new AppError('INVALID_INPUT', 'matrix.noRows');
  for (const id of q.codeIds) if (!codes.has(id)) throw new AppError('NOT_FOUND', 'editing.codeGone');
  const queries = savedQueryRows(study, q.savedQueryIds);
  const children = new Map<string, string[]>();
  for (const c of data.codes) if (c.parentId !== null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const branch = (id: string): string[] => (q.includeChildren ? [id, ...(children.get(id) ?? []).flatMap(branch)] : [id]);
  const rowsOfCode = new Map<string, number[]>();
  q.codeIds.forEach((id, row) => {
    for (const code of new Set(branch(id))) {
      const list = rowsOfCode.get(code) ?? [];
      if (!list.includes(row)) rowsOfCode.set(code, [...list, row]);
    }
  });
  q.savedQueryIds.forEach((id, i) => rowsOfCode.set(queryRowKey(id), [q.codeIds.length + i]));
  const inScope = scopeOf(data, q);
  const columns = matrixColumns(data, q, tr, inScope, branch);
  return {
    data,
    tr,
    rows: [
      ...q.codeIds.map((id) => ({ kind: 'code' as const, id, path: codes.get(id)!.path, name: codes.get(id)!.name })),
      ...queries.rows,
    ],
    columns,
    passages: queries.passages,
    each(visit) {
      for (const list of [data.codings, queries.codings])
        for (const coding of list) {
          const rows = rowsOfCode.get(coding.codeId);
          if (!rows) continue;
          const people = inScope(coding);
          if (people === null) continue;
          const placed = columns.place(coding, people);
          if (placed.length > 0) visit(coding, rows, placed);
        }
    },
  };
}

/**
 * The people a coding in scope is counted for, or null when it is out of scope. The report's rule:
 * a coding of the moderator's (observer's, note-taker's) words alone drops out unless they are
 * included, and so do their names; under an attribute filter a coding stays when one of its
 * people matches, and only they are counted.
 */
function scopeOf(data: ReportData, q: ParsedMatrixQuery): (c: ReportCoding) => readonly string[] | null {
  const f = q.filter;
  const sessionOf = new Map(data.documents.map((d) => [d.id, d.sessionId]));
  const sessions = new Set(f?.sessionIds ?? []);
  const coders = new Set(f?.coderIds ?? []);
  const attributes = new Map(data.attributes.map((a) => [a.id, a]));
  const rules = (f?.attributes ?? []).map((rule) => {
    const attribute = attributes.get(rule.attributeId);
    if (!attribute) throw new AppError('NOT_FOUND', 'editing.filterAttributeGone');
    return { attribute, values: new Set(rule.values) };
  });
  const matching = new Set(
    data.participants
      .filter((p) => rules.every(({ attribute, values }) => values.has(groupKey(attribute, p.values[attribute.id]) ?? '')))
      .map((p) => p.id),
  );
  return (c) => {
    if (sessions.size > 0 && !sessions.has(sessionOf.get(c.documentId) ?? '')) return null;
    // A saved query's passages were already limited to its own coders.
    if (coders.size > 0 && !isQueryPassage(c) && (c.coderId === null || !coders.has(c.coderId))) return null;
    let people: readonly string[] = c.participantIds;
    if (c.nonRespondentIds.length > 0) {
      if (q.includeModerator) people = [...people, ...c.nonRespondentIds];
      else if (people.length === 0) return null;
    }
    if (rules.length > 0) {
      people = people.filter((p) => matching.has(p));
      if (people.length === 0) return null;
    }
    return people;
  };
}

/**
 * Codes × columns: each cell counts the codings of the row's code (with its sub-codes) that fall in
 * the column, the distinct people counted there, or the words of the coded text. Totals count each
 * coding, person or word once (see {@link MatrixResult}).
 */
export function buildMatrix(study: Study, q: ParsedMatrixQuery): MatrixResult {
  const { data, tr, rows, columns, passages, each } = prepare(study, q);
  const people = data.participants.map((p) => p.id);
  const wordsOf = (c: ReportCoding) => countWords(passages.get(c.id)?.passage.text ?? data.quoteOf(c.id));
  const tally = newTally(q.count, rows.length, columns.list.length, people, wordsOf);
  each(tally.add);
  return { count: q.count, rows, columns: columns.list, ...tally.result(), title: matrixTitle(data, q, tr) };
}

/** The ids of one cell's codings (and the saved queries' passages they stand for): what the cell shows. */
export function matrixCellCodings(
  study: Study,
  q: ParsedMatrixQuery,
  rowId: string,
  columnKey: string,
): { ids: Set<string>; passages: QueryRows['passages'] } {
  const { rows, columns, passages, each } = prepare(study, q);
  const row = rows.findIndex((r) => r.id === rowId);
  const column = columns.list.findIndex((c) => c.key === columnKey);
  if (row < 0 || column < 0) throw new AppError('NOT_FOUND', 'matrix.cellGone');
  const ids = new Set<string>();
  each((coding, rowsOf, placed) => {
    if (rowsOf.includes(row) && placed.some((p) => p.index === column)) ids.add(coding.id);
  });
  return { ids, passages };
}
