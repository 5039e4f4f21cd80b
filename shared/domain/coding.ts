import { z } from 'zod';
import { SentenceSchema } from '../i18n/sentence';
import { EncodingEvidence, TextEncodingName } from '../text/encodings';
import { Id, SessionRole } from './study';

const Text = (max: number) => z.string().max(max);
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #4f7cac');

/** The description fields researchers write for a code (definition, when to use it, when not, an example). */
export const CodeDescription = z.strictObject({
  definition: Text(10_000).nullable(),
  whenToUse: Text(10_000).nullable(),
  whenNotToUse: Text(10_000).nullable(),
  example: Text(10_000).nullable(),
});
export type CodeDescription = z.infer<typeof CodeDescription>;

/** A code (theme) of the codebook with its counts; parents' totals include their descendants. */
export const Code = CodeDescription.extend({
  id: Id,
  parentId: Id.nullable(),
  name: z.string(),
  /** "Parent/Child": how exports and the CLI name a code. */
  path: z.string(),
  color: z.string(),
  position: z.int(),
  /** 1–9 when pinned to a number key, else null. */
  pinned: z.int().min(1).max(9).nullable(),
  codings: z.int(),
  documents: z.int(),
  participants: z.int(),
  totalCodings: z.int(),
  totalDocuments: z.int(),
  totalParticipants: z.int(),
});
export type Code = z.infer<typeof Code>;

/** A code name: no slashes, because "/" separates levels in code paths. */
export const CodeName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120)
  .refine((n) => !n.includes('/'), 'must not contain "/"');

export const NewCode = z.strictObject({
  name: CodeName,
  parentId: Id.nullable().default(null),
  color: Color.optional(),
  description: CodeDescription.partial().optional(),
});

/** A coded passage: `[start, end)` in UTF-16 code units of the document's plain text. */
export const Coding = z.object({
  id: Id,
  documentId: Id,
  codeId: Id,
  start: z.int().nonnegative(),
  end: z.int().positive(),
  quote: z.string(),
  /** `orphaned`: its text was deleted by an edit; kept for the researcher to review, never dropped. */
  status: z.enum(['anchored', 'orphaned']),
  memo: z.string().nullable(),
  coder: z.string().nullable(),
  createdAt: z.string(),
});
export type Coding = z.infer<typeof Coding>;

/**
 * What makes two codings the same one, for imports and merges that collapse duplicates: the same code
 * on the same words by the same coder. A coding belongs to its coder, so two coders who applied one
 * code to the same words keep a coding each (their agreement depends on it).
 */
export function sameCodingKey(codeId: string, start: number, end: number, coderId: string | null): string {
  return `${codeId}:${start}:${end}:${coderId ?? ''}`;
}

/** A speaker turn (or a timestamped note) inside a document. */
export const Turn = z.object({
  id: Id,
  position: z.int(),
  start: z.int(),
  end: z.int(),
  speaker: z.string().nullable(),
  participantId: Id.nullable(),
  role: SessionRole.nullable(),
  startMs: z.int().nullable(),
  endMs: z.int().nullable(),
});
export type Turn = z.infer<typeof Turn>;

export const DocumentKind = z.enum(['transcript', 'notes', 'memo', 'other']);

/** A document as listed (no text). */
export const DocumentSummary = z.object({
  id: Id,
  sessionId: Id.nullable(),
  kind: DocumentKind,
  title: z.string(),
  length: z.int(),
  turns: z.int(),
  codings: z.int(),
  updatedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** Everything the coding view needs for one document. */
export const DocumentView = DocumentSummary.extend({
  text: z.string(),
  rev: z.int(),
  turnList: z.array(Turn),
  codingList: z.array(Coding),
});
export type DocumentView = z.infer<typeof DocumentView>;

/** Where a memo hangs. */
export const MemoTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('project') }),
  z.strictObject({ kind: z.enum(['session', 'document', 'code', 'coding']), id: Id }),
]);
export type MemoTarget = z.infer<typeof MemoTarget>;

export const Memo = z.object({
  id: Id,
  target: MemoTarget,
  title: z.string(),
  body: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Memo = z.infer<typeof Memo>;

/**
 * A memo as the Memos tab lists it: with what it is about in words (`about`: "the whole study",
 * a session's or document's title, a code's path, a coded passage) and where to open it: the
 * document and offset of its passage, or the code it is on.
 */
/**
 * What a memo is on, as data for the UI to put in words in its own language (null: since deleted).
 * A coding's quote is an excerpt of its words.
 */
export const MemoPlace = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('project') }),
  z.strictObject({ kind: z.literal('session'), title: z.string().nullable() }),
  z.strictObject({ kind: z.literal('document'), title: z.string().nullable() }),
  z.strictObject({ kind: z.literal('code'), path: z.string().nullable() }),
  z.strictObject({ kind: z.literal('coding'), quote: z.string(), codePath: z.string().nullable(), documentTitle: z.string().nullable() }),
  z.strictObject({ kind: z.literal('gone') }),
]);
export type MemoPlace = z.infer<typeof MemoPlace>;

