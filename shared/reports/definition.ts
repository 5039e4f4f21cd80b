import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { DocumentKind } from '../domain/coding';
import { Id, IsoDate, SessionKind } from '../domain/study';

const Ids = z.array(Id).max(10_000);

/** One participant filter: keep participants whose value of `attributeId` is one of `values`. */
export const AttributeFilter = z.strictObject({
  attributeId: Id,
  /** Raw values (category text or a score); for NPS/CSAT/CES scores also group keys like "promoter" or "low". */
  values: z
    .array(z.union([z.string().max(500), z.number()]))
    .min(1)
    .max(500),
});
export type AttributeFilter = z.infer<typeof AttributeFilter>;

/** Which codings a report counts. Every list left empty (or missing) means "no restriction". */
export const ReportFilters = z.strictObject({
  sessionIds: Ids.default([]),
  sessionKinds: z.array(SessionKind).max(10).default([]),
  participants: z.array(AttributeFilter).max(100).default([]),
  coderIds: Ids.default([]),
  /** Inclusive range on the session date; sessions without a date drop out once a bound is set. */
  dateFrom: IsoDate.nullable().default(null),
  dateTo: IsoDate.nullable().default(null),
  /** e.g. ['notes'] for live notes only, ['transcript'] for transcripts only. */
  documentKinds: z.array(DocumentKind).max(10).default([]),
  /**
   * Count moderators, observers and note-takers (by their role in each session) like respondents:
   * in participant counts, shares, breakdowns, drivers and quotes. Off, a report is about respondents.
   */
  includeNonRespondents: z.boolean().default(false),
});
export type ReportFilters = z.infer<typeof ReportFilters>;

/** How quotes are picked for each theme. */
export const QuoteOptions = z.strictObject({
  perTheme: z.int().min(0).max(50).default(3),
  /** Never more than one quote per participant per theme (the default protects against one loud voice). */
  onePerParticipant: z.boolean().default(true),
  /** Attributes printed after the speaker's pseudonym, e.g. "Promoter, 35–44, Urban". */
  attributeIds: Ids.default([]),
  /** Quote live notes too (always marked as notes: they are the note-taker's words, not verbatim). */
  includeNotes: z.boolean().default(true),
});
export type QuoteOptions = z.infer<typeof QuoteOptions>;

/**
 * A saved report: which codes (all, a chosen list, or one branch of the codebook), the filters,
 * the quote options and which attributes the breakdown uses (empty = every category and score attribute).
 */
export const ReportDefinition = z.strictObject({
  title: z.string().trim().min(1).max(200).default('Theme report'),
  /** The language the report is written in (a Norwegian agency may write for an English client). */
  language: z.enum(LOCALES).default('en'),
  codeIds: Ids.default([]),
  branchId: Id.nullable().default(null),
  filters: ReportFilters.default(ReportFilters.parse({})),
  quotes: QuoteOptions.default(QuoteOptions.parse({})),
  breakdownAttributeIds: Ids.default([]),
});
/** A definition after defaults were applied. */
export type ReportDefinition = z.infer<typeof ReportDefinition>;
/** A definition as a caller may write it (every field optional). */
export type ReportDefinitionInput = z.input<typeof ReportDefinition>;
