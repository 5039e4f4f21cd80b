import type { Db } from '../connection';

/** A searchable unit as stored: a transcript turn or live note (a span of its document), or a memo. */
export interface SearchUnitRow {
  kind: 'transcript' | 'notes' | 'memo';
  unit_id: string;
  /** The turn's document; null for a memo. */
  document_id: string | null;
  document_title: string | null;
  session_id: string | null;
  start_offset: number;
  end_offset: number;
  speaker_label: string | null;
  participant_id: string | null;
  /** The unit's text as last indexed: current once searchIndex.ts has run (a search runs it first). */
  unit_text: string;
}

// A memo belongs to a session when it is written on the session, on one of its documents or on a coding there.
const MEMO_SESSION = `CASE m.target_kind
    WHEN 'session' THEN m.target_id
    WHEN 'document' THEN (SELECT md.session_id FROM documents md WHERE md.id = m.target_id)
    WHEN 'coding' THEN (SELECT md.session_id FROM codings c JOIN documents md ON md.id = c.document_id WHERE c.id = m.target_id)
  END`;

/**
 * Reads of the search index (migration 0070; main/db/searchIndex.ts keeps it current): the units an
 * FTS5 expression finds, and the indexed vocabulary for fuzzy search.
 */
export function createSearchRepo(db: Db) {
  const candidates = db.prepare<[string], SearchUnitRow>(`SELECT coalesce(d.kind, 'memo') AS kind, u.unit_id, t.document_id,
      d.title AS document_title, CASE WHEN d.id IS NOT NULL THEN d.session_id ELSE ${MEMO_SESSION} END AS session_id,
      coalesce(t.start_offset, 0) AS start_offset, coalesce(t.end_offset, 0) AS end_offset, t.speaker_label, t.participant_id,
      u.body AS unit_text
    FROM search_index f
    JOIN search_units u ON u.id = f.rowid
    LEFT JOIN turns t ON t.id = u.unit_id
    LEFT JOIN documents d ON d.id = t.document_id AND d.kind IN ('transcript', 'notes')
    LEFT JOIN memos m ON m.id = u.unit_id
    WHERE search_index MATCH ? AND (d.id IS NOT NULL OR m.id IS NOT NULL)`);
  const allUnits = db.prepare<[], SearchUnitRow>(`SELECT coalesce(d.kind, 'memo') AS kind, u.unit_id, t.document_id,
      d.title AS document_title, CASE WHEN d.id IS NOT NULL THEN d.session_id ELSE ${MEMO_SESSION} END AS session_id,
      coalesce(t.start_offset, 0) AS start_offset, coalesce(t.end_offset, 0) AS end_offset, t.speaker_label, t.participant_id,
      u.body AS unit_text
    FROM search_units u
    LEFT JOIN turns t ON t.id = u.unit_id
    LEFT JOIN documents d ON d.id = t.document_id AND d.kind IN ('transcript', 'notes')
    LEFT JOIN memos m ON m.id = u.unit_id
    WHERE d.id IS NOT NULL OR m.id IS NOT NULL`);
  const vocabulary = db.prepare<[number, number], { term: string }>(
    "SELECT term FROM search_vocab WHERE col = 'words' AND length(term) BETWEEN ? AND ?",
  );
  const memoBody = db.prepare<[string], { body: string }>('SELECT body FROM memos WHERE id = ?');
  const documentText = db.prepare<[string], { plain_text: string }>('SELECT plain_text FROM documents WHERE id = ?');
  return {
    /** The units the FTS5 expression finds (a superset of the query's answers: the matcher decides). */
    candidates: (expression: string): SearchUnitRow[] => candidates.all(expression),
    /** Every unit the index holds (word frequencies count them all, then filter). */
    allUnits: (): SearchUnitRow[] => allUnits.all(),
    /** The folded words in the index between `min` and `max` characters long. */
    vocabulary: (min: number, max: number): string[] => vocabulary.all(min, max).map((r) => r.term),
    documentText: (id: string) => documentText.get(id)?.plain_text ?? null,
    memoBody: (id: string) => memoBody.get(id)?.body ?? null,
  };
}
