import { z } from 'zod';
import { Id } from './study';
import { MAX_QUERY_LENGTH, SearchFilter } from './search';

/**
 * Autocode: code every hit of a text search, as the hit, its sentence, its turn or the speaker's whole
 * answer (their consecutive turns until someone else speaks). The service is main/services/search/autocode.ts.
 */
export const AutocodeScope = z.enum(['hit', 'sentence', 'turn', 'answer']);
export type AutocodeScope = z.infer<typeof AutocodeScope>;

/** A code path as the codebook shows it: names from the top joined by "/" ("Price/Too expensive"). */
export const CodePath = z.string().trim().min(1).max(2000);

/**
 * What to autocode: the search (its query, fuzzy and filter; moderators are left out unless the
 * filter's `includeModerator`), the scope, and the code by path (created, with any missing parent,
 * when it does not exist yet). The preview takes the same input; without a code it cannot say which
 * passages are coded already.
 */
export const AutocodeInput = z.strictObject({
  query: z.string().max(MAX_QUERY_LENGTH),
  fuzzy: z.boolean().optional(),
  filter: SearchFilter.optional(),
  scope: AutocodeScope.default('hit'),
  /** The code's path in the codebook ("Price/Too expensive"), not a file. */
  code: CodePath,
});
export type AutocodeInput = z.input<typeof AutocodeInput>;

export const AutocodePreviewInput = AutocodeInput.extend({ code: CodePath.optional() });
export type AutocodePreviewInput = z.input<typeof AutocodePreviewInput>;

const Count = z.int().nonnegative();

/** One passage as the preview lists it. */
export const AutocodePassage = z.object({
  documentId: Id,
  documentTitle: z.string(),
  sessionTitle: z.string().nullable(),
  speaker: z.string().nullable(),
  start: Count,
  end: Count,
  /** The passage's words on one line, shortened for the list. */
  text: z.string(),
  /** The same words already carry the code from this coder: applying leaves them as they are. */
  alreadyCoded: z.boolean(),
});
export type AutocodePassage = z.infer<typeof AutocodePassage>;

/**
 * What applying would do: `total` passages from `hits` hits (overlapping ones joined), of which
 * `alreadyCoded` are coded already; hits in memos (`memos`) and in moderators' turns (`moderator`)
 * left out. `passages` lists the first ones; `codeExists` says whether the code is there or would be created.
 */
export const AutocodePreview = z.object({
  passages: z.array(AutocodePassage),
  total: Count,
  hits: Count,
  alreadyCoded: Count,
  memos: Count,
  moderator: Count,
  codeExists: z.boolean(),
});
export type AutocodePreview = z.infer<typeof AutocodePreview>;

/** What applying did, in one undo step: `coded` new codings, `alreadyCoded` left as they were. */
export const AutocodeResult = z.object({
  codeId: Id,
  codePath: z.string(),
  codeCreated: z.boolean(),
  hits: Count,
  coded: Count,
  alreadyCoded: Count,
  passages: z.array(z.object({ documentId: Id, start: Count, end: Count })),
});
export type AutocodeResult = z.infer<typeof AutocodeResult>;
