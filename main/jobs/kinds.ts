import type { ExportInput } from '../io/refi/snapshot';
import type { PlainPlan } from '../io/refi/plan';
import type { ExportFormat, ReportFile } from '../io/report';
import type { ReportResult } from '../../shared/reports/result';
import type { ReportJobInput } from '../../shared/reports/rows';
import type { ParsedTranscript } from '../../shared/transcripts/types';
import type { DecodeOptions } from '../../shared/text/encodings';
import type { JobPart, ReportProgress } from './protocol';

/**
 * The work that runs off the backend thread: pure functions from plain data to plain data. Each
 * loads its modules when first called, so a worker starts with only what its one job needs.
 * The backend reads what a job needs before it starts and writes what it returns afterwards.
 */
export const jobKinds = {
  /** A study snapshot into the bytes of a .qdpx archive. */
  'qdpx:export': async (
    input: ExportInput,
    progress: ReportProgress,
    parts?: AsyncIterable<JobPart>,
  ): Promise<{ bytes: Uint8Array; notes: string[] }> => {
    const { exportProjectFiles } = await import('../io/refi/exportProject');
    const { exportProjectStreamed } = await import('../io/refi/exportStreamed');
    const { snapshotFromInput } = await import('../io/refi/snapshot');
    const { writeZipAsync } = await import('../formats/zipWriter');
    // Streamed, the sources are written while the study is still read (the backend reports that progress).
    if (!parts) progress('imports.stageWritingProjectFile', 5);
    const { files, notes } = parts ? await exportProjectStreamed(input, parts) : exportProjectFiles(snapshotFromInput(input));
    progress('imports.stageCompressing', 50);
    const bytes = await writeZipAsync(files, {
      onEntry: (done, total) => progress('imports.stageCompressing', 50 + Math.floor((49 * done) / total)),
    });
    return { bytes, notes };
  },
  /** The .qdpx at `path` into an import plan (plain data; the backend writes it). Read by position here, never whole. */
  'qdpx:plan': async (input: { path: string }, progress: ReportProgress): Promise<PlainPlan> => {
    const { planQdpxFile } = await import('../io/refi/planFile');
    const { planToPlain } = await import('../io/refi/plan');
    progress('imports.stageReadingProject', 5);
    const plan = planQdpxFile(input.path, progress);
    progress('imports.stagePreparingImport', 95);
    return planToPlain(plan);
  },
  /** The bytes of a .qdc into an import plan. */
  'qdc:plan': async (input: { bytes: Uint8Array }, progress: ReportProgress): Promise<PlainPlan> => {
    const { planQdcFile } = await import('../io/refi/planFile');
    const { planToPlain } = await import('../io/refi/plan');
    progress('imports.stageReadingCodebook', 5);
    return planToPlain(planQdcFile(input.bytes));
  },
  /** A transcript file (VTT, SRT, SBV, TXT, DOCX…) into text and turns. */
  'transcript:read': async (
    input: { fileName: string; bytes: Uint8Array; decode: DecodeOptions },
    progress: ReportProgress,
  ): Promise<ParsedTranscript> => {
    const { readTranscript } = await import('../io/transcripts/importTranscriptFile');
    progress('imports.stageReadingTranscript', 10);
    return readTranscript(input.fileName, input.bytes, input.decode);
  },
  /** A report counted from the study's rows, quotes included (sent in slices: the study is not open here). */
  'report:aggregate': async (input: ReportJobInput, progress: ReportProgress): Promise<ReportResult> => {
    const { aggregateReport } = await import('../../shared/reports/aggregate');
    const { quotesCarried, reportDataFromRows } = await import('../../shared/reports/rows');
    progress('imports.stageCounting', 10);
    return aggregateReport(reportDataFromRows(input, quotesCarried(input.codings)), input.definition, input.generatedAt);
  },
  /** A generated report into files of one format. */
  'report:render': async (
    input: { result: ReportResult; format: ExportFormat; fontsDir: string },
    progress: ReportProgress,
  ): Promise<ReportFile[]> => {
    const { renderReport } = await import('../io/report');
    progress('imports.stageRendering', 10, { format: input.format.toUpperCase() });
    return renderReport(input.result, input.format, { fontsDir: input.fontsDir });
  },
} as const;

/** A job kind of {@link jobKinds}. */
export type JobKind = keyof typeof jobKinds;
/** What a job of kind K takes. */
export type JobInput<K extends JobKind> = Parameters<(typeof jobKinds)[K]>[0];
/** What a job of kind K gives back. */
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof jobKinds)[K]>>;

/** Jobs that take their streamed input's parts as they arrive (a third argument); others get them all at once. */
export function takesParts(kind: JobKind): boolean {
  return kind === 'qdpx:export';
}

/** True when `kind` names a job (own property only). */
export function isJobKind(kind: unknown): kind is JobKind {
  return typeof kind === 'string' && Object.hasOwn(jobKinds, kind);
}
