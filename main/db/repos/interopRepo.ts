import type { Db } from '../connection';
import type { CodingRow } from './codingsRepo';
import type { DocumentRow, TurnRow } from './documentsRepo';

/** A coding as an export writes it: the quote is left out (the export cuts the words from the text). */
export type ExportCodingRow = Omit<CodingRow, 'quote'>;

/** A turn as an export reads it: where it is, who speaks it and whether it was timed. */
export type ExportTurnRow = Pick<TurnRow, 'id' | 'document_id' | 'participant_id' | 'start_offset' | 'end_offset' | 'start_ms' | 'end_ms'>;

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
  // Only the columns the export writes: about a third less time for 100,000 turns than every column.
  const turnColumns = 'id, document_id, participant_id, start_offset, end_offset, start_ms, end_ms';
  const turns = db.prepare<[], ExportTurnRow>(`SELECT ${turnColumns} FROM turns ORDER BY document_id, position`);
  const turnsOfDocument = db.prepare<[string], ExportTurnRow>(`SELECT ${turnColumns} FROM turns WHERE document_id = ? ORDER BY position`);
  const documentIds = db.prepare<[], string>('SELECT id FROM documents ORDER BY id').pluck();
  // Reading 100,000 quotes into strings the export never uses took about a fifth of the export's database read.
  const codingColumns = 'id, document_id, code_id, start_offset, end_offset, status, memo, coder_id, created_at';
  const codings = db.prepare<[], ExportCodingRow>(`SELECT ${codingColumns} FROM codings ORDER BY document_id, start_offset, end_offset`);
  const codingsOfDocument = db.prepare<[string], ExportCodingRow>(`SELECT ${codingColumns} FROM codings WHERE document_id = ? ORDER BY start_offset, end_offset`);
  return {
    users: () => users.all(),
    insertUser: (id: string, name: string, at: string) => void insertUser.run(id, name, at),
    documents: () => documents.all(),
    /** Every document id, in id order (the order of whole-table reads of turns and codings). */
    documentIds: () => documentIds.all(),
    /** Every coding without its quote, in document and position order. */
    codings: () => codings.all(),
    /** One document's codings without their quotes, in position order (a slice of {@link codings}). */
    codingsOfDocument: (documentId: string) => codingsOfDocument.all(documentId),
    /** One document's turns (the columns the export writes), in order (a slice of {@link turnsByDocument}). */
    turnsOfDocument: (documentId: string) => turnsOfDocument.all(documentId),
    /** Every turn, grouped by document id, in order. */
    turnsByDocument: () => {
      const out = new Map<string, ExportTurnRow[]>();
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
