import type { MatrixCount, MatrixResult, ParsedMatrixQuery } from '../../../shared/domain/matrix';
import { AppError } from '../../../shared/errors';
import { translatorFor, type Translator } from '../../../shared/i18n/translator';
import type { ReportCoding, ReportData } from '../../../shared/reports/data';
import { groupKey } from '../../../shared/reports/scales';
import { countWords } from '../../../shared/text/wordCount';
import { loadReportData } from '../reportData';
import type { Study } from '../study';
import { matrixColumns, type MatrixColumnSet, type Placement } from './matrixColumns';
import { isQueryPassage, queryRowKey, savedQueryRows, type QueryRows } from './matrixQueryRows';
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

/**
 * Adds up what each coding brings to its cells, rows, columns and the whole. Codings and words are
 * sums (each coding is visited once, so totals count it once); participants are sets, kept as
 * bitsets over the study's people (a 30 × 10 matrix over 100,000 codings adds millions of people
 * to sets: bits cost a fraction of hashing ids).
 */
function newTally(count: MatrixCount, height: number, width: number, people: readonly string[], wordsOf: (c: ReportCoding) => number) {
  const cells = new Float64Array(height * width);
  const rowTotals = new Float64Array(height);
  const columnTotals = new Float64Array(width);
  let total = 0;
  const number = new Map(people.map((id, i) => [id, i]));
  const words = count === 'participants' ? (people.length >>> 5) + 1 : 0;
  const cellBits = new Uint32Array(height * width * words);
  const rowBits = new Uint32Array(height * words);
  const columnBits = new Uint32Array(width * words);
  const allBits = new Uint32Array(words);
  const set = (bits: Uint32Array, slot: number, n: number) => (bits[slot * words + (n >>> 5)]! |= 1 << (n & 31));
  const sizes = (bits: Uint32Array, slots: number) =>
    Array.from({ length: slots }, (_, i) => {
      let size = 0;
      for (let w = i * words; w < (i + 1) * words; w++) size += popcount(bits[w]!);
      return size;
    });
  return {
    add(coding: ReportCoding, rows: readonly number[], placed: Placement[]) {
      if (count === 'participants') {
        for (const { index, people: who } of placed)
          for (const p of who) {
            const n = number.get(p);
            if (n === undefined) throw new Error(`participant ${p} of coding ${coding.id} is not in the study`);
            set(columnBits, index, n);
            set(allBits, 0, n);
            for (const r of rows) {
              set(cellBits, r * width + index, n);
              set(rowBits, r, n);
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
      if (count === 'participants') {
        const cellSizes = sizes(cellBits, height * width);
        return {
          cells: Array.from({ length: height }, (_, r) => cellSizes.slice(r * width, (r + 1) * width)),
          rowTotals: sizes(rowBits, height),
          columnTotals: sizes(columnBits, width),
          total: sizes(allBits, 1)[0]!,
        };
      }
      return {
        cells: Array.from({ length: height }, (_, r) => [...cells.subarray(r * width, (r + 1) * width)]),
        rowTotals: [...rowTotals],
        columnTotals: [...columnTotals],
        total,
      };
    },
  };
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
