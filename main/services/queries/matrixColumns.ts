import type { ParsedMatrixQuery } from '../../../shared/domain/matrix';
import { AppError } from '../../../shared/errors';
import type { Translator } from '../../../shared/i18n/translator';
import type { ReportCoding, ReportData } from '../../../shared/reports/data';
import { attributeGroups, groupKey } from '../../../shared/reports/scales';

/** A column a coding falls in, with the people it is counted for there. */
export interface Placement {
  index: number;
  people: readonly string[];
}

/** The columns of a matrix and where each coding in scope falls (each column at most once). */
export interface MatrixColumnSet {
  list: { key: string; label: string }[];
  place(coding: ReportCoding, people: readonly string[]): Placement[];
}

type Scope = (c: ReportCoding) => readonly string[] | null;

/**
 * Builds the query's columns. `inScope` gives a coding's counted people (null: out of scope);
 * `branch` a code with its sub-codes when the query includes them.
 */
export function matrixColumns(
  data: ReportData,
  q: ParsedMatrixQuery,
  tr: Translator,
  inScope: Scope,
  branch: (codeId: string) => string[],
): MatrixColumnSet {
  const columns = q.columns;
  if (columns.by === 'attribute') return byAttribute(data, columns.attributeId, tr);
  if (columns.by === 'sessions') return bySession(data);
  if (columns.by === 'participants') return byParticipant(data, q.includeModerator);
  return byCode(data, columns.codeIds, inScope, branch);
}

/** People → column, grouped so that each column appears once with its own people. */
function byPerson(columnOf: Map<string, number>) {
  return (_: ReportCoding, people: readonly string[]): Placement[] => {
    if (people.length === 1) {
      const index = columnOf.get(people[0]!);
      return index === undefined ? [] : [{ index, people }];
    }
    const out = new Map<number, string[]>();
    for (const p of people) {
      const index = columnOf.get(p);
      if (index !== undefined) out.set(index, [...(out.get(index) ?? []), p]);
    }
    return [...out].map(([index, list]) => ({ index, people: list }));
  };
}

/** The attribute's groups as reports split by them (NPS groups, CSAT bands, category options in order). */
function byAttribute(data: ReportData, attributeId: string, tr: Translator): MatrixColumnSet {
  const attribute = data.attributes.find((a) => a.id === attributeId);
  if (!attribute) throw new AppError('NOT_FOUND', 'matrix.attributeGone');
  const groups = attributeGroups(
    attribute,
    data.participants.map((p) => p.values[attribute.id] ?? null),
    tr,
  );
  if (!groups) throw new AppError('INVALID_INPUT', 'matrix.attributeNoGroups', { attribute: attribute.name });
  const index = new Map(groups.map((g, i) => [g.key, i]));
  const columnOf = new Map<string, number>();
  for (const p of data.participants) {
    const key = groupKey(attribute, p.values[attribute.id]);
    const i = key === null ? undefined : index.get(key);
    if (i !== undefined) columnOf.set(p.id, i);
  }
  return { list: groups, place: byPerson(columnOf) };
}

/** Sessions in reading order: by date (undated last), then title. */
function bySession(data: ReportData): MatrixColumnSet {
  const sessions = [...data.sessions].sort(
    (a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
  const index = new Map(sessions.map((s, i) => [s.id, i]));
  const columnOfDocument = new Map<string, number>();
  for (const d of data.documents) if (d.sessionId !== null && index.has(d.sessionId)) columnOfDocument.set(d.id, index.get(d.sessionId)!);
  return {
    list: sessions.map((s) => ({ key: s.id, label: s.title })),
    place: (coding, people) => {
      const i = columnOfDocument.get(coding.documentId);
      return i === undefined ? [] : [{ index: i, people }];
    },
  };
}

/**
 * One column per respondent, by name: everyone who took part as a respondent, or who has no role
 * at all (reports count them as respondents); the moderator and the others too when included.
 */
function byParticipant(data: ReportData, everyone: boolean): MatrixColumnSet {
  const people = data.participants
    .filter((p) => everyone || p.sessionIds.length > 0 || p.nonRespondentSessionIds.length === 0)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    list: people.map((p) => ({ key: p.id, label: p.name })),
    place: byPerson(new Map(people.map((p, i) => [p.id, i]))),
  };
}

/**
 * Co-occurrence: a row's coding falls in a code's column when it overlaps (shares at least one
 * character with) a coding of that code or its sub-codes in the same document, both in scope.
 */
function byCode(data: ReportData, codeIds: string[], inScope: Scope, branch: (codeId: string) => string[]): MatrixColumnSet {
  const paths = new Map(data.codes.map((c) => [c.id, c.path]));
  for (const id of codeIds) if (!paths.has(id)) throw new AppError('NOT_FOUND', 'editing.codeGone');
  const columnsOfCode = new Map<string, number[]>();
  codeIds.forEach((id, i) => {
    for (const code of new Set(branch(id))) columnsOfCode.set(code, [...(columnsOfCode.get(code) ?? []), i]);
  });
  // Per column, per document: the coded stretches, merged and sorted, so one binary search answers "overlaps?".
  const spans = codeIds.map(() => new Map<string, [number, number][]>());
  for (const c of data.codings) {
    const list = columnsOfCode.get(c.codeId);
    if (!list || c.end <= c.start || inScope(c) === null) continue;
    for (const i of list) {
      const byDoc = spans[i]!;
      const mine = byDoc.get(c.documentId);
      if (mine) mine.push([c.start, c.end]);
      else byDoc.set(c.documentId, [[c.start, c.end]]);
    }
  }
  // One lookup per coding: each document's stretches for every column (undefined where a column has none).
  const byDocument = new Map<string, ([number, number][] | undefined)[]>();
  spans.forEach((byDoc, i) => {
    for (const [doc, list] of byDoc) {
      const perColumn = byDocument.get(doc) ?? new Array<[number, number][] | undefined>(codeIds.length);
      perColumn[i] = merge(list);
      byDocument.set(doc, perColumn);
    }
  });
  return {
    list: codeIds.map((id) => ({ key: id, label: paths.get(id)! })),
    place: (coding, people) => {
      const perColumn = byDocument.get(coding.documentId);
      if (!perColumn) return [];
      const out: Placement[] = [];
      for (let index = 0; index < perColumn.length; index++) {
        const list = perColumn[index];
        if (list && overlaps(list, coding.start, coding.end)) out.push({ index, people });
      }
      return out;
    },
  };
}

function merge(list: [number, number][]): [number, number][] {
  list.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of list) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Whether [start, end) shares a character with one of the sorted, disjoint stretches. */
function overlaps(list: [number, number][], start: number, end: number): boolean {
  if (end <= start) return false;
  let lo = 0;
  let hi = list.length;
  // The first stretch that ends after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]![0] < end;
}
