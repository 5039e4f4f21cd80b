import { sessionsByPart } from '../../shared/domain/study';
import type { ReportData } from '../../shared/reports/data';
import { reportDataFromRows, type ReportRows } from '../../shared/reports/rows';
import { buildCodebook } from './codeTree';
import type { Study } from './study';

/**
 * Loads what a report reads in a handful of set-wise queries (codes, sessions, documents,
 * participants with values and session roles, turns, codings, starred quotes); see
 * {@link reportDataFromRows}, which a report job's worker runs on the same rows.
 */
export function loadReportData(study: Study): ReportData {
  // The builder re-runs a report on every filter change; the study's rows only need reading again
  // after something was written.
  const stamp = study.repos.reports.changeStamp();
  const cached = cache.get(study);
  if (cached?.stamp === stamp) return cached.data;
  const { repos } = study;
  const data = reportDataFromRows(
    { ...catalogRows(study), starred: [...repos.reports.starred()], turns: repos.reports.turns(), codings: repos.reports.codings() },
    (id) => repos.reports.quote(id),
  );
  cache.set(study, { stamp, data });
  return data;
}

const cache = new WeakMap<Study, { stamp: string; data: ReportData }>();

/** The small lists of a report's rows: everything but the turns, codings and stars. */
export function catalogRows(study: Study): Omit<ReportRows, 'starred' | 'turns' | 'codings'> {
  const { repos } = study;
  const codes = buildCodebook(repos.codes.all(), new Map(), []).map((c) => ({
    id: c.id,
    parentId: c.parentId,
    name: c.name,
    path: c.path,
    definition: c.definition,
  }));
  const sessions = repos.reports.sessions();
  const documents = repos.reports.documents();
  const participants = repos.participants
    .list()
    .map((p) => ({ id: p.id, name: p.displayName, values: p.values, ...sessionsByPart(p.sessions) }));
  const attributes = repos.attributes
    .list()
    .map((a) => ({ id: a.id, name: a.name, type: a.type, options: a.options, scaleKind: a.scaleKind }));
  const coders = repos.reports.coders();
  return { codes, sessions, documents, participants, attributes, coders };
}
