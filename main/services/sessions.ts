import type { Session, SessionFields } from '../../shared/domain/study';
import { AppError } from '../api/errors';
import { now, type Study } from './study';

/**
 * Creates a session; the title need not be unique (two "Focus group 1" in different cities happen).
 * Called inside another write (an import making its session), it joins that transaction.
 */
export function createSession(study: Study, fields: SessionFields, id: string = crypto.randomUUID()): Session {
  return study.write('sessions:create', () => {
    study.repos.sessions.insert(id, fields, now(), study.userId);
    return study.repos.sessions.get(id)!;
  }, { id, ...fields });
}

export function updateSession(study: Study, id: string, changes: Partial<SessionFields>): Session {
  return study.write('sessions:update', () => {
    const current = requireSession(study, id);
    const next: SessionFields = {
      kind: changes.kind ?? current.kind,
      title: changes.title ?? current.title,
      date: changes.date !== undefined ? changes.date : current.date,
      place: changes.place !== undefined ? changes.place : current.place,
      moderator: changes.moderator !== undefined ? changes.moderator : current.moderator,
      notes: changes.notes !== undefined ? changes.notes : current.notes,
    };
    study.repos.sessions.update(id, next, now());
    return study.repos.sessions.get(id)!;
  }, { id, changes });
}

/** Deletes a session with its documents; a backup is taken first because this cannot be undone yet. */
export function deleteSession(study: Study, id: string): { backupPath: string | null } {
  requireSession(study, id);
  const backupPath = study.backup('before-deleting-a-session');
  study.write('sessions:delete', () => study.repos.sessions.remove(id), { id });
  // Its documents and codings are gone; undo steps pointing into them cannot apply any more.
  study.history.clear();
  return { backupPath };
}

function requireSession(study: Study, id: string): Session {
  const s = study.repos.sessions.get(id);
  if (!s) throw new AppError('NOT_FOUND', 'That session no longer exists.');
  return s;
}
