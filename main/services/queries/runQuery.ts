import type { CodingQueryResult, QueryPassage, QueryRestrictions } from '../../../shared/domain/codingQuery';
import { evaluateQuery } from '../../../shared/domain/queryAlgebra';
import { resolvePaths } from '../../../shared/domain/queryCodes';
import { parseQueryExpression } from '../../../shared/domain/queryExpression';
import type { Participant, SessionRole } from '../../../shared/domain/study';
import { overlappingTurns } from '../../../shared/domain/turnIndex';
import { AppError } from '../../../shared/errors';
import { groupKey } from '../../../shared/reports/scales';
import { intersect, normalize, type Range } from '../../../shared/text/rangeSet';
import type { TurnRow } from '../../db/repos/documentsRepo';
import { buildCodebook } from '../codeTree';
import { respondentTestOf } from '../respondents';
import { contextOf, sessionRank, speakerKey, type LoadedDocument } from '../retrieve';
import type { Study } from '../study';

/** The turns the speaker restrictions keep: of a chosen speaker, by someone whose values fall in every listed group. */
function speakerTest(study: Study, restrictions: QueryRestrictions, people: Map<string, Participant>): ((turn: TurnRow) => boolean) | null {
  const speakers = new Set(restrictions.speakers);
  if (restrictions.attributes.length === 0 && speakers.size === 0) return null;
  const attributes = new Map(study.repos.attributes.list().map((a) => [a.id, a]));
  const wanted = restrictions.attributes.map((r) => {
    const attribute = attributes.get(r.attributeId);
    if (!attribute) throw new AppError('NOT_FOUND', 'editing.filterAttributeGone');
    return { attribute, values: new Set(r.values) };
  });
  return (turn) => {
    const person = turn.participant_id ? people.get(turn.participant_id) : undefined;
    if (speakers.size > 0 && !speakers.has(speakerKey(person ? person.id : null, person?.displayName ?? turn.speaker_label ?? '')))
      return false;
    if (wanted.length === 0) return true;
    if (!person) return false;
    return wanted.every(({ attribute, values }) => {
      const key = groupKey(attribute, person.values[attribute.id]);
      return key !== null && values.has(key);
    });
  };
}

/**
 * Runs a coding query over the whole study: per document, the characters the expression selects
 * from its codes' coverage (anchored codings only, of the chosen coders, in the chosen sessions),
 * limited to the chosen speakers' turns, as maximal passages in reading order.
 */
export function runCodingQuery(study: Study, expression: string, restrictions: QueryRestrictions): CodingQueryResult {
  const { repos } = study;
  const tree = parseQueryExpression(expression);
  const codes = buildCodebook(repos.codes.all(), new Map(), []);
  const ids = resolvePaths(tree, codes);
  const coders = new Set(restrictions.coderIds);
  const sessionIds = new Set(restrictions.sessionIds);
  const everyone = repos.participants.list();
  const people = new Map(everyone.map((p) => [p.id, p]));
  const keepSpeaker = speakerTest(study, restrictions, people);

  // Per document, each named code's ranges; documents where none of them is coded select nothing.
  const byDocument = new Map<string, Map<string, Range[]>>();
  for (const [path, codeId] of ids)
    for (const c of repos.codings.byCode(codeId)) {
      // An orphaned coding lost its words: its offsets no longer say which characters it covers.
      if (c.status !== 'anchored' || (coders.size > 0 && (c.coder_id === null || !coders.has(c.coder_id)))) continue;
      let paths = byDocument.get(c.document_id);
      if (!paths) byDocument.set(c.document_id, (paths = new Map()));
      const list = paths.get(path) ?? [];
      list.push({ start: c.start_offset, end: c.end_offset });
      paths.set(path, list);
    }

  const sessions = new Map(repos.sessions.list().map((s) => [s.id, s]));
  const isRespondentIn = respondentTestOf(study, everyone);
  const roleIn = (p: Participant | undefined, sessionId: string | null): SessionRole | null =>
    (p && sessionId ? p.sessions.find((m) => m.sessionId === sessionId)?.role : undefined) ?? null;
  const passages: QueryPassage[] = [];
  for (const [documentId, coverage] of byDocument) {
    const row = repos.documents.get(documentId);
    if (!row || (sessionIds.size > 0 && (row.session_id === null || !sessionIds.has(row.session_id)))) continue;
    const turns = repos.documents.turns(documentId);
    const spans = turns.map((t) => ({ start: t.start_offset, end: t.end_offset }));
    let selected = evaluateQuery(tree, (path) => coverage.get(path) ?? [], spans);
    if (keepSpeaker)
      selected = intersect(selected, normalize(turns.filter(keepSpeaker).map((t) => ({ start: t.start_offset, end: t.end_offset }))));
    if (selected.length === 0) continue;
    const doc: LoadedDocument = {
      title: row.title,
      kind: row.kind === 'notes' ? 'note' : 'transcript',
      sessionId: row.session_id,
      text: row.plain_text,
      turns,
      spans,
    };
    const session = row.session_id ? sessions.get(row.session_id) : undefined;
    for (const range of selected) {
      const touched = overlappingTurns(spans, range.start, range.end).map((i) => turns[i]!);
      const who = new Map<string, QueryPassage['people'][number]>();
      for (const t of touched) {
        const p = t.participant_id ? people.get(t.participant_id) : undefined;
        const name = p?.displayName ?? t.speaker_label;
        if (!name) continue;
        const key = speakerKey(p ? p.id : null, name);
        if (!who.has(key)) who.set(key, { key, name, participantId: p?.id ?? null, role: roleIn(p, row.session_id) });
      }
      passages.push({
        documentId,
        documentTitle: row.title,
        kind: doc.kind,
        sessionId: row.session_id,
        sessionTitle: session?.title ?? null,
        sessionDate: session?.date ?? null,
        start: range.start,
        end: range.end,
        text: row.plain_text.slice(range.start, range.end),
        people: [...who.values()],
        participantIds: [...who.values()].flatMap((w) =>
          w.participantId && isRespondentIn(documentId, w.participantId) ? [w.participantId] : [],
        ),
        startMs: touched[0]?.start_ms ?? null,
        context: contextOf(doc, touched, range.start, range.end) ?? { before: '', after: '' },
      });
    }
  }
  const rank = sessionRank(study);
  passages.sort(
    (a, b) =>
      rank(a.sessionId) - rank(b.sessionId) ||
      a.documentTitle.localeCompare(b.documentTitle) ||
      a.documentId.localeCompare(b.documentId) ||
      a.start - b.start,
  );
  const counts = new Map<string, number>();
  for (const p of passages) for (const id of p.participantIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const participants = [...counts]
    .map(([participantId, n]) => ({ participantId, name: people.get(participantId)?.displayName ?? '', passages: n }))
    .sort((a, b) => b.passages - a.passages || a.name.localeCompare(b.name));
  return { passages, documents: new Set(passages.map((p) => p.documentId)).size, participants };
}
