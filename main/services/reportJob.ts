import { aggregateReport } from '../../shared/reports/aggregate';
import type { ReportDefinition } from '../../shared/reports/definition';
import type { ReportResult } from '../../shared/reports/result';
import type { ReportJobInput } from '../../shared/reports/rows';
import { jobOptions, throwIfCancelled, throwIfClosed, type JobControl } from '../jobs/control';
import type { JobPart } from '../jobs/protocol';
import { runJob } from '../jobs/runJob';
import { catalogRows, loadReportData } from './reportData';
import { ChangedWhileReading, nextTurn, watchForWrites } from './sliceReads';
import type { Study } from './study';

/** Codings per slice: a few milliseconds of reading and sending (raw rows, each with its quote). */
const CODINGS_PER_SLICE = 2_000;
/** Documents whose turns go in one slice (200 turns each in a large study). */
const DOCS_PER_SLICE = 10;

/**
 * The rows a report reads, a slice at a time with a turn of the event loop between slices (see
 * sliceReads.ts), in exactly the order of one whole read (reportsRepo: codings by rowid, turns by
 * document). `unchanged` ends the reading once the study was written to.
 */
async function* rowSlices(study: Study, unchanged: () => void, control: JobControl | undefined): AsyncGenerator<JobPart> {
  const { reports } = study.repos;
  for (const [field, rows] of Object.entries(catalogRows(study))) yield { field, rows };
  yield { field: 'starred', rows: [...reports.starred()] };
  await nextTurn();
  unchanged();
  const total = Math.max(1, reports.codingCount());
  const ids = reports.documentIds();
  // Each list starts empty, so a study without turns or codings still hands the worker a list.
  yield { field: 'turns', rows: [] };
  for (let i = 0; i < ids.length; i += DOCS_PER_SLICE) {
    yield { field: 'turns', rows: ids.slice(i, i + DOCS_PER_SLICE).flatMap((id) => reports.turnsOf(id)) };
    control?.progress?.('imports.stageReadingStudy', (10 * Math.min(ids.length, i + DOCS_PER_SLICE)) / ids.length);
    await nextTurn();
    unchanged();
  }
  yield { field: 'codings', rows: [] };
  let read = 0;
  for (let after = 0; ;) {
    const slice = reports.codingsAfter(after, CODINGS_PER_SLICE);
    if (slice.length === 0) break;
    after = slice[slice.length - 1]![7];
    for (const row of slice) row.pop(); // the rowid, only the cursor's
    read += slice.length;
    yield { field: 'codings', rows: slice };
    control?.progress?.('imports.stageReadingStudy', 10 + (30 * Math.min(read, total)) / total);
    await nextTurn();
    unchanged();
  }
}

/** Sliced reads to try before counting here in one go: a live-notes autosave is one short write. */
const SLICED_ATTEMPTS = 3;

/**
 * Counts a report over the study as it is now. The rows are read here in slices, between which the
 * backend answers other calls, and counted in a worker. The rows carry every coding's quote: reading
 * them costs more than the count on this thread in one go, but in slices no call waits long for it,
 * and the worker then quotes exactly as counting here does. If the study is written to before the
 * count is back, it is counted again; after
 * {@link SLICED_ATTEMPTS} interrupted tries it is counted here, in one go (a short freeze, one
 * consistent state). A study closed meanwhile is CONFLICT.
 */
export async function countReport(
  study: Study,
  definition: ReportDefinition,
  generatedAt: string,
  control?: JobControl,
): Promise<ReportResult> {
  const what = 'report';
  control?.progress?.('imports.stageReadingStudy', 0);
  for (let attempt = 1; attempt <= SLICED_ATTEMPTS; attempt++) {
    const unchanged = watchForWrites(study);
    try {
      const input = { definition, generatedAt } as ReportJobInput; // the rows arrive as slices
      const counted = await runJob('report:aggregate', input, {
        ...jobOptions(control, 40, 95, what),
        parts: rowSlices(study, unchanged, control),
      });
      unchanged(); // a write while the worker counted: the count is of a study that is no more
      return counted;
    } catch (error) {
      if (!(error instanceof ChangedWhileReading)) throw error;
      throwIfClosed(study.db, what);
    }
  }
  throwIfCancelled(control, what);
  return aggregateReport(loadReportData(study), definition, generatedAt);
}
