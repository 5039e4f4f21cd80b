/**
 * The coding workspace: pinned codes (number keys), code names unique among siblings, speaker
 * mappings remembered per session, and where a document came from.
 */
export const sql = /* sql */ `
ALTER TABLE codes ADD COLUMN pinned INTEGER CHECK (pinned BETWEEN 1 AND 9);
CREATE UNIQUE INDEX codes_pinned ON codes (pinned) WHERE pinned IS NOT NULL;
CREATE UNIQUE INDEX codes_unique_sibling_name ON codes (coalesce(parent_id, ''), name COLLATE NOCASE);

ALTER TABLE documents ADD COLUMN source_name TEXT;
ALTER TABLE documents ADD COLUMN source_format TEXT;

CREATE INDEX turns_by_participant ON turns (participant_id);
CREATE INDEX codings_by_coder ON codings (coder_id);

-- How a speaker label in this session's transcripts maps to a participant, so the next import
-- for the same session proposes the same mapping.
CREATE TABLE speaker_mappings (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  label TEXT NOT NULL COLLATE NOCASE,
  participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, label)
) STRICT, WITHOUT ROWID;
`;
