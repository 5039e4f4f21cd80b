/**
 * The first schema. Every table is STRICT, ids are text UUIDs, times are ISO-8601 UTC text.
 * Offsets in turns and codings are UTF-16 code units into documents.plain_text (never use SQLite
 * substr/length on them: those count code points).
 */
export const sql = /* sql */ `
CREATE TABLE study_info (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_with TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('focus_group', 'interview', 'intercept', 'other')),
  title TEXT NOT NULL CHECK (length(title) > 0),
  date TEXT,
  place TEXT,
  moderator TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX sessions_by_date ON sessions (date, title);

CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(display_name) > 0),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;

CREATE TABLE attributes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) > 0),
  type TEXT NOT NULL CHECK (type IN ('text', 'number', 'category', 'date', 'score')),
  options TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(options)),
  scale_kind TEXT CHECK (scale_kind IN ('nps', 'csat', 'ces', 'custom')),
  scale_min INTEGER,
  scale_max INTEGER,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

-- One value per participant and attribute: text for text/category/date, a number for number/score.
CREATE TABLE participant_values (
  participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  attribute_id TEXT NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
  value_text TEXT,
  value_number REAL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (participant_id, attribute_id),
  CHECK ((value_text IS NULL) <> (value_number IS NULL))
) STRICT, WITHOUT ROWID;
CREATE INDEX participant_values_by_attribute ON participant_values (attribute_id);

CREATE TABLE session_participants (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('participant', 'moderator', 'observer')),
  PRIMARY KEY (session_id, participant_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX session_participants_by_participant ON session_participants (participant_id);

-- Live notes, transcripts and memos. plain_text is the canonical text every offset points into.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('transcript', 'notes', 'memo', 'other')),
  title TEXT NOT NULL,
  plain_text TEXT NOT NULL DEFAULT '',
  editor_state TEXT,
  rev INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX documents_by_session ON documents (session_id);

-- Speaker turns of a transcript, or timestamped notes: [start_offset, end_offset) into plain_text.
CREATE TABLE turns (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
  speaker_label TEXT,
  participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
  start_ms INTEGER,
  end_ms INTEGER,
  UNIQUE (document_id, position)
) STRICT;

CREATE TABLE codes (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES codes(id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (length(name) > 0),
  color TEXT NOT NULL DEFAULT '#4f7cac',
  definition TEXT,
  when_to_use TEXT,
  when_not_to_use TEXT,
  example TEXT,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX codes_by_parent ON codes (parent_id, position);

-- One coding = one passage x one code; codings may overlap and nest.
CREATE TABLE codings (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE RESTRICT,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
  quote TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
  memo TEXT,
  coder_id TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX codings_by_document ON codings (document_id, start_offset);
CREATE INDEX codings_by_code ON codings (code_id);

CREATE TABLE memos (
  id TEXT PRIMARY KEY,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'session', 'document', 'code', 'coding')),
  target_id TEXT,
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX memos_by_target ON memos (target_kind, target_id);

-- Every change, in order: the same log serves undo/redo now and sync and audit later.
CREATE TABLE op_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
  op TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload))
) STRICT;
`;
