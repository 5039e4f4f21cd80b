import { useCallback, useMemo } from 'react';
import type { Attribute, Participant, Session } from '../../shared/domain/study';
import { useQuery } from '../ui/useQuery';

type Update<T> = T[] | ((all: T[] | null) => T[]);
const byPosition = (list: Attribute[]) => [...list].sort((x, y) => x.position - y.position);

/**
 * The panels' own writes put their answers into these lists themselves (so the tables do not
 * flicker through a read after every cell edit); any other change (an import, another tab, a
 * session's participant counts after a role changed) reads the list again.
 */
const SESSION_WRITES = ['sessions:create', 'sessions:update', 'sessions:delete'];
const PARTICIPANT_WRITES = [
  'participants:create',
  'participants:update',
  'participants:delete',
  'participants:setValue',
  'participants:setSessionRole',
];
const ATTRIBUTE_WRITES = ['attributes:create', 'attributes:update', 'attributes:delete'];

/** The open study's sessions, participants and attributes, fresh after every change to them. */
export function useStudyData() {
  const sessions = useQuery('sessions:list', {}, { kinds: ['sessions', 'participants', 'documents'], appliedHere: SESSION_WRITES });
  const participants = useQuery('participants:list', {}, { kinds: ['participants', 'attributes'], appliedHere: PARTICIPANT_WRITES });
  const attributes = useQuery('attributes:list', {}, { kinds: ['attributes'], appliedHere: ATTRIBUTE_WRITES });

  const setSessions = useSetter(sessions.set);
  const setParticipants = useSetter(participants.set);
  const setAttributes = useSetter(attributes.set);
  const { refetch: reloadSessions } = sessions;
  const { refetch: refetchParticipants, set: setParticipantList } = participants;
  const { refetch: refetchAttributes } = attributes;
  const reloadParticipants = useCallback(async () => {
    await Promise.all([refetchParticipants(), refetchAttributes()]);
  }, [refetchParticipants, refetchAttributes]);
  const reloadAll = useCallback(async () => {
    await Promise.all([reloadSessions(), refetchParticipants(), refetchAttributes()]);
  }, [reloadSessions, refetchParticipants, refetchAttributes]);

  /** Puts a participant returned by a write in place of the old copy. */
  const replaceParticipant = useCallback(
    (next: Participant) => setParticipantList((all) => all.map((p) => (p.id === next.id ? next : p))),
    [setParticipantList],
  );
  const sortedAttributes = useMemo(() => (attributes.data ? byPosition(attributes.data) : null), [attributes.data]);

  return {
    sessions: sessions.data,
    attributes: sortedAttributes,
    participants: participants.data,
    failed: Boolean(sessions.error ?? participants.error ?? attributes.error),
    setSessions: setSessions as (update: Update<Session>) => void,
    setAttributes: setAttributes as (update: Update<Attribute>) => void,
    setParticipants: setParticipants as (update: Update<Participant>) => void,
    replaceParticipant,
    reloadSessions,
    reloadParticipants,
    reloadAll,
  };
}

/** A setState-like setter over a query's local `set`. */
function useSetter<T>(set: (update: (data: T[]) => T[]) => void) {
  return useCallback((update: Update<T>) => set((all) => (typeof update === 'function' ? update(all) : update)), [set]);
}

export type StudyData = ReturnType<typeof useStudyData>;
