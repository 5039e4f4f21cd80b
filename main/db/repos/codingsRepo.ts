import type { Db } from '../connection';

export interface CodingRow {
  id: string;
  document_id: string;
  code_id: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  status: 'anchored' | 'orphaned';
  memo: string | null;
  coder_id: string | null;
  created_at: string;
}

export function createCodingsRepo(db: Db) {
  const one = db.prepare<[string], CodingRow>('SELECT * FROM codings WHERE id = ?');
  const byDocument = db.prepare<[string], CodingRow>('SELECT * FROM codings WHERE document_id = ? ORDER BY start_offset, end_offset');
  const startingIn = db.prepare<[string, number, number], CodingRow>(
    'SELECT * FROM codings WHERE document_id = ? AND start_offset >= ? AND start_offset < ? ORDER BY start_offset, end_offset',
  );
  const endingFrom = db.prepare<[string, number], CodingRow>(
    'SELECT * FROM codings WHERE document_id = ? AND end_offset >= ? ORDER BY start_offset, end_offset',
  );
  const shift = db.prepare<[number, number, string, number]>(
    'UPDATE codings SET start_offset = start_offset + ?, end_offset = end_offset + ? WHERE document_id = ? AND start_offset >= ?',
  );
  const byCode = db.prepare<[string], CodingRow>('SELECT * FROM codings WHERE code_id = ? ORDER BY document_id, start_offset');
  // `IS` so that codings without a coder match each other (NULL = NULL is never true).
  const same = db.prepare<[string, string, number, number, string | null], CodingRow>(
    'SELECT * FROM codings WHERE document_id = ? AND code_id = ? AND start_offset = ? AND end_offset = ? AND coder_id IS ?',
  );
  // Positional parameters: binding by name looks each one up per row, which an import of 100,000 codings feels.
  const insert = db.prepare<[string, string, string, number, number, string, string, string | null, string | null, string]>(
    'INSERT INTO codings (id, document_id, code_id, start_offset, end_offset, quote, status, memo, coder_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare<[CodingRow]>(`UPDATE codings SET code_id = @code_id, start_offset = @start_offset, end_offset = @end_offset,
    quote = @quote, status = @status, memo = @memo WHERE id = @id`);
  const remove = db.prepare<[string]>('DELETE FROM codings WHERE id = ?');
  const coderNames = db.prepare<[], { id: string; name: string }>('SELECT id, name FROM users');

  return {
    get: (id: string) => one.get(id) ?? null,
    byDocument: (documentId: string) => byDocument.all(documentId),
    /** Codings of a document that start in `[from, to)`. */
    startingIn: (documentId: string, from: number, to: number) => startingIn.all(documentId, from, to),
    /** Codings of a document that end at or after `offset`: the only ones an edit at `offset` can move. */
    endingFrom: (documentId: string, offset: number) => endingFrom.all(documentId, offset),
    /** Moves every coding of a document starting at or after `offset` by `delta` code units (quotes unchanged). */
    shift: (documentId: string, offset: number, delta: number) => void shift.run(delta, delta, documentId, offset),
    byCode: (codeId: string) => byCode.all(codeId),
    /**
     * An identical coding (same code, same words, same coder) already there: merging collapses these.
     * A coding belongs to its coder, so two coders' codings of the same words are never the same.
     */
    findSame: (documentId: string, codeId: string, start: number, end: number, coderId: string | null) =>
      same.get(documentId, codeId, start, end, coderId) ?? null,
    insert: (r: CodingRow) =>
      void insert.run(r.id, r.document_id, r.code_id, r.start_offset, r.end_offset, r.quote, r.status, r.memo, r.coder_id, r.created_at),
    update: (row: CodingRow) => void update.run(row),
    remove: (id: string) => remove.run(id).changes === 1,
    coderNames: () => new Map(coderNames.all().map((u) => [u.id, u.name])),
  };
}
export type CodingsRepo = ReturnType<typeof createCodingsRepo>;
