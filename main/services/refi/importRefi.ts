import type { ImportReport } from '../../../shared/domain/refi';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { createRefiRepo } from '../../db/repos/refiRepo';
import { withIndexesBuiltAfter } from '../../db/bulkIndexes';
import { planFromPlain, type ImportPlan } from '../../io/refi/plan';
import { jobOptions, throwIfCancelled, throwIfClosed, type JobControl } from '../../jobs/control';
import { transferablesOf } from '../../jobs/protocol';
import { runJob } from '../../jobs/runJob';
import { now, type Study } from '../study';
import type { StudyManager } from '../../app/studyManager';
import { writeCodes, writeSessions, writeUsers, type WriteContext } from './writeCatalog';
import { writeDocuments, writeMemos } from './writeDocs';
import { writeSpeakerMappings } from './writeLive';
import { writeAttributes, writeParticipants } from './writePeople';

/** What a worker plans: a .qdpx by its path (read there by position, so no bytes cross threads) or a .qdc's bytes. */
export type PlanSource = { format: 'qdpx'; path: string } | { format: 'qdc'; bytes: Uint8Array };

/**
 * Plans a .qdpx or .qdc in a worker, so the backend stays responsive while a large file is read.
 * A .qdc's `bytes` are moved to the worker: the caller must not use them afterwards. `next` is what
 * the progress panel says once the plan is ready (a save dialog may come before any writing).
 */
export async function planInWorker(
  source: PlanSource,
  control?: JobControl,
  next: MessageId = 'imports.stageWritingIntoStudy',
): Promise<ImportPlan> {
  const what = source.format === 'qdpx' ? 'import' : 'codebookImport';
  const options = jobOptions(control, 0, 90, what);
  const plain =
    source.format === 'qdpx'
      ? await runJob('qdpx:plan', { path: source.path }, options)
      : await runJob('qdc:plan', { bytes: source.bytes }, { ...options, transfer: transferablesOf(source.bytes) });
  control?.progress?.(next, 90);
  throwIfCancelled(control, what);
  return planFromPlain(plain);
}

/**
 * Writes a plan into `study`. Must run inside one transaction (the caller's `study.write`, or the
 * create transaction of a new study), so a failure anywhere leaves nothing behind.
 */
export function writePlan(study: Study, plan: ImportPlan, merging: boolean): void {
  const ctx: WriteContext = {
    study,
    repo: createRefiRepo(study.db),
    plan,
    report: plan.report,
    merging,
    at: now(),
    users: new Map(),
    codes: new Map(),
    attributes: new Map(),
    sessions: new Map(),
    participants: new Map(),
    docs: new Map(),
    codings: new Map(),
    guideItems: new Map(),
  };
  // 100,000 codings and turns under random UUID keys touch pages all over their indexes: with SQLite's
  // default 2 MB page cache the transaction keeps spilling pages and reading them back (measured: the
  // write takes about a fifth longer). A larger cache for this transaction only; memory is given back after.
  const cacheSize = study.db.pragma('cache_size', { simple: true }) as number;
  study.db.pragma('cache_size = -65536');
  try {
    writeUsers(ctx);
    writeCodes(ctx);
    writeSessions(ctx);
    const rules = writeAttributes(ctx);
    writeParticipants(ctx, rules);
    writeSpeakerMappings(ctx);
    // Into a new study, the indexes on the 100,000 turns and codings are built once, after them.
    if (merging) writeDocuments(ctx);
    else withIndexesBuiltAfter(study.db, ['turns', 'codings'], () => writeDocuments(ctx));
    writeMemos(ctx);
  } finally {
    study.db.pragma(`cache_size = ${cacheSize}`);
  }
}

/** Merges a plan into the open study in one transaction, after a backup; returns the report. */
export function importIntoStudy(study: Study, plan: ImportPlan, meta: { fileName: string; format: 'qdpx' | 'qdc' }): ImportReport {
  throwIfClosed(study.db, 'import');
  const backupPath = study.backup(`before-importing-${meta.format}`);
  study.write(`refi:import${meta.format === 'qdpx' ? 'Qdpx' : 'Qdc'}`, () => writePlan(study, plan, true), {
    fileName: meta.fileName,
    into: 'open',
  });
  // Undo steps recorded before the import may describe rows the import now builds on; start afresh.
  study.history.clear();
  return reportOf(plan, study, { ...meta, into: 'open', backupPath });
}

/**
 * Creates a new study at `target` (`.verbatim` added when missing) filled from a plan, in one
 * transaction; on failure the new file is removed. The target comes from a dialog, the studies
 * folder or the CLI's own argument, never from the page.
 */
export function importAsNewStudy(studies: StudyManager, plan: ImportPlan, fileName: string, target: string): ImportReport {
  const title = newStudyTitle(plan);
  const path = /\.verbatim$/i.test(target) ? target : `${target}.verbatim`;
  const study = studies.create(path, title, false, (s) => writePlan(s, plan, false));
  return reportOf(plan, study, { fileName, format: 'qdpx', into: 'new', backupPath: null });
}

/** The title of a study made from an imported project. */
export function newStudyTitle(plan: ImportPlan): string {
  return plan.title.trim().slice(0, 200) || 'Imported project';
}

/** The finished report for the UI, the CLI and tests. */
export function reportOf(
  plan: ImportPlan,
  study: Study,
  meta: { fileName: string; format: 'qdpx' | 'qdc'; into: 'new' | 'open'; backupPath: string | null },
): ImportReport {
  const done = plan.report.finish();
  return { ...meta, origin: plan.origin, ...done, study: study.summary() };
}
