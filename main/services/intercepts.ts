import type { Session } from '../../shared/domain/study';
import { requireSession } from './notes';
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
      sessions.insert(id, { kind: 'intercept', title: titleOf(n), date: at.slice(0, 10), place: from.place, moderator: from.moderator, notes: null }, at, study.userId);
      live.setSessionGuide(id, live.sessionGuideId(from.id), at);
      const participantId = crypto.randomUUID();
      participants.insert(participantId, `Intercept ${n}`, null, at, study.userId);
      participants.setRole(participantId, id, 'participant');
      for (const p of live.people(from.id)) if (p.role === 'moderator') participants.setRole(p.participant_id, id, 'moderator');
      return { session: sessions.get(id)!, participantId };
    },
    { fromSessionId },
  );
}
