import type { Session } from '../../shared/domain/study';
import { requireSession } from './notes';
import { linkModerator } from './sessions';
import { now, type Study } from './study';

/**
 * Intercept interviews: each intercept is its own session with one participant. "Next intercept"
 * makes the next one like the current one (place, moderator, guide, the moderator person), dated
 * today, titled "Intercept N — <place>" with a new participant "Intercept N" (both made unique).
 */
export function nextIntercept(study: Study, fromSessionId: string): { session: Session; participantId: string } {
  const from = requireSession(study, fromSessionId);
  const { live, sessions, participants } = study.repos;
  return study.write(
    'intercepts:next',
    () => {
      const names = participants.nameIndex();
      let n = live.interceptCount() + 1;
      const titleOf = (k: number) => (from.place ? `Intercept ${k} — ${from.place}` : `Intercept ${k}`);
      while (live.sessionTitleTaken(titleOf(n)) || names.has(`intercept ${n}`)) n++;
      const at = now();
      const id = crypto.randomUUID();
      sessions.insert(
        id,
        { kind: 'intercept', title: titleOf(n), date: at.slice(0, 10), place: from.place, moderator: null, notes: null },
        at,
        study.userId,
      );
      live.setSessionGuide(id, live.sessionGuideId(from.id), at);
      const participantId = crypto.randomUUID();
      participants.insert(participantId, `Intercept ${n}`, null, at, study.userId);
      participants.setRole(participantId, id, 'participant');
      const moderators = live.people(from.id).filter((p) => p.role === 'moderator');
      for (const p of moderators) participants.setRole(p.participantId, id, 'moderator');
      // A moderator only in an older file's free-text column becomes a person here, never text again.
      if (moderators.length === 0 && from.moderator) linkModerator(study, id, from.moderator, at);
      return { session: sessions.get(id)!, participantId };
    },
    { fromSessionId },
  );
}
