import { z } from 'zod';
import {
  ClockAction,
  ClockState,
  Guide,
  GuideInput,
  LiveSession,
  MAX_TRANSCRIPT_OFFSET_MS,
  NewNote,
  Note,
  NoteCodeInput,
  NoteRecord,
  NoteSpeaker,
  NotesFormat,
  QuestionMark,
} from '../../domain/live';
import { Delivery } from '../../domain/files';
import { Id, Session } from '../../domain/study';
import { Done, Empty } from './studyChannels';

const SessionTime = z
  .int()
  .nonnegative()
  .max(7 * 24 * 3_600_000);

/** Channels of live session capture: the clock, the discussion guide, timestamped notes, intercepts. */
export const liveChannels = {
  /** Everything the live screen shows for one session (nothing is written). */
  'live:get': { input: z.strictObject({ sessionId: Id }), output: LiveSession },
  'live:clock': { input: z.strictObject({ sessionId: Id, action: ClockAction }), output: ClockState },
  /** Makes a guide question current from the session's current time on (null: off the guide). */
  'live:setQuestion': { input: z.strictObject({ sessionId: Id, itemId: Id.nullable() }), output: z.array(QuestionMark) },
  /** Uses a guide for a session (null: none). */
  'live:setGuide': { input: z.strictObject({ sessionId: Id, guideId: Id.nullable() }), output: Done },
  /**
   * Sets where the notes clock sits on the transcript's timeline: note time + offsetMs = transcript
   * time (0 confirms that the clocks line up); null forgets it. Returns the session's transcript.
   */
  'live:setTranscriptOffset': {
    input: z.strictObject({ sessionId: Id, offsetMs: z.int().min(-MAX_TRANSCRIPT_OFFSET_MS).max(MAX_TRANSCRIPT_OFFSET_MS).nullable() }),
    output: LiveSession.shape.transcript,
  },

  'guides:list': { input: Empty, output: z.array(Guide) },
  'guides:save': { input: GuideInput, output: Guide },
  'guides:delete': { input: z.strictObject({ id: Id }), output: Done },

  /** Adds a note (creating the session's notes document on the first one). */
  'notes:add': { input: NewNote, output: Note },
  /** Replaces a note's text (autosave); codings stay on their words, whole-note tags grow with it. */
  'notes:edit': { input: z.strictObject({ id: Id, text: z.string().max(200_000) }), output: Note },
  'notes:update': {
    input: z.strictObject({
      id: Id,
      timeMs: SessionTime.optional(),
      speaker: NoteSpeaker.optional(),
      questionId: Id.nullable().optional(),
      starred: z.boolean().optional(),
    }),
    output: Note,
  },
  'notes:delete': { input: z.strictObject({ id: Id }), output: Done },
  /** Tags a note (or part of it) with a code, or with a new code made in the same step. */
  'notes:code': { input: NoteCodeInput, output: Note },
  /** Puts a note's codes on the transcript turn spoken at the note's time. */
  'notes:copyCodesToTranscript': {
    input: z.strictObject({ id: Id }),
    output: z.object({ documentId: Id, turnId: Id, added: z.int().nonnegative() }),
  },
  /** The notes of one session (or of every session) as exported: time order, ties by position. */
  'notes:list': { input: z.strictObject({ sessionId: Id.optional() }), output: z.array(NoteRecord) },
  /** Exports the notes of one session (or, without a session, of every session) as a file, delivered like every export (see Delivery). */
  'notes:export': {
    input: z.strictObject({ sessionId: Id.optional(), format: NotesFormat }),
    output: Delivery,
  },

  /** Starts the next intercept: a new intercept session like this one, with a new participant. */
  'intercepts:next': { input: z.strictObject({ fromSessionId: Id }), output: z.object({ session: Session, participantId: Id }) },
} as const;
