import type { RetrievedPassage } from '../../shared/domain/coding';
import { overlappingTurns, type TurnSpan } from '../../shared/domain/turnIndex';
import { AppError } from '../api/errors';
import { branchIds, buildCodebook } from './codeTree';
import type { Study } from './study';

/**
 * Every passage coded with a code (and, if asked, its sub-codes), in document order, with who
 * said it (the turns it overlaps) and in which session.
 */
export function retrievePassages(study: Study, codeId: string, includeChildren: boolean): RetrievedPassage[] {
  const { repos } = study;
  const rows = repos.codes.all();
  if (!rows.some((r) => r.id === codeId)) throw new AppError('NOT_FOUND', 'That code no longer exists.');
  const ids = includeChildren ? branchIds(rows, codeId) : new Set([codeId]);
  const paths = new Map(buildCodebook(rows, new Map(), []).map((c) => [c.id, c.path]));
  const sessions = new Map(repos.sessions.list().map((s) => [s.id, s.title]));
  const people = new Map(repos.participants.list().map((p) => [p.id, p.displayName]));
  const docs = new Map<string, { title: string; sessionId: string | null; turns: ReturnType<typeof repos.documents.turns>; spans: TurnSpan[] }>();
  const out: RetrievedPassage[] = [];
  for (const id of ids)
    for (const c of repos.codings.byCode(id)) {
      let doc = docs.get(c.document_id);
      if (!doc) {
        const row = repos.documents.get(c.document_id)!;
        const turns = repos.documents.turns(row.id);
        doc = { title: row.title, sessionId: row.session_id, turns, spans: turns.map((t) => ({ start: t.start_offset, end: t.end_offset })) };
        docs.set(c.document_id, doc);
      }
      const overlapping = overlappingTurns(doc.spans, c.start_offset, c.end_offset).map((i) => doc!.turns[i]!);
      const participantIds = [...new Set(overlapping.flatMap((t) => (t.participant_id ? [t.participant_id] : [])))];
      const speakers = [...new Set(overlapping.flatMap((t) => { const n = t.participant_id ? people.get(t.participant_id) : t.speaker_label; return n ? [n] : []; }))];
      out.push({
        codingId: c.id,
        codeId: c.code_id,
        codePath: paths.get(c.code_id) ?? '',
        documentId: c.document_id,
        documentTitle: doc.title,
        sessionId: doc.sessionId,
        sessionTitle: doc.sessionId ? (sessions.get(doc.sessionId) ?? null) : null,
        start: c.start_offset,
        end: c.end_offset,
        quote: c.quote,
        speakers,
        participantIds,
        status: c.status,
      });
    }
  return out.sort((a, b) => a.documentTitle.localeCompare(b.documentTitle) || a.documentId.localeCompare(b.documentId) || a.start - b.start);
}
