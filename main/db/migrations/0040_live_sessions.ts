/**
 * Live session capture: reusable discussion guides (sections and questions with planned minutes),
 * the session clock (wall-clock start, pauses), the log of which guide question was current when,
 * and on each timestamped note (a turn of the session's `notes` document) its question and star.
 */
export const sql = /* sql */ `
CREATE TABLE guides (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;

-- Items keep their ids when a guide is edited, so notes stay linked to their question.
CREATE TABLE guide_items (
  id TEXT PRIMARY KEY,
  guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('section', 'question')),
  text TEXT NOT NULL CHECK (length(text) > 0),
  planned_minutes REAL CHECK (planned_minutes IS NULL OR planned_minutes >= 0)
) STRICT;
CREATE INDEX guide_items_by_guide ON guide_items (guide_id, position);

ALTER TABLE sessions ADD COLUMN guide_id TEXT REFERENCES guides(id) ON DELETE SET NULL;

-- Session time = elapsed_ms + (now - running_since) while running. started_at is the wall clock of
-- the first Start, so notes can be lined up with a recording made at the same time.
CREATE TABLE session_clocks (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
  started_at TEXT NOT NULL,
  running_since TEXT,
  elapsed_ms INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
  stopped_at TEXT
) STRICT;

-- Which guide item was current from which session time on (item_id NULL: off the guide).
CREATE TABLE question_marks (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at_ms INTEGER NOT NULL CHECK (at_ms >= 0),
  item_id TEXT REFERENCES guide_items(id) ON DELETE SET NULL,
  PRIMARY KEY (session_id, seq)
) STRICT;

ALTER TABLE turns ADD COLUMN question_id TEXT REFERENCES guide_items(id) ON DELETE SET NULL;
ALTER TABLE turns ADD COLUMN starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1));
`;
