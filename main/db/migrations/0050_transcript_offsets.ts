/**
 * Where a session's notes clock sits on its transcript's timeline, when the user said so: a note
 * taken at session time t was spoken at transcript time t + offset_ms. Without a row, notes link to
 * turns only when the transcript's times are seen to cover the notes' (shared/live/link.ts).
 */
export const sql = /* sql */ `
CREATE TABLE transcript_offsets (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
  offset_ms INTEGER NOT NULL,
  set_at TEXT NOT NULL,
  set_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;
`;
