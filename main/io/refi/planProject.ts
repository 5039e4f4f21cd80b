import { sentence } from '../../../shared/i18n/sentence';
import type { ReadIssues, RefiCode, RefiProject } from './model';
import { flattenCodes } from './parseCodes';
import { planAttributes } from './planAttributes';
import { planCodes } from './planCodes';
import { planNotes } from './planNotes';
import { planParticipants } from './planParticipants';
import { planSessions } from './planSessions';
import { planTexts } from './planTexts';
import type { ImportPlan, PlanUser } from './plan';
import { clip, ReportBuilder } from './report';
import type { SourceFiles } from './sourceFiles';

/** Users by GUID; a user listed twice is one user. Without a name, NVivo's initials or "User N". */
function planUsers(project: RefiProject, report: ReportBuilder): PlanUser[] {
  const out = new Map<string, PlanUser>();
  for (const u of project.users) {
    if (out.has(u.key)) {
      report.map({ id: 'imports.whatUser', values: { user: clip(u.name ?? u.guid) } }, { id: 'imports.howListedTwice' });
      continue;
    }
    out.set(u.key, { key: u.key, guid: u.guid, name: (u.name ?? u.initials ?? `User ${out.size + 1}`).slice(0, 200) });
  }
  return [...out.values()];
}

/** Whether the file came from Verbatim: its texts are turns joined by blank lines. */
export function fromVerbatim(origin: string | null): boolean {
  return /^verbatim\b/i.test(origin ?? '');
}

/**
 * Decides everything a .qdpx import will write, without touching a study: a plan plus the report so
 * far. Refuses (ImportRefused) only what cannot be imported unambiguously; everything else that cannot
 * be kept is dropped with its reason.
 */
export function planProject(project: RefiProject, files: SourceFiles): ImportPlan {
  const report = new ReportBuilder();
  for (const m of project.mapped) report.map(m.what, m.how);
  for (const d of project.dropped) report.drop(d.what, d.why);
  const caseKeys = new Set(project.cases.map((c) => c.key));
  const caseNodes = new Set(
    flattenCodes(project.codes)
      .filter((c) => caseKeys.has(c.key))
      .map((c) => c.key),
  );
  const codes = planCodes(project.codes, report, caseNodes);
  const codeKeys = new Set(codes.map((c) => c.key));
  const referenced = new Set([
    ...project.cases.flatMap((c) => c.selectionRefs),
    ...project.links.flatMap((l) => [l.origin ?? '', l.target ?? '']),
  ]);
  const texts = planTexts(project, files, codeKeys, caseNodes, referenced, report);
  for (const o of project.others) {
    const kind = o.element.replace('Source', '').toLowerCase();
    report.drop(
      sentence('imports.whatOtherSource', { kind, name: clip(o.name), selections: o.selections, codings: o.codings }),
      sentence('imports.whyOtherSource', { kind: kind === 'pdf' || kind === 'picture' ? kind : 'recording' }),
    );
  }
  const attributes = planAttributes(project.variables, report);
  const sessions = planSessions(project.sets, texts.docs, report);
  const participants = planParticipants(project, texts, sessions, attributes, fromVerbatim(project.origin), report);
  const memos = [...texts.memos, ...planNotes(project, texts, sessions, codeKeys, files, report)];
  if (project.graphs > 0) report.drop({ id: 'imports.whatGraphs', values: { count: project.graphs } }, { id: 'imports.whyNoGraphs' });
  return {
    title: project.name,
    origin: project.origin,
    users: planUsers(project, report),
    codes,
    attributes,
    sessions: sessions.sessions,
    participants,
    docs: texts.docs,
    memos,
    report,
  };
}

/** The plan of a .qdc: codes only (a codebook has no sources, cases or notes). */
export function planCodebook(codes: RefiCode[], origin: string | null, sets: number, issues: ReadIssues): ImportPlan {
  const report = new ReportBuilder();
  for (const m of issues.mapped) report.map(m.what, m.how);
  for (const d of issues.dropped) report.drop(d.what, d.why);
  if (sets > 0) report.drop({ id: 'imports.whatCodeSets', values: { count: sets } }, { id: 'imports.whyNoCodeSets' });
  return {
    title: 'Codebook',
    origin,
    users: [],
    codes: planCodes(codes, report),
    attributes: [],
    sessions: [],
    participants: [],
    docs: [],
    memos: [],
    report,
  };
}
