import type { Db } from '../connection';

/** A searchable unit as stored: a transcript turn or live note (a span of its document), or a memo. */
export interface SearchUnitRow {
  kind: 'transcript' | 'notes' | 'memo';
  unit_id: string;
  /** The turn's document; null for a memo. */
  document_id: string | null;
  session_id: string | null;
  start_offset: number;
  end_offset: number;
  speaker_label: string | null;
  participant_id: string | null;
}

// A memo belongs to a session when it is written on the session, on one of its documents or on a coding there.
const MEMO_SESSION = `CASE m.target_kind
    WHEN 'session' THEN m.target_id
    WHEN 'document' THEN (SELECT d.session_id FROM documents d WHERE d.id = m.target_id)
    WHEN 'coding' THEN (SELECT d.session_id FROM codings c JOIN documents d ON d.id = c.document_id WHERE c.id = m.target_id)
  END`;

export function createSearchRepo(db: Db) {
  const turnUnits = db.prepare<[], SearchUnitRow>(`SELECT d.kind, t.id AS unit_id, t.document_id, d.session_id, t.start_offset,
      t.end_offset, t.speaker_label, t.participant_id
    FROM turns t JOIN documents d ON d.id = t.document_id WHERE d.kind IN ('transcript', 'notes')`);
  const memoUnits = db.prepare<
    [],
    SearchUnitRow
  >(`SELECT 'memo' AS kind, m.id AS unit_id, NULL AS document_id, ${MEMO_SESSION} AS session_id,
      0 AS start_offset, 0 AS end_offset, NULL AS speaker_label, NULL AS participant_id
    FROM memos m`);
  const memoBody = db.prepare<[string], { body: string }>('SELECT body FROM memos WHERE id = ?');
  const documentText = db.prepare<[string], { plain_text: string }>('SELECT plain_text FROM documents WHERE id = ?');
  return {
    /** Every unit of the study (turns of transcripts and notes documents, memos). */
    allUnits: (): SearchUnitRow[] => [...turnUnits.all(), ...memoUnits.all()],
    documentText: (id: string) => documentText.get(id)?.plain_text ?? null,
    memoBody: (id: string) => memoBody.get(id)?.body ?? null,
  };
}
