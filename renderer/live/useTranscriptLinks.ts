import { useCallback, useMemo } from 'react';
import type { LiveSession } from '../../shared/domain/live';
import { alignNotes, linkedTurn, offsetOf, spanOf } from '../../shared/live/link';
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
  // Only the span of the notes' times matters; kept as two numbers so typing (new note objects,
  // same times) does not make a new alignment.
  const span = useMemo(() => spanOf((notes ?? []).map((n) => n.timeMs)), [notes]);
  const from = span?.from ?? null;
  const to = span?.to ?? null;
  const alignment = useMemo(
    () => (transcript ? alignNotes([from, to], transcript.turns, transcript.offsetMs) : null),
    [from, to, transcript],
  );
  const offset = alignment ? offsetOf(alignment) : null;
  const turns = transcript?.turns;
  const linkFor = useCallback((ms: number) => (turns ? linkedTurn(turns, ms, offset) : null), [turns, offset]);
  const setOffset = useCallback(
    (offsetMs: number | null) =>
      void invoke('live:setTranscriptOffset', { sessionId, offsetMs }).then((r) =>
        r.ok ? setLive((l) => (l ? { ...l, transcript: r.value } : l)) : toast.error(r.error.message),
      ),
    [sessionId, setLive, toast],
  );
  return { transcript, alignment, linkFor, setOffset };
}
