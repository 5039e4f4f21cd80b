import { z } from 'zod';
import { Delivery } from '../../domain/files';
import { Id } from '../../domain/study';
import type { ThemeDelta } from '../../reports/compare';
import { ReportDefinition } from '../../reports/definition';
import type { ReportResult } from '../../reports/result';
import { JobId } from './jobChannels';
import { Done, Empty } from './studyChannels';

/** Report results are produced by our own aggregation, so the output check is structural only. */
const Result = z.custom<ReportResult>((v) => typeof v === 'object' && v !== null && Array.isArray((v as { themes?: unknown }).themes));

/** A saved report definition. */
export const SavedReport = z.object({
  id: Id,
  title: z.string(),
  definition: ReportDefinition,
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** A generated snapshot as listed (without its results). */
export const SnapshotMeta = z.object({ id: Id, reportId: Id.nullable(), title: z.string(), createdAt: z.string(), appVersion: z.string() });
/** A snapshot with the definition it was generated from and its frozen results. */
export const ReportSnapshot = SnapshotMeta.extend({ definition: ReportDefinition, result: Result });

/** The export formats of a report (CSV is several files: one table each). */
export const REPORT_FORMATS = ['html', 'docx', 'pdf', 'xlsx', 'csv', 'json'] as const;
export const ReportFormat = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormat>;

const Comparison = z.custom<{ participantsInScope: { before: number; after: number }; themes: ThemeDelta[] }>(
  (v) => typeof v === 'object' && v !== null && Array.isArray((v as { themes?: unknown }).themes),
);

/** Channels of reports: definitions, runs, immutable snapshots, comparisons, exports, starred quotes. */
export const reportChannels = {
  'reports:list': { input: Empty, output: z.array(SavedReport) },
  'reports:save': { input: z.strictObject({ id: Id.optional(), definition: ReportDefinition }), output: SavedReport },
  'reports:delete': { input: z.strictObject({ id: Id }), output: Done },
  /** Computes a report without storing it (the builder's live preview). */
  'reports:run': { input: z.strictObject({ definition: ReportDefinition }), output: Result },
  /** Computes a report (in a worker, followed as job `jobId` when given) and stores it as an immutable snapshot. */
  'reports:generate': {
    input: z.strictObject({ reportId: Id.nullable().default(null), definition: ReportDefinition, jobId: JobId.optional() }),
    output: ReportSnapshot,
  },
  'reports:snapshots': { input: Empty, output: z.array(SnapshotMeta) },
  'reports:snapshot': { input: z.strictObject({ id: Id }), output: ReportSnapshot },
  /** Per-theme deltas from an earlier snapshot to a later one. */
  'reports:compare': { input: z.strictObject({ beforeId: Id, afterId: Id }), output: Comparison },
  /** Renders a stored snapshot in a format (CSV gives one file per table), delivered like every export (see Delivery). */
  'reports:export': { input: z.strictObject({ snapshotId: Id, format: ReportFormat, jobId: JobId.optional() }), output: Delivery },
  /** The study's users (coders) with how many codings each made, by name; the builder offers those with codings. */
  'users:list': { input: Empty, output: z.array(z.object({ id: Id, name: z.string(), codings: z.int().min(0) })) },
  /** Stars (or unstars) a coding as a quote to show in reports. */
  'reports:starQuote': { input: z.strictObject({ codingId: Id, starred: z.boolean() }), output: Done },
} as const;
