/**
 * A session's moderator is one of the study's people, linked with the moderator role, not free
 * text. Each name typed in `sessions.moderator` becomes that link: to the person of that name
 * (ignoring case, as names are unique) or to a new person made for it. The text is then cleared so
 * the link is the one record; the column stays only because SQLite cannot drop it cheaply.
 */
export const sql = /* sql */ `
-- One new person per name nobody has yet (names compare ignoring case, as display_name does), with a
-- random version-4 UUID as crypto.randomUUID() would make. No temporary table: DROP TABLE fails while
-- the app holds other statements open on the connection.
INSERT INTO participants (id, display_name, notes, created_at, updated_at, created_by)
  SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' ||
         substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
         m.name, NULL, m.at, m.at, NULL
  FROM (SELECT min(trim(moderator)) AS name, min(created_at) AS at FROM sessions
        WHERE trim(coalesce(moderator, '')) <> '' GROUP BY trim(moderator) COLLATE NOCASE) m
  WHERE NOT EXISTS (SELECT 1 FROM participants p WHERE p.display_name = m.name);

-- Someone already in the session (e.g. as an observer) was its moderator by the text: that role wins.
INSERT INTO session_participants (session_id, participant_id, role)
  SELECT s.id, p.id, 'moderator'
  FROM sessions s JOIN participants p ON p.display_name = trim(s.moderator)
  WHERE trim(coalesce(s.moderator, '')) <> ''
  ON CONFLICT (session_id, participant_id) DO UPDATE SET role = 'moderator';

UPDATE sessions SET moderator = NULL WHERE moderator IS NOT NULL;
`;
