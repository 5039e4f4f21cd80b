import { isRespondentRole, type Participant, type SessionRole } from '../../shared/domain/study';

/**
 * Whether a speaker of a document is a respondent there: by their role in the document's session.
 * Someone with no role in that session (or a document outside sessions) counts as a respondent,
 * unless they never took part as one anywhere and ran or watched some session: then they are
 * taken for the moderator or note-taker they are elsewhere rather than counted as a customer.
 * Reports, the codebook's counts and the Passages view all count people by this one rule.
 */
export function respondentTest(people: Participant[], documents: { id: string; sessionId: string | null }[]) {
  const sessionOf = new Map(documents.map((d) => [d.id, d.sessionId]));
  const roles = new Map<string, Map<string, SessionRole>>();
  const staffOnly = new Set<string>();
  for (const p of people) {
    roles.set(p.id, new Map(p.sessions.map((s) => [s.sessionId, s.role])));
    if (p.sessions.length > 0 && !p.sessions.some((s) => isRespondentRole(s.role))) staffOnly.add(p.id);
  }
  return (documentId: string, participantId: string): boolean => {
    const sessionId = sessionOf.get(documentId) ?? null;
    const role = sessionId === null ? undefined : roles.get(participantId)?.get(sessionId);
    return role === undefined ? !staffOnly.has(participantId) : isRespondentRole(role);
  };
}
