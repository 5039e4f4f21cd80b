import { sessionsByPart, type Participant } from '../../shared/domain/study';
import { respondentTest } from '../../shared/reports/rows';
import type { Study } from './study';

/**
 * Whether a speaker of a document is a respondent there, by the rule reports count by: the
 * codebook's participant counts and the Passages view use this so all three agree.
 */
export function respondentTestOf(
  study: Study,
  people: Participant[] = study.repos.participants.list(),
): (documentId: string, participantId: string) => boolean {
  const documents = study.repos.reports.documents();
  return respondentTest(
    people.map((p) => ({ id: p.id, ...sessionsByPart(p.sessions) })),
    documents,
  );
}
