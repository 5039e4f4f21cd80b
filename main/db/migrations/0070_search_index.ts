/**
 * Text search over every transcript turn, live note and memo (main/db/searchIndex.ts).
 *
 * `search_index` is an FTS5 index of each unit's words, folded (`words`) and stemmed (`stems`) by
 * shared/text/searchText.ts; it keeps no copy of the text (contentless). `search_units` gives each
 * unit a stable rowid and holds the text last indexed: rewriting a document re-indexes only the
 * turns whose text changed, and a search reads a turn's text without reading its whole document.
 *
 * The triggers are plain SQL, so they run on every connection and every write path, inside the
 * write's own transaction: they note each turn or memo whose text may have changed in
 * `search_pending` (a document whose text changed in `search_pending_documents`), and searchIndex.ts brings those units up to date before the same transaction
 * commits. (Normalising inside the trigger would need an application function in the schema, which
 * SQLite refuses with trusted_schema off, as every study is opened.) Every existing unit is noted
 * here, so opening a study after this migration builds its index.
 */
export const sql = /* sql */ `
CREATE TABLE search_units (
  id INTEGER PRIMARY KEY,
  unit_id TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL
) STRICT;

CREATE VIRTUAL TABLE search_index USING fts5(
  words, stems,
  content = '', contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, 'col');

CREATE TABLE search_pending (
  unit_id TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;
-- old_text: the document's text when first noted (what the index reflects), so only the turns around
-- what changed are read again; NULL when its kind changed and every turn must be.
CREATE TABLE search_pending_documents (
  document_id TEXT PRIMARY KEY,
  old_text TEXT
) STRICT, WITHOUT ROWID;

-- No INSERT OR IGNORE: a trigger takes the conflict policy of the statement that fired it (an upsert
-- of undo/redo), so each insert checks for itself that the unit is not noted yet.
CREATE TRIGGER search_turn_added AFTER INSERT ON turns
BEGIN INSERT INTO search_pending (unit_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE unit_id = new.id); END;
CREATE TRIGGER search_turn_moved AFTER UPDATE OF id, document_id, start_offset, end_offset ON turns
BEGIN
  INSERT INTO search_pending (unit_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE unit_id = old.id);
  INSERT INTO search_pending (unit_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE unit_id = new.id);
END;
CREATE TRIGGER search_turn_removed AFTER DELETE ON turns
BEGIN INSERT INTO search_pending (unit_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE unit_id = old.id); END;
-- A document's text changed: each of its turns may have, so the document is noted once (a live note
-- typed into rewrites the notes document; only the notes around the change are read again).
CREATE TRIGGER search_document_changed AFTER UPDATE OF plain_text, kind ON documents
BEGIN
  INSERT INTO search_pending_documents (document_id, old_text)
    SELECT new.id, CASE WHEN old.kind IS new.kind THEN old.plain_text END
    WHERE NOT EXISTS (SELECT 1 FROM search_pending_documents WHERE document_id = new.id);
END;
CREATE TRIGGER search_memo_added AFTER INSERT ON memos
BEGIN INSERT INTO search_pending (unit_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE unit_id = new.id); END;
CREATE TRIGGER search_memo_changed AFTER UPDATE OF id, body ON memos
BEGIN
  INSERT INTO search_pending (unit_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE unit_id = old.id);
  INSERT INTO search_pending (unit_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE unit_id = new.id);
END;
CREATE TRIGGER search_memo_removed AFTER DELETE ON memos
BEGIN INSERT INTO search_pending (unit_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE unit_id = old.id); END;

INSERT INTO search_pending (unit_id) SELECT id FROM turns;
INSERT INTO search_pending (unit_id) SELECT id FROM memos WHERE id NOT IN (SELECT unit_id FROM search_pending);
`;
