import { isRespondentRole, type Participant } from '../../shared/domain/study';
import type { Study } from './study';

/**
 * Whether a speaker of a document is a respondent there, by the rule reports count by: the
 * codebook's participant counts and the Passages view use this so all three agree.
 */
export function respondentTestOf(study: Study, people: Participant[] = study.repos.participants.list()): (documentId: string, participantId: string) => boolean {
  const documents = study.repos.reports.documents().map((d) => ({ id: d.id, sessionId: d.session_id }));
  // The same shape reports read (sessions as a respondent, and as staff: one role per session).
  const rows = people.map((p) => ({
    id: p.id,
    sessionIds: p.sessions.filter((s) => isRespondentRole(s.role)).map((s) => s.sessionId),
    nonRespondentSessionIds: p.sessions.filter((s) => !isRespondentRole(s.role)).map((s) => s.sessionId),
  }));
  return respondentTest(rows, documents);
}

/**
 * Whether a speaker of a document is a respondent there: by their role in the document's session.
 * Someone with no role in that session (or a document outside sessions) counts as a respondent,
 * unless they never took part as one anywhere and ran or watched some session: then they are
 * taken for the moderator or note-taker they are elsewhere rather than counted as a customer.
 */
function respondentTest(
  people: { id: string; sessionIds: string[]; nonRespondentSessionIds: string[] }[],
  documents: { id: string; sessionId: string | null }[],
): (documentId: string, participantId: string) => boolean {
  const sessionOf = new Map(documents.map((d) => [d.id, d.sessionId]));
  const respondentIn = new Map<string, Set<string>>();
  const staffIn = new Map<string, Set<string>>();
  const staffOnly = new Set<string>();
  for (const p of people) {
    respondentIn.set(p.id, new Set(p.sessionIds));
    staffIn.set(p.id, new Set(p.nonRespondentSessionIds));
    if (p.sessionIds.length === 0 && p.nonRespondentSessionIds.length > 0) staffOnly.add(p.id);
  }
  return (documentId, participantId) => {
    const sessionId = sessionOf.get(documentId) ?? null;
    if (sessionId !== null && respondentIn.get(participantId)?.has(sessionId)) return true;
    if (sessionId !== null && staffIn.get(participantId)?.has(sessionId)) return false;
    return !staffOnly.has(participantId);
  };
}
