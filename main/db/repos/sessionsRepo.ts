import type { Session, SessionFields } from '../../../shared/domain/study';
import type { Db } from '../connection';

interface SessionRow {
  id: string;
  kind: Session['kind'];
  title: string;
  date: string | null;
  place: string | null;
  moderator: string | null;
  notes: string | null;
  participant_count: number;
  created_at: string;
  updated_at: string;
}

// Participants are the respondents: the moderator and observers are people of the session, not its sample.
// The moderator is whoever is linked with the moderator role (by name); the old free-text column is
// read only when nobody is (a file written before migration 0060, or an import that names no person).
const MODERATOR = `coalesce((SELECT group_concat(name, ', ') FROM (SELECT p.display_name AS name FROM session_participants sp
  JOIN participants p ON p.id = sp.participant_id WHERE sp.session_id = s.id AND sp.role = 'moderator' ORDER BY p.display_name)), s.moderator)`;
const SELECT = `SELECT s.id, s.kind, s.title, s.date, s.place, ${MODERATOR} AS moderator, s.notes, s.created_at, s.updated_at,
  (SELECT count(*) FROM session_participants sp WHERE sp.session_id = s.id AND sp.role = 'participant') AS participant_count FROM sessions s`;

function toSession(r: SessionRow): Session {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    date: r.date,
    place: r.place,
    moderator: r.moderator,
    notes: r.notes,
    participantCount: r.participant_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Sessions, newest date first, undated last. */
export function createSessionsRepo(db: Db) {
  const list = db.prepare<[], SessionRow>(`${SELECT} ORDER BY s.date IS NULL, s.date DESC, s.title COLLATE NOCASE`);
  const byId = db.prepare<[string], SessionRow>(`${SELECT} WHERE s.id = ?`);
  const byTitle = db.prepare<[string], SessionRow>(`${SELECT} WHERE s.title = ? COLLATE NOCASE ORDER BY s.created_at LIMIT 1`);
  const insert = db.prepare(`INSERT INTO sessions (id, kind, title, date, place, moderator, notes, created_at, updated_at, created_by)
    VALUES (@id, @kind, @title, @date, @place, @moderator, @notes, @at, @at, @userId)`);
  const update = db.prepare(`UPDATE sessions SET kind = @kind, title = @title, date = @date, place = @place,
    moderator = @moderator, notes = @notes, updated_at = @at WHERE id = @id`);
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE id = ?');
  const moderatorIds = db.prepare<[string], { participant_id: string }>(
    "SELECT participant_id FROM session_participants WHERE session_id = ? AND role = 'moderator'",
  );

  return {
    list: () => list.all().map(toSession),
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toSession(row) : null;
    },
    findByTitle: (title: string) => {
      const row = byTitle.get(title);
      return row ? toSession(row) : null;
    },
    insert: (id: string, f: SessionFields, at: string, userId: string | null) => void insert.run({ id, ...f, at, userId }),
    update: (id: string, f: SessionFields, at: string) => void update.run({ id, ...f, at }),
    remove: (id: string) => remove.run(id).changes === 1,
    /** The people linked to a session as its moderator. */
    moderatorIds: (id: string) => moderatorIds.all(id).map((r) => r.participant_id),
  };
}
export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
