import { z } from 'zod';
import { JobId } from './jobChannels';
import {
  Code,
  CodeDescription,
  CodeName,
  Coding,
  DocumentSummary,
  DocumentView,
  HistoryState,
  Memo,
  MemoOverview,
  MemoTarget,
  NewCode,
  RetrievedPassage,
  SpeakerTarget,
  StepLabel,
  TranscriptImported,
  TranscriptPreview,
} from '../../domain/coding';
import { Id, SessionFields } from '../../domain/study';
import { TextEncodingName, UiLanguage } from '../../text/encodings';
import { BackedUp, Done, Empty } from './studyChannels';

/**
 * A transcript taken in by the one road in (files:pickToOpen or an upload, kind `transcript`); the
 * backend detects the encoding. A preview keeps the file (the user may change the session and look
 * again); a commit lets it go, whether it succeeds or not. The preview may omit `sessionId` for a
 * session that will be made by the import itself.
 */
const TranscriptFile = z.strictObject({
  sessionId: Id.optional(),
  fileId: z.uuid(),
  jobId: JobId.optional(),
  /** The encoding chosen in the preview; the commit must name the one the user saw. */
  encoding: TextEncodingName.optional(),
  uiLanguage: UiLanguage.optional(),
});
const Offset = z.int().nonnegative().max(1_000_000_000);
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #4f7cac');

/** Channels of the coding workspace: transcripts, documents, the codebook, codings, memos, undo. */
export const codingChannels = {
  'transcripts:importPreview': { input: TranscriptFile, output: TranscriptPreview },
  /**
   * Imports into the session `sessionId`, or into a session made from `newSession` by the same
   * transaction (a failed import then leaves no empty session behind). Exactly one of the two.
   */
  'transcripts:importCommit': {
    input: TranscriptFile.extend({
      newSession: SessionFields.optional(),
      title: z.string().trim().max(200).optional(),
      mapping: z
        .array(z.strictObject({ label: z.string().max(200), target: SpeakerTarget }))
        .max(500)
        .default([]),
    }).refine((i) => (i.sessionId === undefined) !== (i.newSession === undefined), 'give either sessionId or newSession, not both'),
    output: TranscriptImported,
  },

  'documents:list': { input: Empty, output: z.array(DocumentSummary) },
  'documents:get': { input: z.strictObject({ id: Id }), output: DocumentView },
  /** Replaces one turn's text; codings move with their words. `baseRev` guards against stale editors. */
  'documents:editTurn': {
    input: z.strictObject({ documentId: Id, turnId: Id, baseRev: z.int().nonnegative(), text: z.string().max(1_000_000) }),
    output: DocumentView,
  },
  'documents:delete': { input: z.strictObject({ id: Id }), output: BackedUp },

  'codes:list': { input: Empty, output: z.array(Code) },
  'codes:create': { input: NewCode, output: Code },
  'codes:update': {
    input: z.strictObject({
      id: Id,
      name: CodeName.optional(),
      color: Color.optional(),
      description: CodeDescription.partial().optional(),
    }),
    output: Code,
  },
  'codes:move': { input: z.strictObject({ id: Id, parentId: Id.nullable(), position: z.int().nonnegative().max(100_000) }), output: Code },
  'codes:pin': { input: z.strictObject({ id: Id, pin: z.int().min(1).max(9).nullable() }), output: Code },
  'codes:merge': { input: z.strictObject({ sourceId: Id, targetId: Id }), output: BackedUp.extend({ code: Code }) },
  'codes:split': { input: z.strictObject({ id: Id, codingIds: z.array(Id).min(1).max(100_000), name: CodeName }), output: Code },
  'codes:delete': { input: z.strictObject({ id: Id }), output: BackedUp },
  /** Every passage coded with a code (and its sub-codes), with speaker and session. */
  'codes:retrieve': {
    input: z.strictObject({ codeId: Id, includeChildren: z.boolean().default(true) }),
    output: z.array(RetrievedPassage),
  },

  /** Codes `[start, end)` of a document with an existing code, or with a new one (`newCode`) in one step. */
  'codings:create': {
    input: z.strictObject({
      documentId: Id,
      start: Offset,
      end: Offset,
      codeId: Id.optional(),
      newCode: z.strictObject({ name: CodeName, parentId: Id.nullable().default(null) }).optional(),
    }),
    /**
     * The coding, with the codes whose counts it changed (its code and the codes above it) counted
     * afresh: the page that coded updates its codebook from them instead of reading it again.
     */
    output: Coding.extend({ codes: z.array(Code) }),
  },
  /** Recode (codeId), adjust boundaries (start/end) or attach a memo. */
  'codings:update': {
    input: z.strictObject({
      id: Id,
      codeId: Id.optional(),
      start: Offset.optional(),
      end: Offset.optional(),
      memo: z.string().max(100_000).nullable().optional(),
    }),
    output: Coding,
  },
  'codings:delete': { input: z.strictObject({ id: Id }), output: Done },

  'memos:list': { input: z.strictObject({ target: MemoTarget.optional() }), output: z.array(Memo) },
  /** Every memo of the study (project, session, document, code, coding), newest first, with what it is about. */
  'memos:overview': { input: Empty, output: z.array(MemoOverview) },
  'memos:save': {
    // existing: the caller edits a memo it knows was saved; if it is gone (deleted elsewhere) the save is refused, not a re-creation.
    input: z.strictObject({
      id: Id.optional(),
      target: MemoTarget,
      title: z.string().max(500),
      body: z.string().max(1_000_000),
      existing: z.boolean().optional(),
    }),
    output: Memo,
  },
  'memos:delete': { input: z.strictObject({ id: Id }), output: Done },

  'history:state': { input: Empty, output: HistoryState },
  'history:undo': { input: Empty, output: HistoryState.extend({ undone: StepLabel }) },
  'history:redo': { input: Empty, output: HistoryState.extend({ redone: StepLabel }) },
} as const;
