import type { Db } from '../connection';

/** A memo as stored, in the domain's camelCase (the table's snake_case columns are mapped here, nowhere else). */
export interface MemoRecord {
  id: string;
  targetKind: 'project' | 'session' | 'document' | 'code' | 'coding';
  targetId: string | null;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

/** The columns of the memos table, selected under the record's names. */
const COLUMNS =
  'id, target_kind AS targetKind, target_id AS targetId, title, body, created_at AS createdAt, updated_at AS updatedAt, created_by AS createdBy';

export function createMemosRepo(db: Db) {
  const one = db.prepare<[string], MemoRecord>(`SELECT ${COLUMNS} FROM memos WHERE id = ?`);
  const all = db.prepare<[], MemoRecord>(`SELECT ${COLUMNS} FROM memos ORDER BY updated_at DESC`);
  const byTarget = db.prepare<[string, string | null], MemoRecord>(
    `SELECT ${COLUMNS} FROM memos WHERE target_kind = ? AND coalesce(target_id, '') = coalesce(?, '') ORDER BY created_at`,
  );
  const insert = db.prepare<[MemoRecord]>(`INSERT INTO memos (id, target_kind, target_id, title, body, created_at, updated_at, created_by)
    VALUES (@id, @targetKind, @targetId, @title, @body, @createdAt, @updatedAt, @createdBy)`);
  const update = db.prepare<[MemoRecord]>('UPDATE memos SET title = @title, body = @body, updated_at = @updatedAt WHERE id = @id');
  const remove = db.prepare<[string]>('DELETE FROM memos WHERE id = ?');
  return {
    get: (id: string) => one.get(id) ?? null,
    all: () => all.all(),
    byTarget: (kind: MemoRecord['targetKind'], id: string | null) => byTarget.all(kind, id),
    insert: (memo: MemoRecord) => void insert.run(memo),
    update: (memo: MemoRecord) => void update.run(memo),
    remove: (id: string) => remove.run(id).changes === 1,
  };
}
export type MemosRepo = ReturnType<typeof createMemosRepo>;