export const MemoOverview = Memo.extend({
  /** What the memo is on, in English words (the CLI and older callers); the UI words `place`. */
  about: z.string(),
  place: MemoPlace,
  documentId: Id.nullable(),
  offset: z.int().nonnegative().nullable(),
  codeId: Id.nullable(),
});
export type MemoOverview = z.infer<typeof MemoOverview>;

/** A coded passage in the retrieve view, with who said it and where. */
export const RetrievedPassage = z.object({
  codingId: Id,
  codeId: Id,
  codePath: z.string(),
  documentId: Id,
  documentTitle: z.string(),
  sessionId: Id.nullable(),
  sessionTitle: z.string().nullable(),
  start: z.int(),
  end: z.int(),
  quote: z.string(),
  speakers: z.array(z.string()),
  /** The respondents among the passage's people (linked, and not running or watching the session). */
  participantIds: z.array(Id),
  status: z.enum(['anchored', 'orphaned']),
  /** `note`: a live note, the note-taker's paraphrase (never shown as someone's words); `transcript`: spoken words. */
  kind: z.enum(['transcript', 'note']),
  /** Who spoke (or whom a note is about), with their role in the session; `key` is what the speaker filter takes. */
  people: z.array(z.object({ key: z.string(), name: z.string(), participantId: Id.nullable(), role: SessionRole.nullable() })),
  coderId: Id.nullable(),
  coder: z.string().nullable(),
  codedAt: z.string(),
  sessionDate: z.string().nullable(),
  /** Time of the first turn (or note) the passage touches, in ms from the recording's (session's) start. */
  startMs: z.int().nullable(),
  /** The rest of the turns around the quote, to read it in context; null when the passage needs review. */
  context: z.object({ before: z.string(), after: z.string() }).nullable(),
});
export type RetrievedPassage = z.infer<typeof RetrievedPassage>;

/**
 * A step of the undo history as people read it ("Rename "A" to "B""): a catalogue message and its
 * values (code names, quotes, titles), said by whoever shows it, in its own language.
 */
export const StepLabel = SentenceSchema.required();
export type StepLabel = z.infer<typeof StepLabel>;

/** What undo and redo would do next, for menus and tooltips. */
export const HistoryState = z.object({ undo: StepLabel.nullable(), redo: StepLabel.nullable() });
export type HistoryState = z.infer<typeof HistoryState>;

/** Colours offered for new codes: distinct in colour and in grey (print), readable as stripes. */
export const CODE_COLORS = [
  '#4f7cac',
  '#c0504d',
  '#9bbb59',
  '#8064a2',
  '#f79646',
  '#2c9c9c',
  '#d4a017',
  '#7f6000',
  '#e377c2',
  '#17a589',
] as const;

/** Where a detected transcript speaker goes. */
export const SpeakerTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('existing'), participantId: Id, role: SessionRole }),
  z.strictObject({ kind: z.literal('new'), name: z.string().trim().min(1).max(200), role: SessionRole }),
  z.strictObject({ kind: z.literal('none') }),
]);
export type SpeakerTarget = z.infer<typeof SpeakerTarget>;

/** What the transcript import preview shows before anything is written. */
export const TranscriptPreview = z.object({
  fileName: z.string(),
  format: z.string(),
  /** How a text file was read (null for DOCX); the user may choose another of `encodingChoices`. */
  encoding: TextEncodingName.nullable(),
  encodingEvidence: EncodingEvidence.nullable(),
  encodingChoices: z.array(TextEncodingName),
  /** Said in the reader's language: catalogue sentences (shared/i18n/sentence.ts). */
  encodingNote: SentenceSchema.nullable(),
  warnings: z.array(SentenceSchema),
  turns: z.int(),
  characters: z.int(),
  speakers: z.array(z.object({ label: z.string(), turns: z.int(), suggestion: SpeakerTarget })),
  sample: z.array(z.object({ speaker: z.string().nullable(), text: z.string(), startMs: z.int().nullable() })),
});
export type TranscriptPreview = z.infer<typeof TranscriptPreview>;

/** What a transcript import wrote (also what `verbatim import --json` prints). */
export const TranscriptImported = z.object({
  documentId: Id,
  turns: z.int(),
  speakers: z.array(z.object({ name: z.string(), turns: z.int() })),
});
export type TranscriptImported = z.infer<typeof TranscriptImported>;
