import { applyClockAction, clockStatus, IDLE_CLOCK, sessionTime } from '../../shared/live/clock';
import { nextQuestion } from '../../shared/live/guide';
import type { ClockAction, ClockState, LiveSession, QuestionMark } from '../../shared/domain/live';
import { AppError } from '../../shared/errors';
import { getGuide, requireGuide } from './guides';
import { buildNotes, notePeople } from './noteView';
import { checkQuestion, notesDocument, requireSession } from './notes';
import { now, type Study } from './study';

/**
 * The live session screen's backend: one read of everything it shows, the clock, the current
 * guide question and the guide in use. Clock and marks are logged but not undoable (undoing a
 * clock would rewrite session time under the notes already stamped with it).
 */

/** Everything the live screen shows for one session. Notes' codings are built in one pass. */
export function getLive(study: Study, sessionId: string): LiveSession {
  const session = requireSession(study, sessionId);
  const { live, documents, codings } = study.repos;
  const guideId = live.sessionGuideId(sessionId);
  const doc = notesDocument(study, sessionId);
  const people = notePeople(study, sessionId);
  const notes = doc ? buildNotes(doc, documents.turns(doc.id), codings.byDocument(doc.id), people) : [];
  return {
    session,
    clock: live.clock(sessionId) ?? IDLE_CLOCK,
    guide: guideId ? getGuide(study, guideId) : null,
    marks: live.marks(sessionId),
    documentId: doc?.id ?? null,
    notes,
    people: live.people(sessionId).map((p) => ({ participantId: p.participantId, name: p.displayName, role: p.role })),
    transcript: timedTranscript(study, sessionId),
  };
}

/** The session's first transcript with its turns' times and the offset the user set, or null when it has none. */
export function timedTranscript(study: Study, sessionId: string): LiveSession['transcript'] {
  const doc = study.repos.documents.ofSession(sessionId, 'transcript')[0];
  if (!doc) return null;
  const turns = study.repos.documents
    .turns(doc.id)
    .map((t) => ({ id: t.id, position: t.position, startMs: t.start_ms, start: t.start_offset, end: t.end_offset }));
  return { documentId: doc.id, title: doc.title, turns, offsetMs: study.repos.live.transcriptOffset(sessionId) };
}

/**
 * Sets (or, with null, forgets) where the session's notes clock sits on its transcript's timeline.
 * Kept per session, so a transcript imported again later still lines up. Logged, not an undo step,
 * like the clock.
 */
export function setTranscriptOffset(study: Study, sessionId: string, offsetMs: number | null): LiveSession['transcript'] {
  requireSession(study, sessionId);
  study.write('live:setTranscriptOffset', () => study.repos.live.setTranscriptOffset(sessionId, offsetMs, now(), study.userId), {
    sessionId,
    offsetMs,
  });
  return timedTranscript(study, sessionId);
}

/**
 * Starts, pauses, resumes or stops the session clock; refuses what does not apply (pausing a paused
 * clock…). The first Start of a session with a guide makes the guide's first question current, as
 * the moderator's opening question is, unless a question was picked before starting.
 */
export function clockAction(study: Study, sessionId: string, action: ClockAction, at = now()): ClockState {
  requireSession(study, sessionId);
  const { live } = study.repos;
  return study.write(
    'live:clock',
    () => {
      const before = live.clock(sessionId) ?? IDLE_CLOCK;
      const next = applyClockAction(before, action, at);
      if ('error' in next) throw new AppError('CONFLICT', next.error);
      live.saveClock(sessionId, next as ClockState & { startedAt: string });
      const guideId = live.sessionGuideId(sessionId);
      if (action === 'start' && clockStatus(before) === 'idle' && guideId && live.marks(sessionId).length === 0) {
        const first = nextQuestion(getGuide(study, guideId)?.items ?? [], null);
        if (first) live.addMark(sessionId, 0, first.id);
      }
      return next;
    },
    { sessionId, action, at },
  );
}

/** Makes a guide question current from the session's current time on (0 before the clock started). */
export function setQuestion(study: Study, sessionId: string, itemId: string | null, nowMs = Date.now()): QuestionMark[] {
  requireSession(study, sessionId);
  const { live } = study.repos;
  checkQuestion(study, sessionId, itemId);
  const atMs = Math.round(sessionTime(live.clock(sessionId) ?? IDLE_CLOCK, nowMs));
  return study.write(
    'live:setQuestion',
    () => {
      live.addMark(sessionId, atMs, itemId);
      return live.marks(sessionId);
    },
    { sessionId, itemId, atMs },
  );
}

/** Uses a guide for a session (null: none). */
export function setSessionGuide(study: Study, sessionId: string, guideId: string | null): void {
  requireSession(study, sessionId);
  if (guideId !== null) requireGuide(study, guideId);
  study.write('live:setGuide', () => study.repos.live.setSessionGuide(sessionId, guideId, now()), { sessionId, guideId });
}
