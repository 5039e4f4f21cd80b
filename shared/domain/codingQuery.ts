import { z } from 'zod';
import { Id, SessionRole } from './study';
import { MAX_EXPRESSION_LENGTH } from './queryExpression';
import { RetrieveFilter } from './retrieve';

/**
 * What a coding query is limited to, in the retrieve filter's shape (so the same filter bar sets
 * it). Each list left empty limits nothing. `sessionIds`: only the documents of these sessions;
 * `coderIds`: only codings these coders made enter the algebra; `speakers` (speaker keys) and
 * `attributes` (group keys: "detractor" for an NPS 0–6, the value itself otherwise; any of an
 * entry's values, every entry): the result keeps only the words of turns whose speaker passes, so a
 * moderator or an unlinked speaker drops out as soon as an attribute is set.
 */
export const QueryRestrictions = RetrieveFilter;
export type QueryRestrictions = RetrieveFilter;
export const NO_RESTRICTIONS: QueryRestrictions = { sessionIds: [], speakers: [], coderIds: [], attributes: [] };

export const QueryExpressionText = z.string().max(MAX_EXPRESSION_LENGTH);

export const CodingQueryInput = z.strictObject({
  expression: QueryExpressionText,
  restrictions: QueryRestrictions.default(NO_RESTRICTIONS),
});
export type CodingQueryInput = z.input<typeof CodingQueryInput>;

const Count = z.int().nonnegative();

/** One passage of a result: a maximal range of the characters the expression selects in one document. */
export const QueryPassage = z.object({
  documentId: Id,
  documentTitle: z.string(),
  kind: z.enum(['transcript', 'note']),
  sessionId: Id.nullable(),
  sessionTitle: z.string().nullable(),
  sessionDate: z.string().nullable(),
  start: z.int(),
  end: z.int(),
  text: z.string(),
  people: z.array(z.object({ key: z.string(), name: z.string(), participantId: Id.nullable(), role: SessionRole.nullable() })),
  /** The respondents who speak in the passage, as reports count them. */
  participantIds: z.array(Id),
  startMs: z.int().nullable(),
  context: z.object({ before: z.string(), after: z.string() }),
});
export type QueryPassage = z.infer<typeof QueryPassage>;

export const CodingQueryResult = z.object({
  passages: z.array(QueryPassage),
  documents: Count,
  /** Per respondent: how many of the passages they speak in, most first. */
  participants: z.array(z.object({ participantId: Id, name: z.string(), passages: Count })),
});
export type CodingQueryResult = z.infer<typeof CodingQueryResult>;

export const SavedQueryName = z.string().trim().min(1).max(200);

/** A coding query kept in the study to run again. */
export const SavedQuery = z.object({
  id: Id,
  name: z.string(),
  expression: z.string(),
  restrictions: QueryRestrictions,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Who saved it. */
  coder: z.string().nullable(),
});
export type SavedQuery = z.infer<typeof SavedQuery>;
