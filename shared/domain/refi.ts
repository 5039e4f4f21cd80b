import { z } from 'zod';
import { SentenceSchema } from '../i18n/sentence';
import { StudySummary } from './study';

/** How many things of each REFI-QDA kind an import brought in (matched or newly created). */
export const ImportCounts = z.object({
  /** Text sources that became documents (or whose codings were merged into an existing document). */
  sources: z.int(),
  codes: z.int(),
  codings: z.int(),
  /** Cases that became participants. */
  cases: z.int(),
  /** Variables that became participant attributes. */
  variables: z.int(),
  /** Notes and descriptions that became memos. */
  notes: z.int(),
  users: z.int(),
  sessions: z.int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/**
 * Something that was imported in a way the user should know about ("matched by GUID", "renamed").
 * `what` and `how` are English (logs, `--json`); where the sentences exist as catalogue messages
 * they come beside, and readers say those in their language.
 */
export const ImportMapping = z.object({
  what: z.string(),
  how: z.string(),
  whatSentence: SentenceSchema.optional(),
  howSentence: SentenceSchema.optional(),
});
export type ImportMapping = z.infer<typeof ImportMapping>;

/** Something that was left out, and why. The REFI-QDA spec requires telling the user. */
export const ImportDropped = z.object({
  what: z.string(),
  why: z.string(),
  whatSentence: SentenceSchema.optional(),
  whySentence: SentenceSchema.optional(),
});
export type ImportDropped = z.infer<typeof ImportDropped>;

/**
 * What an import of a `.qdpx` project or a `.qdc` codebook did: always shown to the user, also when
 * nothing was dropped. `dropped` never silently shrinks: past a cap its last entry says how many more.
 */
export const ImportReport = z.object({
  fileName: z.string(),
  format: z.enum(['qdpx', 'qdc']),
  into: z.enum(['new', 'open']),
  /** The exporting tool as the file names it (`origin`), e.g. "NVivo for Windows 12.6". */
  origin: z.string().nullable(),
  counts: ImportCounts,
  /** One sentence on how selection positions were read (unit, line breaks), or null without text selections. */
  positions: z.string().nullable(),
  /** `positions` as a sentence, said in the reader's language. */
  positionsSentence: SentenceSchema.optional(),
  mapped: z.array(ImportMapping),
  dropped: z.array(ImportDropped),
  /** A copy of the open study taken before merging into it. */
  backupPath: z.string().nullable(),
  study: StudySummary,
});
export type ImportReport = z.infer<typeof ImportReport>;
