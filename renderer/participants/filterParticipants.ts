import type { Attribute, Participant, Session } from '../../shared/domain/study';
import type { Translator } from '../../shared/i18n/translator';
import { SESSION_ROLE_MESSAGES } from '../../shared/domain/sessionWords';
import { displayValue } from './cellValue';

/**
 * Participants whose name, any shown value or any session title contains every word of the query
 * (case-insensitive). Plain substring matching rather than fuzzy: when narrowing a table by "promoter
 * berlin", researchers expect exactly those rows, not near misses. Values and roles are matched as the
 * grid shows them, in the UI's language.
 */
export function filterParticipants(
  participants: Participant[],
  attributes: Attribute[],
  sessions: Session[],
  query: string,
  translator: Translator,
): Participant[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return participants;
  const titles = new Map(sessions.map((s) => [s.id, s.title]));
  return participants.filter((p) => {
    const haystack = [
      p.displayName,
      p.notes ?? '',
      ...attributes.map((a) => displayValue(a, p.values[a.id], translator)),
      ...p.sessions.map((m) => `${titles.get(m.sessionId) ?? ''} ${translator.t(SESSION_ROLE_MESSAGES[m.role])}`),
    ]
      .join('\n')
      .toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
