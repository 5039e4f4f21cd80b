import type { Db } from '../connection';
import type { DocumentRow, TurnRow } from './documentsRepo';

export interface UserRow {
  id: string;
  name: string;
  created_at: string;
}

/**
 * What REFI-QDA import and export need beyond the other repositories: users by id (coders and memo
 * authors keep their identity across tools), and whole-study reads in a few set-wise queries so that
 * exporting a 500-session study does not run a query per row.
 */
export function createInteropRepo(db: Db) {
  const users = db.prepare<[], UserRow>('SELECT id, name, created_at FROM users ORDER BY created_at, name');
  const insertUser = db.prepare<[string, string, string]>('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)');
  const documents = db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY created_at, title');
  const turns = db.prepare<[], TurnRow>('SELECT * FROM turns ORDER BY document_id, position');
  const documentIds = db.prepare<[], string>('SELECT id FROM documents ORDER BY id').pluck();
  return {
    users: () => users.all(),
    insertUser: (id: string, name: string, at: string) => void insertUser.run(id, name, at),
    documents: () => documents.all(),
    /** Every document id, in id order (the order of whole-table reads of turns and codings). */
    documentIds: () => documentIds.all(),
    /** Every turn, grouped by document id, in order. */
    turnsByDocument: () => {
      const out = new Map<string, TurnRow[]>();
      for (const t of turns.iterate()) {
        const list = out.get(t.document_id);
        if (list) list.push(t);
        else out.set(t.document_id, [t]);
      }
      return out;
    },
  };
}
export type InteropRepo = ReturnType<typeof createInteropRepo>;
