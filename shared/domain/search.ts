import { z } from 'zod';
import { Id, SessionRole } from './study';

/**
 * Text search over the whole study: the query, its filter and its hits. The search engine lives in
 * main/services/search/; this is what the page, the CLI, autocode and word frequencies agree on.
 */

/** Where a hit can be: a transcript turn, a live note (a turn of a session's notes document), a memo. */
export const SearchKind = z.enum(['transcript', 'notes', 'memo']);
export type SearchKind = z.infer<typeof SearchKind>;

const Keys = <T extends z.ZodType>(item: T) => z.array(item).max(10_000).optional();

/**
 * Which units to search, with the retrieve filter's shapes: each list left out (or empty) keeps
 * everything, a unit must pass every list given. Speakers are the retrieve filter's keys
 * (`p:<participant id>` or `l:<label>`); attribute values are group keys as reports use them.
 * Moderators' words are left out unless `includeModerator`; memos have no speaker and pass the
 * speaker and attribute lists only when those are empty.
 */
export const SearchFilter = z.strictObject({
  sessionIds: Keys(Id),
  kinds: z.array(SearchKind).max(3).optional(),
  includeModerator: z.boolean().optional(),
  speakers: Keys(z.string().max(300)),
  attributes: z
    .array(z.strictObject({ attributeId: Id, values: z.array(z.string().max(1000)).min(1).max(1000) }))
    .max(200)
    .optional(),
});
export type SearchFilter = z.infer<typeof SearchFilter>;

/** Longest query taken, in UTF-16 code units: a query is typed, not pasted documents. */
export const MAX_QUERY_LENGTH = 2000;

/**
 * A search: the query in the query language (words that must all appear, "phrases", prefix*, AND,
 * OR, NOT, parentheses, NEAR/n, decided per unit), `fuzzy` to also match words a typo away, and how
 * many hits to return at most (`total` still counts them all).
 */
export const SearchInput = z.strictObject({
  query: z.string().max(MAX_QUERY_LENGTH),
  fuzzy: z.boolean().optional(),
  filter: SearchFilter.optional(),
  limit: z.int().min(1).max(100_000).optional(),
});
export type SearchInput = z.infer<typeof SearchInput>;

const Offset = z.int().nonnegative();

/**
 * One hit: the matched words and where they are. For a transcript turn and a live note, `documentId`
 * is the document (transcript or the session's notes) and every offset is a UTF-16 offset into its
 * text, as codings use them; `noteId` names the note. For a memo `documentId` is null, `memoId`
 * names it and the offsets are into its body. `unitStart`/`unitEnd` are the turn's, note's or
 * memo's span in the same offsets.
 */
export const SearchHit = z.object({
  kind: SearchKind,
  documentId: Id.nullable(),
  noteId: Id.nullable(),
  memoId: Id.nullable(),
  sessionId: Id.nullable(),
  sessionTitle: z.string().nullable(),
  /** The turn, note or memo id. */
  unitId: Id,
  unitStart: Offset,
  unitEnd: Offset,
  start: Offset,
  end: Offset,
  /** Who spoke (or whom a note is about), with their role in the session; `key` is what the speaker filter takes. */
  speaker: z.object({ key: z.string(), participantId: Id.nullable(), name: z.string(), role: SessionRole.nullable() }).nullable(),
  /** The speaker's attribute values as people read them (empty without a linked person). */
  attributes: z.array(z.object({ name: z.string(), value: z.string() })),
  /** Keyword in context: the unit's text before the hit (cut with "…"), the hit, and after it. */
  before: z.string(),
  match: z.string(),
  after: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/**
 * The hits in reading order (sessions as retrieve orders them, then document, then offset), at most
 * `limit` of them; `total` hits in `units` units in all; `truncated` when some were left out. `terms`
 * are the normalised words the query matched after fuzzy expansion, what to highlight.
 */
export const SearchResult = z.object({
  hits: z.array(SearchHit),
  total: z.int().nonnegative(),
  units: z.int().nonnegative(),
  truncated: z.boolean(),
  terms: z.array(z.string()),
});
export type SearchResult = z.infer<typeof SearchResult>;
