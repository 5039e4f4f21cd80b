import type { Db } from '../connection';

/** Tables whose rows undo and redo restore; the names are fixed here and never come from input. */
export const TRACKED_TABLES = ['codes', 'codings', 'memos', 'documents', 'turns', 'saved_queries'] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];
export type Row = Record<string, unknown>;

/**
 * Whole-row reads and writes by id for the tracked tables: what the history needs to put rows
 * back exactly as they were. Column lists come from the schema itself, so a later migration
 * that adds a column is covered without touching this file.
 */
export function createRowsRepo(db: Db) {
  const statements = new Map(
    TRACKED_TABLES.map((table) => {
      const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      for (const c of columns) if (!/^[a-z_]+$/.test(c)) throw new Error(`unexpected column name ${c} in ${table}`);
      const assignments = columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
      return [
        table,
        {
          read: db.prepare<[string], Row>(`SELECT * FROM ${table} WHERE id = ?`),
          upsert: db.prepare(
            `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
             ON CONFLICT (id) DO UPDATE SET ${assignments.join(', ')}`,
          ),
          remove: db.prepare<[string]>(`DELETE FROM ${table} WHERE id = ?`),
        },
      ] as const;
    }),
  );
  const get = (table: TrackedTable) => statements.get(table)!;
  return {
    read: (table: TrackedTable, id: string): Row | null => get(table).read.get(id) ?? null,
    write: (table: TrackedTable, row: Row) => void get(table).upsert.run(row),
    remove: (table: TrackedTable, id: string) => void get(table).remove.run(id),
  };
}
export type RowsRepo = ReturnType<typeof createRowsRepo>;
