import { searchTokens } from '../../shared/text/searchText';
import type { Db } from './connection';

/**
 * Brings the search index (migration 0070) up to date with the units the triggers noted in
 * `search_pending`. Called inside every write's transaction before it commits (Study, History),
 * after opening a study (which builds the index of a study just migrated), and before each search
 * (so a write made some other way is never missed). Cheap when nothing is pending.
 */

interface PendingRow {
  unit_id: string;
  /** The turn's document, or null for a memo (or a unit that is gone). */
  document_id: string | null;
  kind: string | null;
  start_offset: number | null;
  end_offset: number | null;
  memo_body: string | null;
  row_id: number | null;
  body: string | null;
}

function statements(db: Db) {
  return {
    any: db.prepare<[], { one: 1 }>('SELECT 1 AS one FROM search_pending UNION ALL SELECT 1 FROM search_pending_documents LIMIT 1'),
    documents: db.prepare<[], { document_id: string; old_text: string | null }>(
      'SELECT document_id, old_text FROM search_pending_documents',
    ),
    // Every turn of a document whose text changed, with what the index last saw of it.
    ofDocument: db.prepare<[string], PendingRow>(`SELECT t.id AS unit_id, t.document_id, d.kind, t.start_offset, t.end_offset,
        NULL AS memo_body, u.id AS row_id, u.body
      FROM turns t
      LEFT JOIN documents d ON d.id = t.document_id AND d.kind IN ('transcript', 'notes')
      LEFT JOIN search_units u ON u.unit_id = t.id
      WHERE t.document_id = ?`),
    // The turns of a document that reach into [from, to] (offsets of its current text).
    ofDocumentBetween: db.prepare<[string, number, number], PendingRow>(`SELECT t.id AS unit_id, t.document_id, d.kind, t.start_offset,
        t.end_offset, NULL AS memo_body, u.id AS row_id, u.body
      FROM turns t
      LEFT JOIN documents d ON d.id = t.document_id AND d.kind IN ('transcript', 'notes')
      LEFT JOIN search_units u ON u.unit_id = t.id
      WHERE t.document_id = ? AND t.end_offset >= ? AND t.start_offset <= ?`),
    clearDocuments: db.prepare('DELETE FROM search_pending_documents'),
    // Turns of transcripts and notes, and memos; a unit that is gone or no longer searchable has neither.
    pending: db.prepare<
      [],
      PendingRow
    >(`SELECT p.unit_id, t.document_id, coalesce(d.kind, CASE WHEN m.id IS NOT NULL THEN 'memo' END) AS kind,
        t.start_offset, t.end_offset, m.body AS memo_body, u.id AS row_id, u.body
      FROM search_pending p
      LEFT JOIN turns t ON t.id = p.unit_id
      LEFT JOIN documents d ON d.id = t.document_id AND d.kind IN ('transcript', 'notes')
      LEFT JOIN memos m ON m.id = p.unit_id
      LEFT JOIN search_units u ON u.unit_id = p.unit_id
      ORDER BY t.document_id, t.start_offset`),
    text: db.prepare<[string], { plain_text: string }>('SELECT plain_text FROM documents WHERE id = ?'),
    addUnit: db.prepare<[string, string]>('INSERT INTO search_units (unit_id, body) VALUES (?, ?)'),
    setBody: db.prepare<[string, number]>('UPDATE search_units SET body = ? WHERE id = ?'),
    dropUnit: db.prepare<[number]>('DELETE FROM search_units WHERE id = ?'),
    addWords: db.prepare<[number | bigint, string, string]>('INSERT INTO search_index (rowid, words, stems) VALUES (?, ?, ?)'),
    dropWords: db.prepare<[number]>('DELETE FROM search_index WHERE rowid = ?'),
    clear: db.prepare('DELETE FROM search_pending'),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof statements>>();
const statementsOf = (db: Db) => {
  let s = prepared.get(db);
  if (!s) {
    s = statements(db);
    prepared.set(db, s);
  }
  return s;
};

/** The index's two columns for a text: its folded words and its stems, each separated by a space. */
export function indexColumns(text: string): { words: string; stems: string } {
  const tokens = searchTokens(text);
  return { words: tokens.map((t) => t.word).join(' '), stems: tokens.map((t) => t.stem).join(' ') };
}

/**
 * The turns of a rewritten document whose text may have changed: those reaching into the span where
 * the old and new texts differ (a turn whose offsets moved is noted by its own trigger). Lengths
 * differing, every turn from the first difference on is read, as nothing after it can be trusted
 * to line up.
 */
function changedTurns(s: ReturnType<typeof statements>, documentId: string, oldText: string | null): PendingRow[] {
  const text = s.text.get(documentId)?.plain_text;
  if (oldText === null || text === undefined) return s.ofDocument.all(documentId);
  let from = 0;
  const shorter = Math.min(oldText.length, text.length);
  while (from < shorter && oldText.charCodeAt(from) === text.charCodeAt(from)) from += 1;
  if (oldText.length !== text.length) return s.ofDocumentBetween.all(documentId, from, text.length);
  let to = text.length;
  while (to > from && oldText.charCodeAt(to - 1) === text.charCodeAt(to - 1)) to -= 1;
  return from === to ? [] : s.ofDocumentBetween.all(documentId, from, to);
}

/** Indexes every pending unit; must run inside a transaction (the caller's write, or its own). */
export function flushSearchIndex(db: Db): number {
  const s = statementsOf(db);
  if (s.any.get() === undefined) return 0;
  const rows = s.pending.all();
  for (const { document_id, old_text } of s.documents.all()) rows.push(...changedTurns(s, document_id, old_text));
  let documentId: string | null = null;
  let documentText = '';
  const done = new Set<string>();
  for (const row of rows) {
    if (done.has(row.unit_id)) continue;
    done.add(row.unit_id);
    let text: string | null = null;
    if (row.kind === 'memo') text = row.memo_body ?? '';
    else if (row.kind !== null && row.document_id !== null) {
      if (row.document_id !== documentId) {
        documentId = row.document_id;
        documentText = s.text.get(row.document_id)?.plain_text ?? '';
      }
      text = documentText.slice(row.start_offset!, row.end_offset!);
    }
    if (text === null) {
      if (row.row_id !== null) {
        s.dropWords.run(row.row_id);
        s.dropUnit.run(row.row_id);
      }
      continue;
    }
    if (row.row_id !== null && row.body === text) continue;
    const { words, stems } = indexColumns(text);
    if (row.row_id !== null) {
      s.dropWords.run(row.row_id);
      s.setBody.run(text, row.row_id);
      s.addWords.run(row.row_id, words, stems);
    } else {
      const rowId = s.addUnit.run(row.unit_id, text).lastInsertRowid;
      s.addWords.run(rowId, words, stems);
    }
  }
  s.clear.run();
  s.clearDocuments.run();
  return done.size;
}

/** {@link flushSearchIndex} in a transaction of its own (joins the caller's when one is open). */
export function bringSearchIndexUpToDate(db: Db): number {
  return db.transaction(() => flushSearchIndex(db))();
}
