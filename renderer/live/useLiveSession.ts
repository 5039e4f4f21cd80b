import { useCallback, useEffect, useRef } from 'react';
import type { ClockAction, LiveSession, Note } from '../../shared/domain/live';
import { sessionTime } from '../../shared/live/clock';
import { invoke } from '../api';
import { useCall } from '../ui/useCall';
import { useQuery } from '../ui/useQuery';

/** The writes of this screen whose answers it puts into the session itself (the rest read it again). */
const LIVE_WRITES = ['live:clock', 'live:setQuestion', 'live:setGuide', 'live:setTranscriptOffset'];

/**
 * The live session of one session: loaded with `live:get`, then kept current from what each write
 * returns (notes are replaced one by one, so a save re-renders one row, not the list), and read
 * again when its clock, guide or marks change elsewhere.
 */
export function useLiveSession(sessionId: string) {
  const call = useCall();
  const query = useQuery('live:get', { sessionId }, { kinds: ['live'], appliedHere: LIVE_WRITES });
  const { data: live, error, refetch: reload, set } = query;
  const setLive = useCallback((update: (l: LiveSession | null) => LiveSession | null) => set((l) => update(l) ?? l), [set]);
  // Latest value for callbacks that run outside render (the clock at the first keystroke of a note).
  const latest = useRef<LiveSession | null>(null);
  useEffect(() => {
    latest.current = live;
  });

  const upsertNote = useCallback(
    (note: Note) => {
      setLive((l) => {
        if (!l) return l;
        const at = l.notes.findIndex((n) => n.id === note.id);
        if (at >= 0) {
          if (l.notes[at] === note) return l;
          const notes = l.notes.slice();
          notes[at] = note;
          return { ...l, notes };
        }
        // A new note: in position order (it may have been inserted after another one).
        const notes = [...l.notes, note].sort((a, b) => a.position - b.position);
        return { ...l, notes, documentId: l.documentId };
      });
    },
    [setLive],
  );

  const removeNote = useCallback(
    (id: string) => {
      setLive((l) => (l ? { ...l, notes: l.notes.filter((n) => n.id !== id) } : l));
    },
    [setLive],
  );

  const clock = useCallback(
    async (action: ClockAction) => {
      const firstStart = action === 'start' && latest.current?.clock.startedAt === null;
      const r = await call('live:clock', { sessionId, action });
      if (!r.ok) return false;
      setLive((l) => (l ? { ...l, clock: r.value } : l));
      // The first Start makes the guide's first question current (main/services/live.ts).
      if (firstStart) {
        const fresh = await invoke('live:get', { sessionId });
        if (fresh.ok) setLive((l) => (l ? { ...l, marks: fresh.value.marks } : l));
      }
      return true;
    },
    [call, sessionId, setLive],
  );

  const setQuestion = useCallback(
    async (itemId: string | null) => {
      const r = await call('live:setQuestion', { sessionId, itemId });
      if (r.ok) setLive((l) => (l ? { ...l, marks: r.value } : l));
      return r.ok;
    },
    [call, sessionId, setLive],
  );

  /** Session time now (ms), or null before the session was started. */
  const now = useCallback((): number | null => {
    const l = latest.current;
    if (!l || l.clock.startedAt === null) return null;
    return Math.round(sessionTime(l.clock, Date.now()));
  }, []);

  return { live, error, reload, upsertNote, removeNote, clock, setQuestion, now, latest, setLive };
}

export type LiveModel = ReturnType<typeof useLiveSession>;
