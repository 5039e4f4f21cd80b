/**
 * Reports: saved definitions, immutable generated snapshots (definition, results, time, app
 * version) and the quotes a researcher starred for reports.
 */
export const sql = /* sql */ `
CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) > 0),
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;

-- A snapshot is what was generated, exactly as the client saw it; it never changes afterwards.
CREATE TABLE report_snapshots (
  id TEXT PRIMARY KEY,
  report_id TEXT REFERENCES reports(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  results TEXT NOT NULL CHECK (json_valid(results)),
  created_at TEXT NOT NULL,
  app_version TEXT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX report_snapshots_by_report ON report_snapshots (report_id, created_at);
CREATE TRIGGER report_snapshots_immutable BEFORE UPDATE ON report_snapshots
BEGIN SELECT RAISE(ABORT, 'report snapshots are immutable'); END;

-- Codings starred as report quotes; they win over the automatic pick for their theme.
CREATE TABLE report_quotes (
  coding_id TEXT PRIMARY KEY REFERENCES codings(id) ON DELETE CASCADE,
  starred_at TEXT NOT NULL,
  starred_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT, WITHOUT ROWID;
`;
