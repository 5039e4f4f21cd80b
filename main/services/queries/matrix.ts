import type { MatrixCount, MatrixResult, ParsedMatrixQuery } from '../../../shared/domain/matrix';
import { AppError } from '../../../shared/errors';
import { translatorFor, type Translator } from '../../../shared/i18n/translator';
import type { ReportCoding, ReportData } from '../../../shared/reports/data';
import { groupKey } from '../../../shared/reports/scales';
import { countWords } from '../../../shared/text/wordCount';
import { loadReportData } from '../reportData';
import type { Study } from '../study';
import { matrixColumns, type MatrixColumnSet, type Placement } from './matrixColumns';
import { matrixTitle } from './matrixTitle';

/** The query worked out against the study: its rows, its columns, and a walk over the codings that land in a cell. */
interface Prepared {
  data: ReportData;
  tr: Translator;
  rows: MatrixResult['rows'];
  columns: MatrixColumnSet;
  /** Calls `visit` for each coding in scope that belongs to a row and falls in a column. */
  each(visit: (coding: ReportCoding, rows: readonly number[], columns: Placement[]) => void): void;
}

function prepare(study: Study, q: ParsedMatrixQuery): Prepared {
  const data = loadReportData(study);
  const tr = translatorFor(q.language);
  const codes = new Map(data.codes.map((c) => [c.id, c]));
  for (const id of q.codeIds) if (!codes.has(id)) throw new AppError('NOT_FOUND', 'editing.codeGone');
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
  const inScope = scopeOf(data, q);
  const columns = matrixColumns(data, q, tr, inScope, branch);
  return {
    data,
    tr,
    rows: q.codeIds.map((id) => ({ codeId: id, path: codes.get(id)!.path, name: codes.get(id)!.name })),
    columns,
    each(visit) {
      for (const coding of data.codings) {
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
    if (coders.size > 0 && (c.coderId === null || !coders.has(c.coderId))) return null;
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
  const { data, tr, rows, columns, each } = prepare(study, q);
  const tally = newTally(q.count, rows.length, columns.list.length, (c) => countWords(data.quoteOf(c.id)));
  each(tally.add);
  return { count: q.count, rows, columns: columns.list, ...tally.result(), title: matrixTitle(data, q, tr) };
}

/** The ids of one cell's codings: what the cell's passages show. */
export function matrixCellCodingIds(study: Study, q: ParsedMatrixQuery, rowCodeId: string, columnKey: string): Set<string> {
  const { columns, each } = prepare(study, q);
  const row = q.codeIds.indexOf(rowCodeId);
  const column = columns.list.findIndex((c) => c.key === columnKey);
  if (row < 0 || column < 0) throw new AppError('NOT_FOUND', 'matrix.cellGone');
  const ids = new Set<string>();
  each((coding, rows, placed) => {
    if (rows.includes(row) && placed.some((p) => p.index === column)) ids.add(coding.id);
  });
  return ids;
}

/**
 * Adds up what each coding brings to its cells, rows, columns and the whole. Codings and words are
 * sums (each coding is visited once, so totals count it once); participants are sets.
 */
function newTally(count: MatrixCount, height: number, width: number, wordsOf: (c: ReportCoding) => number) {
  const cells = new Float64Array(height * width);
  const rowTotals = new Float64Array(height);
  const columnTotals = new Float64Array(width);
  let total = 0;
  const sets = (n: number) => Array.from({ length: n }, () => new Set<string>());
  const cellPeople = count === 'participants' ? sets(height * width) : [];
  const rowPeople = count === 'participants' ? sets(height) : [];
  const columnPeople = count === 'participants' ? sets(width) : [];
  const everyone = new Set<string>();
  return {
    add(coding: ReportCoding, rows: readonly number[], placed: Placement[]) {
      if (count === 'participants') {
        for (const { index, people } of placed)
          for (const p of people) {
            columnPeople[index]!.add(p);
            everyone.add(p);
            for (const r of rows) {
              cellPeople[r * width + index]!.add(p);
              rowPeople[r]!.add(p);
            }
          }
        return;
      }
      const n = count === 'words' ? wordsOf(coding) : 1;
      total += n;
      for (const { index } of placed) columnTotals[index]! += n;
      for (const r of rows) {
        rowTotals[r]! += n;
        for (const { index } of placed) cells[r * width + index]! += n;
      }
    },
    result() {
      const size = (s: Set<string>) => s.size;
      if (count === 'participants')
        return {
          cells: Array.from({ length: height }, (_, r) => cellPeople.slice(r * width, (r + 1) * width).map(size)),
          rowTotals: rowPeople.map(size),
          columnTotals: columnPeople.map(size),
          total: everyone.size,
        };
      return {
        cells: Array.from({ length: height }, (_, r) => [...cells.subarray(r * width, (r + 1) * width)]),
        rowTotals: [...rowTotals],
        columnTotals: [...columnTotals],
        total,
      };
    },
  };
}
