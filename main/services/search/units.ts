import type { SearchFilter, SearchHit } from '../../../shared/domain/search';
import type { Attribute, Participant, SessionRole } from '../../../shared/domain/study';
import { groupKey } from '../../../shared/reports/scales';
import { AppError } from '../../../shared/errors';
import type { SearchUnitRow } from '../../db/repos/searchRepo';
import type { Study } from '../study';

/** What a hit says about where it is, beyond its offsets: session, speaker and the speaker's attributes. */
export interface UnitPlace {
  sessionTitle: string | null;
  speaker: SearchHit['speaker'];
  attributes: SearchHit['attributes'];
}

/** The people, sessions and attributes of a study, read once per search to place and filter its units. */
export interface StudyPeople {
  place(unit: SearchUnitRow): UnitPlace;
  /** Whether a unit passes the filter (kinds, sessions, moderator, speakers, attributes). */
  passes(unit: SearchUnitRow): boolean;
}

/** The speaker filter's key of a person: their participant id, or the label a transcript kept (as retrieve keys them). */
const speakerKey = (participantId: string | null, label: string) => (participantId ? `p:${participantId}` : `l:${label}`);

export function studyPeople(study: Study, filter: SearchFilter = {}): StudyPeople {
  const { repos } = study;
  const sessions = new Map(repos.sessions.list().map((s) => [s.id, s]));
  const everyone = new Map<string, Participant>(repos.participants.list().map((p) => [p.id, p]));
  const attributes = repos.attributes.list();
  const byId = new Map<string, Attribute>(attributes.map((a) => [a.id, a]));
  const roleIn = (p: Participant | undefined, sessionId: string | null): SessionRole | null =>
    (p && sessionId ? p.sessions.find((m) => m.sessionId === sessionId)?.role : undefined) ?? null;

  const speakerOf = (unit: SearchUnitRow): SearchHit['speaker'] => {
    const p = unit.participant_id ? everyone.get(unit.participant_id) : undefined;
    const name = p?.displayName ?? unit.speaker_label;
    if (!name) return null;
    return { key: speakerKey(p ? p.id : null, name), participantId: p?.id ?? null, name, role: roleIn(p, unit.session_id) };
  };

  const kinds = new Set(filter.kinds?.length ? filter.kinds : ['transcript', 'notes', 'memo']);
  const sessionIds = new Set(filter.sessionIds ?? []);
  const speakers = new Set(filter.speakers ?? []);
  const wanted = (filter.attributes ?? []).map((f) => {
    const attribute = byId.get(f.attributeId);
    if (!attribute) throw new AppError('NOT_FOUND', 'editing.filterAttributeGone');
    return { attribute, values: new Set(f.values) };
  });
  const includeModerator = filter.includeModerator ?? false;

  return {
    place: (unit) => {
      const speaker = speakerOf(unit);
      const person = speaker?.participantId ? everyone.get(speaker.participantId) : undefined;
      return {
        sessionTitle: unit.session_id ? (sessions.get(unit.session_id)?.title ?? null) : null,
        speaker,
        attributes: person
          ? attributes.flatMap((a) => {
              const v = person.values[a.id];
              return v === null || v === undefined ? [] : [{ name: a.name, value: String(v) }];
            })
          : [],
      };
    },
    passes: (unit) => {
      if (!kinds.has(unit.kind)) return false;
      if (sessionIds.size > 0 && (unit.session_id === null || !sessionIds.has(unit.session_id))) return false;
      if (unit.kind === 'memo') return speakers.size === 0 && wanted.length === 0;
      const speaker = speakerOf(unit);
      if (!includeModerator && speaker?.role === 'moderator') return false;
      if (speakers.size > 0 && (speaker === null || !speakers.has(speaker.key))) return false;
      if (wanted.length === 0) return true;
      const person = speaker?.participantId ? everyone.get(speaker.participantId) : undefined;
      return wanted.every(({ attribute, values }) => {
        const key = groupKey(attribute, person?.values[attribute.id]);
        return key !== null && values.has(key);
      });
    },
  };
}
