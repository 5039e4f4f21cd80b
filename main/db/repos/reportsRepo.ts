import type { Db } from '../connection';
import type { SessionKind } from '../../../shared/domain/study';
import type { ReportCodingColumns, ReportCodingRow, ReportTurnRow } from '../../../shared/reports/rows';

/** A saved report definition (JSON), in camelCase: the columns are mapped in this file's SELECTs. */
export interface ReportRecord {
  id: string;
  title: string;
  definition: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

/** A frozen report: its definition and results as JSON. */
export interface SnapshotRecord {
  id: string;
  reportId: string | null;
  title: string;
  definition: string;
  results: string;
  createdAt: string;
  appVersion: string;
  createdBy: string | null;
}

const REPORT_COLUMNS = 'id, title, definition, created_at AS createdAt, updated_at AS updatedAt, created_by AS createdBy';
const SNAPSHOT_HEAD = 'id, report_id AS reportId, title, created_at AS createdAt, app_version AS appVersion, created_by AS createdBy';

/** Report definitions, snapshots, starred quotes, and the set-wise reads a report needs. */
export function createReportsRepo(db: Db) {
  const list = db.prepare<[], ReportRecord>(`SELECT ${REPORT_COLUMNS} FROM reports ORDER BY updated_at DESC, title`);
  const one = db.prepare<[string], ReportRecord>(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id = ?`);
  const upsert = db.prepare<[ReportRecord]>(`INSERT INTO reports (id, title, definition, created_at, updated_at, created_by)
    VALUES (@id, @title, @definition, @createdAt, @updatedAt, @createdBy)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, definition = excluded.definition, updated_at = excluded.updated_at`);
  const remove = db.prepare<[string]>('DELETE FROM reports WHERE id = ?');
  const snapshots = db.prepare<[], Omit<SnapshotRecord, 'results' | 'definition'>>(
    `SELECT ${SNAPSHOT_HEAD} FROM report_snapshots ORDER BY created_at DESC, id`,
  );
  const snapshot = db.prepare<[string], SnapshotRecord>(`SELECT ${SNAPSHOT_HEAD}, definition, results FROM report_snapshots WHERE id = ?`);
  const insertSnapshot = db.prepare<[SnapshotRecord]>(`INSERT INTO report_snapshots (id, report_id, title, definition, results, created_at,
    app_version, created_by) VALUES (@id, @reportId, @title, @definition, @results, @createdAt, @appVersion, @createdBy)`);
  const star = db.prepare<[string, string, string | null]>(
    'INSERT INTO report_quotes (coding_id, starred_at, starred_by) VALUES (?, ?, ?) ON CONFLICT (coding_id) DO NOTHING',
  );
  const unstar = db.prepare<[string]>('DELETE FROM report_quotes WHERE coding_id = ?');
  const starred = db.prepare<[], { coding_id: string }>('SELECT coding_id FROM report_quotes');
  // The two big reads give no per-row object with named keys: raw rows (arrays) when sliced for a
  // worker, columns when read in one go. Codings in table (rowid) order either way; turns by
  // document, start and position (a total order), which a read document by document gives too.
  const codingColumns = 'id, document_id, code_id, start_offset, end_offset, coder_id';
  // The whole read as one JSON array per column, which SQLite builds in one scan and JSON.parse
  // turns into strings and numbers: a JS array per row, handed over one call at a time, cost twice
  // as much. The document, code and coder come as the rowid of their row (a small number, no
  // string per coding), or as the id itself when no such row exists. An aggregate over an ordered
  // subquery keeps that order (SQLite does not flatten it).
  const codingColumnsJson = db
    .prepare<[], [string, string, string, string, string, string]>(
      `SELECT json_group_array(id), json_group_array(document), json_group_array(code), json_group_array(start_offset),
        json_group_array(end_offset), json_group_array(coder) FROM (
          SELECT c.id, coalesce(d.rowid, c.document_id) AS document, coalesce(k.rowid, c.code_id) AS code, c.start_offset,
            c.end_offset, coalesce(u.rowid, c.coder_id) AS coder
          FROM codings c LEFT JOIN documents d ON d.id = c.document_id LEFT JOIN codes k ON k.id = c.code_id
            LEFT JOIN users u ON u.id = c.coder_id
          ORDER BY c.rowid)`,
    )
    .raw(true);
  const rowidsOf = (table: 'documents' | 'codes' | 'users' | 'participants') =>
    db.prepare<[], [number, string]>(`SELECT rowid, id FROM ${table}`).raw(true);
  const documentRowids = rowidsOf('documents');
  const codeRowids = rowidsOf('codes');
  const userRowids = rowidsOf('users');
  const participantRowids = rowidsOf('participants');
  const codingsAfter = db
    .prepare<[number, number], [...Required<ReportCodingRow>, number]>(
      `SELECT ${codingColumns}, quote, rowid FROM codings WHERE rowid > ? ORDER BY rowid LIMIT ?`,
    )
    .raw(true);
  const turnColumns = 'document_id, start_offset, end_offset, participant_id';
  // As the codings: a JSON array per column, documents and speakers as rowids where their row exists.
  const turnColumnsJson = db
    .prepare<[], [string, string, string, string]>(
      `SELECT json_group_array(document), json_group_array(start_offset), json_group_array(end_offset), json_group_array(speaker) FROM (
          SELECT coalesce(d.rowid, t.document_id) AS document, t.start_offset, t.end_offset, coalesce(p.rowid, t.participant_id) AS speaker
          FROM turns t LEFT JOIN documents d ON d.id = t.document_id LEFT JOIN participants p ON p.id = t.participant_id
          ORDER BY t.document_id, t.start_offset, t.position)`,
    )
    .raw(true);
  const turnsOf = db
    .prepare<[string], ReportTurnRow>(`SELECT ${turnColumns} FROM turns WHERE document_id = ? ORDER BY start_offset, position`)
    .raw(true);
  const documentIds = db.prepare<[], string>('SELECT id FROM documents ORDER BY id').pluck();
  const codingCount = db.prepare<[], number>('SELECT count(*) FROM codings').pluck();
  const quote = db.prepare<[string], { quote: string }>('SELECT quote FROM codings WHERE id = ?');
  // The catalog a report needs and nothing more: sessions.list() names moderators and counts
  // respondents per session, users() counts codings per coder (a walk over 100,000 index entries).
  const sessions = db.prepare<[], { id: string; kind: SessionKind; title: string; date: string | null }>(
    'SELECT id, kind, title, date FROM sessions ORDER BY date IS NULL, date DESC, title COLLATE NOCASE',
  );
  const coders = db.prepare<[], { id: string; name: string }>('SELECT id, name FROM users ORDER BY name COLLATE NOCASE, id');
  const documents = db.prepare<
    [],
    { id: string; sessionId: string | null; kind: 'transcript' | 'notes' | 'memo' | 'other'; title: string }
  >('SELECT id, session_id AS sessionId, kind, title FROM documents ORDER BY created_at, title');

  const changes = db.prepare<[], { n: number }>('SELECT total_changes() AS n');

  return {
    /**
     * A stamp that changes whenever the study may have changed: writes on this connection
     * (total_changes) or by any other connection (data_version).
     */
    changeStamp: () => `${changes.get()!.n}:${db.pragma('data_version', { simple: true }) as number}`,
    list: () => list.all(),
    get: (id: string) => one.get(id) ?? null,
    save: (report: ReportRecord) => void upsert.run(report),
    remove: (id: string) => remove.run(id).changes === 1,
    snapshots: () => snapshots.all(),
    snapshot: (id: string) => snapshot.get(id) ?? null,
    insertSnapshot: (snapshot: SnapshotRecord) => void insertSnapshot.run(snapshot),
    star: (codingId: string, at: string, userId: string | null) => void star.run(codingId, at, userId),
    unstar: (codingId: string) => void unstar.run(codingId),
    starred: () => new Set(starred.all().map((r) => r.coding_id)),
    /** Every coding's id, document, code, start, end and coder (no text), a column each, in table order: the one big read of a report. */
    codings: (): ReportCodingColumns => {
      const [ids, documents, codes, starts, ends, coders] = codingColumnsJson.get()!.map((column) => JSON.parse(column) as unknown[]);
      return {
        ids: ids as string[],
        documentIds: idsOfRowids(documents!, documentRowids.all()) as string[],
        codeIds: idsOfRowids(codes!, codeRowids.all()) as string[],
        starts: starts as number[],
        ends: ends as number[],
        coderIds: idsOfRowids(coders!, userRowids.all()),
      };
    },
    /** Up to `limit` codings after the one with `rowid` (0: from the start), each with its quote and then its rowid: {@link codings} in slices. */
    codingsAfter: (rowid: number, limit: number) => codingsAfter.all(rowid, limit),
    /** Every turn as [document, start, end, participant], by document and start (read as columns, as {@link codings}). */
    turns: (): ReportTurnRow[] => {
      const [documents, starts, ends, speakers] = turnColumnsJson.get()!.map((column) => JSON.parse(column) as unknown[]);
      const documentIds = idsOfRowids(documents!, documentRowids.all()) as string[];
      const participantIds = idsOfRowids(speakers!, participantRowids.all());
      return documentIds.map((documentId, i) => [documentId, starts![i] as number, ends![i] as number, participantIds[i] ?? null]);
    },
    /** One document's turns: {@link turns} a document at a time, in {@link documentIds} order. */
    turnsOf: (documentId: string) => turnsOf.all(documentId),
    documentIds: () => documentIds.all(),
    codingCount: () => codingCount.get() ?? 0,
    quote: (codingId: string) => quote.get(codingId)?.quote ?? '',
    documents: () => documents.all(),
    /** Every session as {id, kind, title, date}, in the order of the sessions list. */
    sessions: () => sessions.all(),
    /** Every user who may have coded, as {id, name}, by name. */
    coders: () => coders.all(),
  };
}
export type ReportsRepo = ReturnType<typeof createReportsRepo>;

/**
 * Puts ids in place of the rowids of a column read with {@link createReportsRepo}'s codings: one
 * string per row of the table, shared by every coding that names it.
 */
function idsOfRowids(column: unknown[], rows: [number, string][]): (string | null)[] {
  const idOf = new Map(rows);
  for (let i = 0; i < column.length; i++) {
    const value = column[i];
    if (typeof value === 'number') column[i] = idOf.get(value) ?? null;
  }
  return column as (string | null)[];
}
