import type Database from 'better-sqlite3';
import type { ParsedMatrixQuery } from '../../../shared/domain/matrix';

/**
 * The matrix counted the slow, obvious way straight from the study's tables, sharing no code with
 * the service: each cell walks every coding, finds its speakers by scanning the document's turns,
 * decides who is a respondent from the session roles, and tests every column key one by one.
 */
export function bruteForceMatrix(db: Database.Database, q: ParsedMatrixQuery, columnKeys: string[]) {
  const codes = db.prepare('SELECT id, parent_id FROM codes').all() as { id: string; parent_id: string | null }[];
  const branch = (id: string): string[] =>
    q.includeChildren ? [id, ...codes.filter((c) => c.parent_id === id).flatMap((c) => branch(c.id))] : [id];
  const turns = db.prepare('SELECT document_id, start_offset, end_offset, participant_id FROM turns').all() as {
    document_id: string;
    start_offset: number;
    end_offset: number;
    participant_id: string | null;
  }[];
  const sessionOf = new Map(
    (db.prepare('SELECT id, session_id FROM documents').all() as { id: string; session_id: string }[]).map((d) => [d.id, d.session_id]),
  );
  const roles = db.prepare('SELECT session_id, participant_id, role FROM session_participants').all() as {
    session_id: string;
    participant_id: string;
    role: string;
  }[];
  const values = db.prepare('SELECT participant_id, attribute_id, value_text, value_number FROM participant_values').all() as {
    participant_id: string;
    attribute_id: string;
    value_text: string | null;
    value_number: number | null;
  }[];
  const attributes = db.prepare('SELECT id, type, scale_kind FROM attributes').all() as {
    id: string;
    type: string;
    scale_kind: string | null;
  }[];
  const codings = db.prepare('SELECT id, document_id, code_id, start_offset, end_offset, coder_id, quote FROM codings').all() as {
    id: string;
    document_id: string;
    code_id: string;
    start_offset: number;
    end_offset: number;
    coder_id: string | null;
    quote: string;
  }[];
  const group = (person: string, attributeId: string): string | null => {
    const v = values.find((x) => x.participant_id === person && x.attribute_id === attributeId);
    if (!v) return null;
    const a = attributes.find((x) => x.id === attributeId)!;
    if (a.scale_kind === 'nps') return v.value_number! >= 9 ? 'promoter' : v.value_number! >= 7 ? 'passive' : 'detractor';
    return v.value_text ?? String(v.value_number);
  };
  const isRespondent = (doc: string, person: string) => {
    const role = roles.find((x) => x.session_id === sessionOf.get(doc) && x.participant_id === person)?.role;
    if (role) return role === 'participant';
    const mine = roles.filter((x) => x.participant_id === person);
    return !(mine.length > 0 && mine.every((x) => x.role !== 'participant'));
  };
  type Coding = (typeof codings)[number];
  const inScope = (c: Coding): string[] | null => {
    const f = q.filter;
    if (f && f.sessionIds.length > 0 && !f.sessionIds.includes(sessionOf.get(c.document_id)!)) return null;
    if (f && f.coderIds.length > 0 && !f.coderIds.includes(c.coder_id ?? '')) return null;
    const speakers = [
      ...new Set(
        turns
          .filter((t) => t.document_id === c.document_id && t.start_offset < c.end_offset && t.end_offset > c.start_offset)
          .flatMap((t) => (t.participant_id ? [t.participant_id] : [])),
      ),
    ];
    const respondents = speakers.filter((p) => isRespondent(c.document_id, p));
    if (!q.includeModerator && respondents.length === 0 && speakers.length > 0) return null;
    let people = q.includeModerator ? speakers : respondents;
    for (const rule of f?.attributes ?? []) people = people.filter((p) => rule.values.includes(group(p, rule.attributeId) ?? '\u0000'));
    if ((f?.attributes.length ?? 0) > 0 && people.length === 0) return null;
    return people;
  };
  const cols = q.columns;
  /** The people a coding is counted for in a column, or null when it is not in that column. */
  const member = (c: Coding, key: string): string[] | null => {
    const people = inScope(c);
    if (people === null) return null;
    if (cols.by === 'attribute') {
      const mine = people.filter((p) => group(p, cols.attributeId) === key);
      return mine.length > 0 ? mine : null;
    }
    if (cols.by === 'sessions') return sessionOf.get(c.document_id) === key ? people : null;
    if (cols.by === 'participants') return people.includes(key) ? [key] : null;
    const other = branch(key);
    const hit = codings.some(
      (d) =>
        other.includes(d.code_id) &&
        d.document_id === c.document_id &&
        d.start_offset < c.end_offset &&
        c.start_offset < d.end_offset &&
        inScope(d) !== null,
    );
    return hit ? people : null;
  };
  const words = (text: string) => [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;
  const measure = (pairs: { c: Coding; people: string[] }[]) => {
    const distinct = new Map(pairs.map((p) => [p.c.id, p.c]));
    if (q.count === 'codings') return distinct.size;
    if (q.count === 'words') return [...distinct.values()].reduce((sum, c) => sum + words(c.quote), 0);
    return new Set(pairs.flatMap((p) => p.people)).size;
  };
  const pairsOf = (rowCodes: string[], keys: string[]) =>
    codings
      .filter((c) => rowCodes.includes(c.code_id))
      .flatMap((c) => keys.flatMap((k) => (member(c, k) ? [{ c, people: member(c, k)! }] : [])));
  const rows = q.codeIds.map(branch);
  return {
    cells: rows.map((codesOfRow) => columnKeys.map((k) => measure(pairsOf(codesOfRow, [k])))),
    rowTotals: rows.map((codesOfRow) => measure(pairsOf(codesOfRow, columnKeys))),
    columnTotals: columnKeys.map((k) => measure(pairsOf(rows.flat(), [k]))),
    total: measure(pairsOf(rows.flat(), columnKeys)),
    cellIds: (row: number, key: string) => new Set(pairsOf(rows[row]!, [key]).map((p) => p.c.id)),
  };
}
