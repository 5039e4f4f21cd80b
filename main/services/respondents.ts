import { isRespondentRole, type Participant } from '../../shared/domain/study';
import { respondentTest } from '../../shared/reports/rows';
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
