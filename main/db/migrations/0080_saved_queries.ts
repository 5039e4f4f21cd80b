/**
 * Coding queries a researcher keeps to run again: the expression as typed and the restrictions as
 * JSON (QueryRestrictions). Names are unique ignoring case so "Price AND NOT delivery" is one query.
 */
export const sql = /* sql */ `
CREATE TABLE saved_queries (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  expression TEXT NOT NULL,
  restrictions TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  coder_id TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;
`;
