import type { Db } from '../connection';

export interface MemoRow {
  id: string;
  target_kind: 'project' | 'session' | 'document' | 'code' | 'coding';
  target_id: string | null;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

export function createMemosRepo(db: Db) {
  const one = db.prepare<[string], MemoRow>('SELECT * FROM memos WHERE id = ?');
  const all = db.prepare<[], MemoRow>('SELECT * FROM memos ORDER BY updated_at DESC');
  const byTarget = db.prepare<[string, string | null], MemoRow>(
    "SELECT * FROM memos WHERE target_kind = ? AND coalesce(target_id, '') = coalesce(?, '') ORDER BY created_at",
  );
  const insert = db.prepare<[MemoRow]>(`INSERT INTO memos (id, target_kind, target_id, title, body, created_at, updated_at, created_by)
    VALUES (@id, @target_kind, @target_id, @title, @body, @created_at, @updated_at, @created_by)`);
  const update = db.prepare<[MemoRow]>('UPDATE memos SET title = @title, body = @body, updated_at = @updated_at WHERE id = @id');
  const remove = db.prepare<[string]>('DELETE FROM memos WHERE id = ?');
  return {
    get: (id: string) => one.get(id) ?? null,
    all: () => all.all(),
    byTarget: (kind: MemoRow['target_kind'], id: string | null) => byTarget.all(kind, id),
    insert: (row: MemoRow) => void insert.run(row),
    update: (row: MemoRow) => void update.run(row),
    remove: (id: string) => remove.run(id).changes === 1,
  };
}
export type MemosRepo = ReturnType<typeof createMemosRepo>;
