import type { StudyCounts } from '../../../shared/domain/study';
import type { Db } from '../connection';

/** The study's own row, its users, its counts and its operation log. */
export function createStudyRepo(db: Db) {
  const getInfo = db.prepare<[], { title: string; createdAt: string }>(
    'SELECT title, created_at AS createdAt FROM study_info WHERE id = 1',
  );
  const insertInfo = db.prepare<[string, string, string]>(
    'INSERT INTO study_info (id, title, created_at, created_with) VALUES (1, ?, ?, ?)',
  );
  const setTitle = db.prepare<[string]>('UPDATE study_info SET title = ? WHERE id = 1');
  const userByName = db.prepare<[string], { id: string }>('SELECT id FROM users WHERE name = ?');
  const insertUser = db.prepare<[string, string, string]>('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)');
  const users = db.prepare<[], { id: string; name: string; codings: number }>(
    'SELECT u.id, u.name, (SELECT count(*) FROM codings c WHERE c.coder_id = u.id) AS codings FROM users u ORDER BY u.name COLLATE NOCASE, u.id',
  );
  const counts = db.prepare<[], StudyCounts>(`SELECT
      (SELECT count(*) FROM sessions) AS sessions,
      (SELECT count(*) FROM participants) AS participants,
      (SELECT count(*) FROM documents) AS documents,
      (SELECT count(*) FROM codes) AS codes,
      (SELECT count(*) FROM codings) AS codings`);
  const appendOp = db.prepare<[string, string | null, string, string]>('INSERT INTO op_log (at, user_id, op, payload) VALUES (?, ?, ?, ?)');

  return {
    info: () => getInfo.get() ?? null,
    createInfo: (title: string, at: string, appVersion: string) => void insertInfo.run(title, at, `verbatim ${appVersion}`),
    rename: (title: string) => void setTitle.run(title),
    /** The id of the user with this name, made on first use (coder identity for codings and merges). */
    ensureUser: (name: string, at: string): string => {
      const found = userByName.get(name);
      if (found) return found.id;
      const id = crypto.randomUUID();
      insertUser.run(id, name, at);
      return id;
    },
    /** Every user with how many codings they made (the report builder's coder filter). */
    users: () => users.all(),
    counts: () => counts.get()!,
    /** Records one change; the same log will serve undo, sync and audit. */
    logOp: (at: string, userId: string | null, op: string, payload: unknown) =>
      void appendOp.run(at, userId, op, JSON.stringify(payload ?? null)),
  };
}
export type StudyRepo = ReturnType<typeof createStudyRepo>;
