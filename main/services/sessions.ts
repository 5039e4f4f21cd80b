import type { Session, SessionFields } from '../../shared/domain/study';
import { AppError } from '../../shared/errors';
import { now, type Study } from './study';

/**
 * Creates a session; the title need not be unique (two "Focus group 1" in different cities happen).
 * Called inside another write (an import making its session), it joins that transaction.
 */
export function createSession(study: Study, fields: SessionFields, id: string = crypto.randomUUID()): Session {
  return study.write(
    'sessions:create',
    () => {
      const at = now();
      study.repos.sessions.insert(id, { ...fields, moderator: null }, at, study.userId);
      // A blank name names nobody (the form sends what was typed).
      const moderator = fields.moderator?.trim() || null;
      if (moderator !== null) linkModerator(study, id, moderator, at);
      return study.repos.sessions.get(id)!;
    },
    { id, ...fields },
  );
}

/**
 * Makes the person named `name` the session's moderator: the study's person of that name (names
 * are unique, ignoring case) or a new one, linked with the moderator role. The moderator is a
 * person, so reports can tell the moderator's words from a respondent's.
 */
export function linkModerator(study: Study, sessionId: string, name: string, at: string): void {
  const { participants } = study.repos;
  const wanted = name.trim();
  let id = participants.idByName(wanted);
  if (id === null) {
    id = crypto.randomUUID();
    participants.insert(id, wanted, null, at, study.userId);
  }
  participants.setRole(id, sessionId, 'moderator');
}

export function updateSession(study: Study, id: string, changes: Partial<SessionFields>): Session {
  return study.write(
    'sessions:update',
    () => {
      const current = requireSession(study, id);
      const next: SessionFields = {
        kind: changes.kind ?? current.kind,
        title: changes.title ?? current.title,
        date: changes.date !== undefined ? changes.date : current.date,
        place: changes.place !== undefined ? changes.place : current.place,
        moderator: null,
        notes: changes.notes !== undefined ? changes.notes : current.notes,
      };
      const at = now();
      study.repos.sessions.update(id, next, at);
      const moderator = changes.moderator !== undefined ? changes.moderator?.trim() || null : current.moderator;
      if (moderator !== current.moderator) {
        // The previous moderator leaves the session (they were in it only as its moderator).
        for (const personId of study.repos.sessions.moderatorIds(id)) study.repos.participants.setRole(personId, id, null);
        if (moderator !== null) linkModerator(study, id, moderator, at);
      } else if (moderator !== null && study.repos.sessions.moderatorIds(id).length === 0) {
        // A moderator only in the old free-text column: made a person on the first save.
        linkModerator(study, id, moderator, at);
      }
      return study.repos.sessions.get(id)!;
    },
    { id, changes },
  );
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
  if (!s) throw new AppError('NOT_FOUND', 'errors.sessionGone');
  return s;
}
