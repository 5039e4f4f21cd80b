import { z } from 'zod';
import { RetrievedPassage } from './coding';
import { RetrieveFilter } from './retrieve';
import { Id } from './study';
import { LOCALES } from '../i18n/locales';

/** What the columns of a matrix are: the groups of an attribute, the sessions, the respondents, or other codes. */
export const MatrixColumns = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('attribute'), attributeId: Id }),
  z.strictObject({ by: z.literal('sessions') }),
  z.strictObject({ by: z.literal('participants') }),
  z.strictObject({ by: z.literal('codes'), codeIds: z.array(Id).min(1).max(200) }),
]);
export type MatrixColumns = z.infer<typeof MatrixColumns>;

/**
 * What a cell counts: the codings in it, the distinct respondents who said them (for attribute and
 * participant columns, only the people of that column), or the words of the coded text.
 */
export const MatrixCount = z.enum(['codings', 'participants', 'words']);
export type MatrixCount = z.infer<typeof MatrixCount>;

/**
 * A matrix coding query: codes as rows (each with its sub-codes, as the Passages view reads a
 * code) and saved coding queries (their passages), columns, what to count, and the Passages view's filters (without speakers: the columns
 * say who). The moderator, observers and note-takers are left out unless asked for, as reports do.
 */
export const MatrixQuery = z.strictObject({
  /** Codes as rows (at least one row, a code or a saved query, is needed). */
  codeIds: z.array(Id).max(200).default([]),
  /** Saved coding queries as rows, after the codes: each counts the passages the query finds. */
  savedQueryIds: z.array(Id).max(50).default([]),
  includeChildren: z.boolean().default(true),
  columns: MatrixColumns,
  count: MatrixCount.default('codings'),
  includeModerator: z.boolean().default(false),
  filter: RetrieveFilter.omit({ speakers: true }).optional(),
  language: z.enum([...LOCALES, 'pseudo']).default('en'),
});
export type MatrixQuery = z.input<typeof MatrixQuery>;
export type ParsedMatrixQuery = z.output<typeof MatrixQuery>;

const Count = z.int().nonnegative();

/**
 * The table. `cells[row][column]`; a row's total counts each coding (person, word) of the row once
 * even when it falls in several columns (a passage two respondents share), so it can be less than
 * the sum of the row, and likewise a column's total and the grand total.
 */
export const MatrixResult = z.object({
  count: MatrixCount,
  /** `id` is the code's or the saved query's; a query's `path` is its name. */
  rows: z.array(z.object({ kind: z.enum(['code', 'query']), id: Id, path: z.string(), name: z.string() })),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  cells: z.array(z.array(Count)),
  rowTotals: z.array(Count),
  columnTotals: z.array(Count),
  total: Count,
  /** In words: what is counted, by what, and the filters ("Codings by NPS · respondents only"). */
  title: z.string(),
});
export type MatrixResult = z.infer<typeof MatrixResult>;

/** One cell: a row's id (code or saved query) and a column's key as the result names them. */
export const MatrixCellQuery = MatrixQuery.extend({ rowId: Id, columnKey: z.string().max(1000) });
export type MatrixCellQuery = z.input<typeof MatrixCellQuery>;

/** A cell's passages, as the Passages view shows them (session by session). */
export const MatrixCellResult = z.object({ passages: z.array(RetrievedPassage) });
export type MatrixCellResult = z.infer<typeof MatrixCellResult>;

export const MatrixFormat = z.enum(['csv', 'xlsx']);
export type MatrixFormat = z.infer<typeof MatrixFormat>;
