import type { Db } from '../connection';

export interface DocumentRow {
  id: string;
  session_id: string | null;
  kind: 'transcript' | 'notes' | 'memo' | 'other';
  title: string;
  plain_text: string;
  editor_state: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  source_name: string | null;
  source_format: string | null;
}

export interface TurnRow {
  id: string;
  document_id: string;
  position: number;
  start_offset: number;
  end_offset: number;
  speaker_label: string | null;
  participant_id: string | null;
  start_ms: number | null;
  end_ms: number | null;
  /** Live notes: the discussion-guide question the note was taken under. */
  question_id: string | null;
  /** Live notes: 1 when the moderator starred the note as quote-worthy. */
  starred: 0 | 1;
}

/** A turn to insert: transcripts leave the live-note columns out. */
export type NewTurnRow = Omit<TurnRow, 'question_id' | 'starred'> & Partial<Pick<TurnRow, 'question_id' | 'starred'>>;

export interface DocumentListRow {
  id: string;
  session_id: string | null;
  kind: DocumentRow['kind'];
  title: string;
  length: number;
  turns: number;
  codings: number;
  updated_at: string;
}

export function createDocumentsRepo(db: Db) {
  // length(plain_text) counts code points, so it is only a display hint here; offsets never use it.
  const list = db.prepare<[], DocumentListRow>(`SELECT d.id, d.session_id, d.kind, d.title, length(d.plain_text) AS length,
      (SELECT count(*) FROM turns t WHERE t.document_id = d.id) AS turns,
      (SELECT count(*) FROM codings c WHERE c.document_id = d.id) AS codings, d.updated_at
    FROM documents d ORDER BY d.created_at, d.title`);
  const one = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?');
  const insert = db.prepare<[DocumentRow]>(`INSERT INTO documents (id, session_id, kind, title, plain_text, editor_state, rev, created_at,
    updated_at, created_by, source_name, source_format) VALUES (@id, @session_id, @kind, @title, @plain_text, @editor_state, @rev,
    @created_at, @updated_at, @created_by, @source_name, @source_format)`);
  const update = db.prepare<[DocumentRow]>(`UPDATE documents SET title = @title, plain_text = @plain_text, editor_state = @editor_state,
    rev = @rev, updated_at = @updated_at WHERE id = @id`);
  const remove = db.prepare<[string]>('DELETE FROM documents WHERE id = ?');
  const turns = db.prepare<[string], TurnRow>('SELECT * FROM turns WHERE document_id = ? ORDER BY position');
  const turn = db.prepare<[string], TurnRow>('SELECT * FROM turns WHERE id = ?');
  const shiftTurns = db.prepare<[number, number, string, number]>(
    'UPDATE turns SET start_offset = start_offset + ?, end_offset = end_offset + ? WHERE document_id = ? AND start_offset >= ?',
  );
  // Two steps, because SQLite checks UNIQUE (document_id, position) row by row within one UPDATE:
  // the moved turns first go to distinct negative positions, then to their new ones.
  const parkTurns = db.prepare<[number, number, string, number]>(
    'UPDATE turns SET position = -position - 1, start_offset = start_offset + ?, end_offset = end_offset + ? WHERE document_id = ? AND start_offset >= ?',
  );
  const unparkTurns = db.prepare<[number, string]>('UPDATE turns SET position = -position - 1 + ? WHERE document_id = ? AND position < 0');
  const lastTurn = db.prepare<[string], TurnRow>('SELECT * FROM turns WHERE document_id = ? ORDER BY position DESC LIMIT 1');
  const turnsFrom = db.prepare<[string, number], TurnRow>(
    'SELECT * FROM turns WHERE document_id = ? AND start_offset >= ? ORDER BY position',
  );
  // Positional parameters, and no spread copy per row: an import writes 100,000 turns through here.
  const insertTurn = db.prepare<
    [string, string, number, number, number, string | null, string | null, number | null, number | null, string | null, number]
  >(
    `INSERT INTO turns (id, document_id, position, start_offset, end_offset, speaker_label, participant_id, start_ms, end_ms, question_id, starred)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Position changes must not collide with UNIQUE (document_id, position): callers shift in a safe order.
  const updateTurn = db.prepare<[TurnRow]>(`UPDATE turns SET position = @position, start_offset = @start_offset, end_offset = @end_offset,
    speaker_label = @speaker_label, participant_id = @participant_id, start_ms = @start_ms, end_ms = @end_ms,
    question_id = @question_id, starred = @starred WHERE id = @id`);
  const removeTurn = db.prepare<[string]>('DELETE FROM turns WHERE id = ?');
  const ofSession = db.prepare<[string, string], DocumentRow>(
    'SELECT * FROM documents WHERE session_id = ? AND kind = ? ORDER BY created_at, rowid',
  );

  const remembered = db.prepare<[string, string], { participant_id: string }>(
    'SELECT participant_id FROM speaker_mappings WHERE session_id = ? AND label = ?',
  );
  const remember = db.prepare<[string, string, string]>(`INSERT INTO speaker_mappings (session_id, label, participant_id) VALUES (?, ?, ?)
    ON CONFLICT (session_id, label) DO UPDATE SET participant_id = excluded.participant_id`);

  return {
    list: () => list.all(),
    /** The participant a speaker label was mapped to in an earlier import for the same session. */
    rememberedSpeaker: (sessionId: string, label: string) => remembered.get(sessionId, label)?.participant_id ?? null,
    rememberSpeaker: (sessionId: string, label: string, participantId: string) => void remember.run(sessionId, label, participantId),
    get: (id: string) => one.get(id) ?? null,
    insert: (row: DocumentRow) => void insert.run(row),
    update: (row: DocumentRow) => void update.run(row),
    remove: (id: string) => remove.run(id).changes === 1,
    turns: (documentId: string) => turns.all(documentId),
    turn: (id: string) => turn.get(id) ?? null,
    /** Moves every turn starting at or after `offset` by `delta` code units (positions unchanged). */
    shiftTurns: (documentId: string, offset: number, delta: number) => void shiftTurns.run(delta, delta, documentId, offset),
    /** Moves every turn starting at or after `offset` by `delta` code units and `places` positions. */
    moveTurns: (documentId: string, offset: number, delta: number, places: number) => {
      parkTurns.run(delta, delta, documentId, offset);
      unparkTurns.run(places, documentId);
    },
    lastTurn: (documentId: string) => lastTurn.get(documentId) ?? null,
    /** Turns starting at or after `offset`, in order: the only ones an edit at `offset` can move. */
    turnsFrom: (documentId: string, offset: number) => turnsFrom.all(documentId, offset),
    insertTurn: (t: NewTurnRow) =>
      void insertTurn.run(
        t.id,
        t.document_id,
        t.position,
        t.start_offset,
        t.end_offset,
        t.speaker_label,
        t.participant_id,
        t.start_ms,
        t.end_ms,
        t.question_id ?? null,
        t.starred ?? 0,
      ),
    updateTurn: (row: TurnRow) => void updateTurn.run(row),
    removeTurn: (id: string) => removeTurn.run(id).changes === 1,
    /** The session's documents of one kind, oldest first (a session has at most one `notes` document). */
    ofSession: (sessionId: string, kind: DocumentRow['kind']) => ofSession.all(sessionId, kind),
  };
}
export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
