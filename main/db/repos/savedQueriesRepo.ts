import type { Db } from '../connection';

export interface SavedQueryRow {
  id: string;
  name: string;
  expression: string;
  /** QueryRestrictions as JSON. */
  restrictions: string;
  created_at: string;
  updated_at: string;
  coder_id: string | null;
}

/** Saved coding queries; writes go through the history's row images (tracked table), reads through here. */
export function createSavedQueriesRepo(db: Db) {
  const list = db.prepare<[], SavedQueryRow>('SELECT * FROM saved_queries ORDER BY name COLLATE NOCASE, id');
  const one = db.prepare<[string], SavedQueryRow>('SELECT * FROM saved_queries WHERE id = ?');
  const byName = db.prepare<[string], SavedQueryRow>('SELECT * FROM saved_queries WHERE name = ? COLLATE NOCASE');
  const insert = db.prepare<
    [SavedQueryRow]
  >(`INSERT INTO saved_queries (id, name, expression, restrictions, created_at, updated_at, coder_id)
    VALUES (@id, @name, @expression, @restrictions, @created_at, @updated_at, @coder_id)`);
  const update = db.prepare<[SavedQueryRow]>(
    'UPDATE saved_queries SET name = @name, expression = @expression, restrictions = @restrictions, updated_at = @updated_at WHERE id = @id',
  );
  const remove = db.prepare<[string]>('DELETE FROM saved_queries WHERE id = ?');
  return {
    list: () => list.all(),
    get: (id: string) => one.get(id) ?? null,
    /** The query of that name, ignoring case (names are unique so). */
    byName: (name: string) => byName.get(name) ?? null,
    insert: (row: SavedQueryRow) => void insert.run(row),
    update: (row: SavedQueryRow) => void update.run(row),
    remove: (id: string) => remove.run(id).changes === 1,
  };
}
