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
import { Delivery } from '../../domain/files';
import { MatrixCellQuery, MatrixCellResult, MatrixFormat, MatrixQuery, MatrixResult } from '../../domain/matrix';

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

/** Matrix coding: codes by attribute values, sessions, participants or codes (the Queries tab's Matrix view). */
export const matrixChannels = {
  /** The table: a count per code and column, with totals and a title saying what is counted. */
  'queries:matrix': { input: MatrixQuery, output: MatrixResult },
  /** The passages one cell counted, as the Passages view shows them. */
  'queries:matrixCell': { input: MatrixCellQuery, output: MatrixCellResult },
  /** The same table as a CSV or Excel file, delivered like every export (see Delivery). */
  'queries:matrixExport': { input: MatrixQuery.extend({ format: MatrixFormat }), output: Delivery },
} as const;
