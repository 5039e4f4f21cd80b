import { isRespondentRole } from '../../shared/domain/study';
import { overlappingTurns } from '../../shared/domain/turnIndex';
import type { ReportCoding, ReportData, ReportTurn } from '../../shared/reports/data';
import { buildCodebook } from './codeTree';
import { respondentTestOf } from './respondents';
import type { Study } from './study';

/**
 * Loads what a report reads in a handful of set-wise queries (codes, sessions, documents,
 * participants with values, turns, codings, starred quotes). Speakers of a coding come from the
 * turns it overlaps, found by binary search per coding, exactly as the codebook counts them, and
 * are sorted into respondents and the people running or watching the session by their role there.
 */
export function loadReportData(study: Study): ReportData {
  // The builder re-runs a report on every filter change; the study's rows only need reading again
  // after something was written.
  const stamp = study.repos.reports.changeStamp();
  const cached = cache.get(study);
  if (cached?.stamp === stamp) return cached.data;
  const data = readReportData(study);
  cache.set(study, { stamp, data });
  return data;
}

const cache = new WeakMap<Study, { stamp: string; data: ReportData }>();

function readReportData(study: Study): ReportData {
  const { repos } = study;
  const codes = buildCodebook(repos.codes.all(), new Map(), []).map((c) => ({
    id: c.id,
    parentId: c.parentId,
    name: c.name,
    path: c.path,
    definition: c.definition,
  }));
  const sessions = repos.sessions.list().map((s) => ({ id: s.id, kind: s.kind, title: s.title, date: s.date }));
  const documents = repos.reports.documents().map((d) => ({ id: d.id, sessionId: d.session_id, kind: d.kind, title: d.title }));
  const people = repos.participants.list();
  const participants = people.map((p) => ({
    id: p.id,
    name: p.displayName,
    values: p.values,
    sessionIds: p.sessions.filter((s) => isRespondentRole(s.role)).map((s) => s.sessionId),
    nonRespondentSessionIds: p.sessions.filter((s) => !isRespondentRole(s.role)).map((s) => s.sessionId),
  }));
  const attributes = repos.attributes.list().map((a) => ({ id: a.id, name: a.name, type: a.type, options: a.options, scaleKind: a.scaleKind }));
  const isRespondentIn = respondentTestOf(study, people);

  // Turns get study-wide numbers: "same turn" co-occurrence compares small integers, not UUIDs.
  const turnsByDoc = new Map<string, SpokenTurn[]>();
  const allTurns: SpokenTurn[] = [];
  for (const [documentId, start, end, participant] of repos.reports.turns()) {
    const voice = participant === null ? 'none' : isRespondentIn(documentId, participant) ? 'respondent' : 'nonRespondent';
    const turn: SpokenTurn = { n: allTurns.length, start, end, participant, voice };
    allTurns.push(turn);
    const list = turnsByDoc.get(documentId);
    if (list) list.push(turn);
    else turnsByDoc.set(documentId, [turn]);
  }
  const starred = repos.reports.starred();
  const codings: ReportCoding[] = [];
  let turns: SpokenTurn[] = [];
  let turnsDoc = '';
  for (const [id, documentId, codeId, start, end, coderId, createdAt] of repos.reports.codings()) {
    if (documentId !== turnsDoc) {
      turnsDoc = documentId;
      turns = turnsByDoc.get(documentId) ?? [];
    }
    const hits = overlappingTurns(turns, start, end);
    const respondents: string[] = [];
    const others: string[] = [];
    const numbers: number[] = [];
    for (const i of hits) {
      const t = turns[i]!;
      numbers.push(t.n);
      if (t.participant === null) continue;
      const list = t.voice === 'respondent' ? respondents : others;
      if (!list.includes(t.participant)) list.push(t.participant);
    }
    codings.push({
      id, documentId, codeId, start, end, coderId, createdAt, starred: starred.has(id),
      participantIds: respondents, nonRespondentIds: others, turns: numbers,
    });
  }
  const coders = repos.study.users().map((u) => ({ id: u.id, name: u.name }));
  return { codes, sessions, documents, participants, attributes, codings, turns: allTurns, coders, quoteOf: (id) => repos.reports.quote(id) };
}

interface SpokenTurn extends ReportTurn {
  n: number;
  participant: string | null;
}
