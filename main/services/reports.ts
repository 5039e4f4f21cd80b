import { aggregateReport } from '../../shared/reports/aggregate';
import { compareReports } from '../../shared/reports/compare';
import { ReportDefinition } from '../../shared/reports/definition';
import type { ReportResult } from '../../shared/reports/result';
import { AppError } from '../../shared/errors';
import type { ReportRecord, SnapshotRecord } from '../db/repos/reportsRepo';
import { fileStem, type ReportFile, type ExportFormat } from '../io/report';
import { defaultFontsDir } from '../appFiles';
import { jobOptions, throwIfCancelled, type JobControl } from '../jobs/control';
import { runJob } from '../jobs/runJob';
import { APP_VERSION } from '../version';
import { loadReportData } from './reportData';
import { countReport } from './reportJob';
import { now, type Study } from './study';

/** A saved definition as the contract returns it. */
function toSaved(r: ReportRecord) {
  return {
    id: r.id,
    title: r.title,
    definition: ReportDefinition.parse(JSON.parse(r.definition)),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function toSnapshot(r: SnapshotRecord) {
  return {
    id: r.id,
    reportId: r.reportId,
    title: r.title,
    createdAt: r.createdAt,
    appVersion: r.appVersion,
    definition: ReportDefinition.parse(JSON.parse(r.definition)),
    result: JSON.parse(r.results) as ReportResult,
  };
}

export function listReports(study: Study) {
  return study.repos.reports.list().map(toSaved);
}

/** Creates or replaces a saved definition. */
export function saveReport(study: Study, id: string | undefined, definition: ReportDefinition) {
  const existing = id ? study.repos.reports.get(id) : null;
  if (id && !existing) throw new AppError('NOT_FOUND', 'editing.reportGone');
  const at = now();
  const row: ReportRecord = {
    id: existing?.id ?? crypto.randomUUID(),
    title: definition.title,
    definition: JSON.stringify(definition),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    createdBy: existing?.createdBy ?? study.userId,
  };
  study.write('reports:save', () => study.repos.reports.save(row), { id: row.id, title: row.title });
  return toSaved(row);
}

export function deleteReport(study: Study, id: string): void {
  const removed = study.write('reports:delete', () => study.repos.reports.remove(id), { id });
  if (!removed) throw new AppError('NOT_FOUND', 'editing.reportGone');
}

/** Computes a report over the study as it is now. */
export function runReport(study: Study, definition: ReportDefinition, at = now()): ReportResult {
  return aggregateReport(loadReportData(study), definition, at);
}

/**
 * Computes a report and freezes it as a snapshot: later edits to the study never change it. The
 * counting runs in a worker (reportJob.ts), so the backend answers other calls meanwhile.
 */
export async function generateSnapshot(study: Study, reportId: string | null, definition: ReportDefinition, control?: JobControl) {
  const gone = () => reportId !== null && !study.repos.reports.get(reportId);
  if (gone()) throw new AppError('NOT_FOUND', 'editing.reportGone');
  const at = now();
  const result = await countReport(study, definition, at, control);
  throwIfCancelled(control, 'report');
  // Deleted while it was counted: its snapshot would belong to nothing.
  if (gone()) throw new AppError('NOT_FOUND', 'editing.reportGone');
  control?.progress?.('imports.stageSavingSnapshot', 97);
  const row: SnapshotRecord = {
    id: crypto.randomUUID(),
    reportId,
    title: definition.title,
    definition: JSON.stringify(definition),
    results: JSON.stringify(result),
    createdAt: at,
    appVersion: APP_VERSION,
    createdBy: study.userId,
  };
  study.write('reports:generate', () => study.repos.reports.insertSnapshot(row), { id: row.id, reportId });
  return toSnapshot(row);
}

export function listSnapshots(study: Study) {
  return study.repos.reports
    .snapshots()
    .map((r) => ({ id: r.id, reportId: r.reportId, title: r.title, createdAt: r.createdAt, appVersion: r.appVersion }));
}

export function getSnapshot(study: Study, id: string) {
  const row = study.repos.reports.snapshot(id);
  if (!row) throw new AppError('NOT_FOUND', 'editing.snapshotGone');
  return toSnapshot(row);
}

export function compareSnapshots(study: Study, beforeId: string, afterId: string) {
  return compareReports(getSnapshot(study, beforeId).result, getSnapshot(study, afterId).result);
}

/** The file name an export of a snapshot suggests (CSV tables add their own suffix to its stem). */
export function snapshotFileName(study: Study, id: string, format: ExportFormat): string {
  return `${fileStem(getSnapshot(study, id).result.title)}.${format}`;
}

/** Renders a stored snapshot again, in any format (in a worker: a PDF of a large report takes seconds). */
export async function exportSnapshot(study: Study, id: string, format: ExportFormat, control?: JobControl): Promise<ReportFile[]> {
  const { result } = getSnapshot(study, id);
  const files = await runJob('report:render', { result, format, fontsDir: defaultFontsDir() }, jobOptions(control, 0, 99, 'reportExport'));
  throwIfCancelled(control, 'reportExport');
  return files;
}

/** Stars or unstars a coding as a report quote. */
export function starQuote(study: Study, codingId: string, starred: boolean): void {
  if (!study.repos.codings.get(codingId)) throw new AppError('NOT_FOUND', 'editing.codingGone');
  study.write(
    'reports:starQuote',
    () => (starred ? study.repos.reports.star(codingId, now(), study.userId) : study.repos.reports.unstar(codingId)),
    { codingId, starred },
  );
}
