import { z } from 'zod';
import { CodeName } from './coding';
import { Id, Session, SessionRole } from './study';

/**
 * Live session capture: the session clock, the discussion guide and the timestamped notes a
 * moderator types while a session runs. Notes are the turns of the session's `notes` document, so
 * they are coded, searched and reported like any transcript.
 */

/** The session clock. Session time = elapsedMs + (now − runningSince) while it runs. */
export const ClockState = z.object({
  /** Wall clock (ISO-8601 UTC) of the first Start; null before the session was started. */
  startedAt: z.string().nullable(),
  /** Wall clock of the last Start/Resume while running; null when paused, stopped or not started. */
  runningSince: z.string().nullable(),
  /** Session time accumulated before `runningSince`. */
  elapsedMs: z.int().nonnegative(),
  stoppedAt: z.string().nullable(),
});
export type ClockState = z.infer<typeof ClockState>;

export const ClockAction = z.enum(['start', 'pause', 'resume', 'stop']);
export type ClockAction = z.infer<typeof ClockAction>;

export const GuideItemKind = z.enum(['section', 'question']);

/** One line of a discussion guide: a section heading or a question, with the minutes planned for it. */
export const GuideItem = z.object({
  id: Id,
  kind: GuideItemKind,
  text: z.string(),
  plannedMinutes: z.number().nonnegative().nullable(),
});
export type GuideItem = z.infer<typeof GuideItem>;

/** A discussion guide, reusable by many sessions: ordered sections and questions. */
export const Guide = z.object({ id: Id, title: z.string(), items: z.array(GuideItem), sessions: z.int().nonnegative() });
export type Guide = z.infer<typeof Guide>;

/** What a user saves: items without an id are new, items left out are removed. */
export const GuideInput = z.strictObject({
  id: Id.optional(),
  title: z.string().trim().min(1, 'must not be empty').max(200),
  items: z
    .array(
      z.strictObject({
        id: Id.optional(),
        kind: GuideItemKind,
        text: z.string().trim().min(1, 'must not be empty').max(2_000),
        plannedMinutes: z
          .number()
          .nonnegative()
          .max(24 * 60)
          .nullable()
          .default(null),
      }),
    )
    .max(500),
});
export type GuideInput = z.input<typeof GuideInput>;

/** From session time `atMs` on, guide item `itemId` was current (null: off the guide). */
export const QuestionMark = z.object({ atMs: z.int().nonnegative(), itemId: Id.nullable() });
export type QuestionMark = z.infer<typeof QuestionMark>;

/** Who a note is from: a person of the session, a free label, or nobody (an observation). */
export const NoteSpeaker = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('participant'), participantId: Id }),
    z.strictObject({ kind: z.literal('label'), label: z.string().trim().min(1).max(200) }),
  ])
  .nullable();
export type NoteSpeaker = z.infer<typeof NoteSpeaker>;

/** A coding on a note, its offsets relative to the note's own text. */
export const NoteCoding = z.object({
  id: Id,
  codeId: Id,
  start: z.int().nonnegative(),
  end: z.int().positive(),
  status: z.enum(['anchored', 'orphaned']),
});
export type NoteCoding = z.infer<typeof NoteCoding>;

/** One timestamped note. */
export const Note = z.object({
  id: Id,
  position: z.int().nonnegative(),
  /** Session time at which the note was begun (ms); editable afterwards. */
  timeMs: z.int().nonnegative().nullable(),
  speaker: z.string().nullable(),
  participantId: Id.nullable(),
  role: SessionRole.nullable(),
  questionId: Id.nullable(),
  starred: z.boolean(),
  text: z.string(),
  codings: z.array(NoteCoding),
});
export type Note = z.infer<typeof Note>;

/** A person the moderator can attribute notes to (speaker keys follow this order). */
export const LivePerson = z.object({ participantId: Id, name: z.string(), role: SessionRole });
export type LivePerson = z.infer<typeof LivePerson>;

/** A transcript turn's time, for linking notes to the recording of the same session. */
export const TimedTurn = z.object({ id: Id, position: z.int(), startMs: z.int().nullable(), start: z.int(), end: z.int() });
export type TimedTurn = z.infer<typeof TimedTurn>;

/** Everything the live session screen needs. */
export const LiveSession = z.object({
  session: Session,
  clock: ClockState,
  guide: Guide.nullable(),
  marks: z.array(QuestionMark),
  /** The session's notes document; null until the first note is written. */
  documentId: Id.nullable(),
  notes: z.array(Note),
  people: z.array(LivePerson),
  /**
   * The session's first transcript, when one was imported, and `offsetMs`: where the notes clock
   * sits on its timeline as the user set it (note time + offsetMs = transcript time), or null when
   * not set (see shared/live/link.ts for when notes link to turns then).
   */
  transcript: z.object({ documentId: Id, title: z.string(), turns: z.array(TimedTurn), offsetMs: z.int().nullable() }).nullable(),
});
export type LiveSession = z.infer<typeof LiveSession>;

/** What `notes:add` takes. */
export const NewNote = z.strictObject({
  /** Made by the client at the note's first character: adding the same id again returns that note with this text (a retried add whose answer was lost). */
  id: Id.optional(),
  sessionId: Id,
  /** Insert after this note; null appends at the end. */
  afterId: Id.nullable().default(null),
  timeMs: z
    .int()
    .nonnegative()
    .max(7 * 24 * 3_600_000)
    .nullable(),
  speaker: NoteSpeaker.default(null),
  questionId: Id.nullable().default(null),
  text: z.string().max(200_000).default(''),
});

/** What `notes:code` takes: the whole note, or `[start, end)` of it, with a code or a new one. */
export const NoteCodeInput = z.strictObject({
  id: Id,
  start: z.int().nonnegative().max(200_000).optional(),
  end: z.int().positive().max(200_000).optional(),
  codeId: Id.optional(),
  newCode: z.strictObject({ name: CodeName, parentId: Id.nullable().default(null) }).optional(),
});

/** One note as exported and as `verbatim notes --json` prints it. */
export const NoteRecord = z.object({
  session: z.string(),
  /** ms from the session start. */
  time: z.int().nullable(),
  speaker: z.string().nullable(),
  question: z.string().nullable(),
  text: z.string(),
  /** Code paths ("Parent/Child") as `verbatim codings` writes them. */
  codes: z.array(z.string()),
  starred: z.boolean(),
});
export type NoteRecord = z.infer<typeof NoteRecord>;

export const NOTES_FORMATS = ['docx', 'csv', 'xlsx', 'md'] as const;
export const NotesFormat = z.enum(NOTES_FORMATS);
export type NotesFormat = z.infer<typeof NotesFormat>;

/** The largest offset between a notes clock and a transcript that is accepted (a week, as for note times). */
export const MAX_TRANSCRIPT_OFFSET_MS = 7 * 24 * 3_600_000;
