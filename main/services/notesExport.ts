import type { NoteRecord, NotesFormat } from '../../shared/domain/live';
import type { Session } from '../../shared/domain/study';
import { notesName, renderNotes, type NoteGroupRow } from '../io/notes';
import { listCodes } from './codebook';
import { getGuide } from './guides';
import { buildNotes, notePeople } from './noteView';
import { notesDocument, requireSession } from './notes';
import type { Study } from './study';

/** Sessions in the order exports and the CLI list them: by date (undated last), then title. */
function sessionsInOrder(study: Study, sessionId?: string): Session[] {
  if (sessionId) return [requireSession(study, sessionId)];
  return study.repos.sessions
    .list()
    .sort(
      (a, b) =>
        (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.title.localeCompare(b.title) || a.createdAt.localeCompare(b.createdAt),
    );
}

/**
 * Every note of a session (or of every session) with what exports need beyond the record: the
 * guide section it falls under. Notes come in time order, ties (and notes without a time, last) by position.
 */
export function noteRows(study: Study, sessionId?: string): { session: Session; rows: NoteGroupRow[] }[] {
  const paths = new Map(listCodes(study).map((c) => [c.id, c.path]));
  return sessionsInOrder(study, sessionId).map((session) => {
    const doc = notesDocument(study, session.id);
    if (!doc) return { session, rows: [] };
    const guideId = study.repos.live.sessionGuideId(session.id);
    const items = guideId ? (getGuide(study, guideId)?.items ?? []) : [];
    const question = new Map<string, { text: string; section: string | null }>();
    let section: string | null = null;
    for (const item of items) {
      if (item.kind === 'section') section = item.text;
      else question.set(item.id, { text: item.text, section });
    }
    const notes = buildNotes(
      doc,
      study.repos.documents.turns(doc.id),
      study.repos.codings.byDocument(doc.id),
      notePeople(study, session.id),
    );
    notes.sort((a, b) => (a.timeMs ?? Infinity) - (b.timeMs ?? Infinity) || a.position - b.position);
    const rows = notes.map((n) => {
      const q = n.questionId ? question.get(n.questionId) : undefined;
      const codes = [...new Set(n.codings.map((c) => paths.get(c.codeId)).filter((p): p is string => p !== undefined))];
      return {
        session: session.title,
        time: n.timeMs,
        speaker: n.speaker,
        question: q?.text ?? null,
        text: n.text,
        codes,
        starred: n.starred,
        section: q?.section ?? null,
      };
    });
    return { session, rows };
  });
}

/** The notes as `verbatim notes --json` prints them and exports write them. */
export function notesRecords(study: Study, sessionId?: string): NoteRecord[] {
  return noteRows(study, sessionId).flatMap(({ rows }) => rows.map(({ section: _section, ...record }) => record));
}

/** The file name an export of these notes gets (and a save dialog suggests). */
export function notesFileName(study: Study, format: NotesFormat, sessionId?: string): string {
  const title = sessionId ? requireSession(study, sessionId).title : study.summary().title;
  return notesName(title, format);
}

/** One file with the notes of a session (or every session) in one format. */
export function exportNotes(study: Study, format: NotesFormat, sessionId?: string): { name: string; mimeType: string; data: Uint8Array } {
  const groups = noteRows(study, sessionId);
  const title = sessionId ? groups[0]!.session.title : study.summary().title;
  return renderNotes(format, {
    title,
    sessions: groups.map((g) => ({ title: g.session.title, date: g.session.date, place: g.session.place, rows: g.rows })),
  });
}
