import { z } from 'zod';
import {
  CodingQueryInput,
  CodingQueryResult,
  QueryExpressionText,
  QueryRestrictions,
  SavedQuery,
  SavedQueryName,
} from '../../domain/codingQuery';
import { RetrieveOptions, RetrieveQuery } from '../../domain/retrieve';
import { Id } from '../../domain/study';

const NewCode = z.strictObject({ name: z.string().trim().min(1).max(200), parentId: Id.nullable().default(null) });

/** Coding queries: codes combined with AND, OR, NOT and NEAR, kept in the study, and coded as a new code. */
export const queryChannels = {
  /** The passages an expression selects, with how many each respondent speaks in. */
  'queries:run': { input: CodingQueryInput, output: CodingQueryResult },
  /** What a query can be limited to: the retrieve filter's choices over every coded passage. */
  'queries:options': { input: RetrieveQuery.pick({ language: true }), output: RetrieveOptions },
  /** The study's saved queries, by name. */
  'queries:list': { input: z.strictObject({}), output: z.array(SavedQuery) },
  'queries:save': {
    input: z.strictObject({ name: SavedQueryName, expression: QueryExpressionText, restrictions: QueryRestrictions }),
    output: SavedQuery,
  },
  /** Renames a saved query or replaces what it asks. */
  'queries:update': {
    input: z.strictObject({
      id: Id,
      name: SavedQueryName.optional(),
      expression: QueryExpressionText.optional(),
      restrictions: QueryRestrictions.optional(),
    }),
    output: SavedQuery,
  },
  'queries:delete': { input: z.strictObject({ id: Id }), output: z.null() },
  /** Codes every passage of the query with a new code, in one undo step. */
  'queries:codeResults': {
    input: CodingQueryInput.extend({ code: NewCode }),
    output: z.object({ codeId: Id, codings: z.int().nonnegative() }),
  },
} as const;
