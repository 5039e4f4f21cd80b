import { useCallback, useEffect, useState } from 'react';
import type { Attribute, Participant, Session } from '../../shared/domain/study';
import { on } from '../api';
import { useCall } from '../ui/useCall';

/**
 * The open study's lists, loaded once and then kept current from what each write returns, so the
 * tables do not flicker through a reload after every cell edit.
 */
export function useStudyData() {
  const call = useCall();
  const [sessions, setSessions] = useState<Session[] | null>(null);
  const [attributes, setAttributes] = useState<Attribute[] | null>(null);
  const [participants, setParticipants] = useState<Participant[] | null>(null);
  const [failed, setFailed] = useState(false);

  const reloadSessions = useCallback(async () => {
    const r = await call('sessions:list', {});
    if (r.ok) setSessions(r.value);
    return r.ok;
  }, [call]);

  const reloadParticipants = useCallback(async () => {
    const [a, p] = await Promise.all([call('attributes:list', {}), call('participants:list', {})]);
    if (a.ok) setAttributes([...a.value].sort((x, y) => x.position - y.position));
    if (p.ok) setParticipants(p.value);
    return a.ok && p.ok;
  }, [call]);

  const reloadAll = useCallback(async () => {
    const [s, p] = await Promise.all([reloadSessions(), reloadParticipants()]);
    setFailed(!s || !p);
  }, [reloadSessions, reloadParticipants]);

  // The first load; later reloads come from the panels after writes that change other lists.
  useEffect(() => {
    void (async () => {
      await reloadAll();
    })();
  }, [reloadAll]);

  // Imports (REFI-QDA, transcripts) add sessions and participants behind the panels' backs. A null
  // path means the study closed: this screen is about to go, and there is nothing to reload.
  useEffect(() => on('study:changed', ({ path }) => path !== null && void reloadAll()), [reloadAll]);

  /** Puts a participant returned by a write in place of the old copy. */
  const replaceParticipant = useCallback((next: Participant) => {
    setParticipants((all) => all?.map((p) => (p.id === next.id ? next : p)) ?? all);
  }, []);

  return {
    sessions,
    attributes,
    participants,
    failed,
    setSessions,
    setAttributes,
    setParticipants,
    replaceParticipant,
    reloadSessions,
    reloadParticipants,
    reloadAll,
  };
}

export type StudyData = ReturnType<typeof useStudyData>;
