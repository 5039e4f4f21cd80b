import { useCallback, useMemo } from 'react';
import type { LiveSession } from '../../shared/domain/live';
import { alignNotes, linkedTurn, offsetOf } from '../../shared/live/link';
import { invoke } from '../api';
import { useToast } from '../ui/Toast';
import type { LiveModel } from './useLiveSession';

/**
 * How the session's notes link to its transcript: only when the clocks are known to line up
 * (shared/live/link.ts). `linkFor` changes only when the offset in use does, so typing a note
 * re-renders no row for it. `setOffset` stores the user's offset (null forgets it).
 */
export function useTranscriptLinks(live: LiveSession | null, sessionId: string, setLive: LiveModel['setLive']) {
  const toast = useToast();
  const notes = live?.notes;
  const transcript = live?.transcript ?? null;
  const alignment = useMemo(() => (transcript ? alignNotes((notes ?? []).map((n) => n.timeMs), transcript.turns, transcript.offsetMs) : null), [notes, transcript]);
  const offset = alignment ? offsetOf(alignment) : null;
  const turns = transcript?.turns;
  const linkFor = useCallback((ms: number) => (turns ? linkedTurn(turns, ms, offset) : null), [turns, offset]);
  const setOffset = useCallback(
    (offsetMs: number | null) =>
      void invoke('live:setTranscriptOffset', { sessionId, offsetMs }).then((r) => (r.ok ? setLive((l) => (l ? { ...l, transcript: r.value } : l)) : toast.error(r.error.message))),
    [sessionId, setLive, toast],
  );
  return { transcript, alignment, linkFor, setOffset };
}
