import type { Attribute, Participant, Session } from '../../shared/domain/study';
import { displayValue } from './cellValue';

/**
 * Participants whose name, any shown value or any session title contains every word of the query
 * (case-insensitive). Plain substring matching rather than fuzzy: when narrowing a table by "promoter
 * berlin", researchers expect exactly those rows, not near misses.
 */
export function filterParticipants(participants: Participant[], attributes: Attribute[], sessions: Session[], query: string): Participant[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return participants;
  const titles = new Map(sessions.map((s) => [s.id, s.title]));
  return participants.filter((p) => {
    const haystack = [
      p.displayName,
      p.notes ?? '',
      ...attributes.map((a) => displayValue(a, p.values[a.id])),
      ...p.sessions.map((m) => `${titles.get(m.sessionId) ?? ''} ${m.role}`),
    ]
      .join('\n')
      .toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
