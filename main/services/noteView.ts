import type { Note, NoteCoding } from '../../shared/domain/live';
import type { SessionRole } from '../../shared/domain/study';
import { AppError } from '../../shared/errors';
import type { CodingRow } from '../db/repos/codingsRepo';
import type { DocumentRow, TurnRow } from '../db/repos/documentsRepo';
import type { Study } from './study';

/** Who is who in a session: display names of the study's people and roles in this session. */
export interface NotePeople {
  names: Map<string, string>;
  roles: Map<string, SessionRole>;
}

export function notePeople(study: Study, sessionId: string | null): NotePeople {
  const roles = new Map<string, SessionRole>();
  if (sessionId) for (const p of study.repos.live.people(sessionId)) roles.set(p.participantId, p.role);
  return { names: study.repos.live.names(), roles };
}

function toNote(turn: TurnRow, text: string, codings: NoteCoding[], people: NotePeople): Note {
  const pid = turn.participant_id;
  return {
    id: turn.id,
    position: turn.position,
    timeMs: turn.start_ms,
    speaker: (pid ? people.names.get(pid) : undefined) ?? turn.speaker_label,
    participantId: pid,
    role: pid ? (people.roles.get(pid) ?? null) : null,
    questionId: turn.question_id,
    starred: turn.starred === 1,
    text: text.slice(turn.start_offset, turn.end_offset),
    codings,
  };
}

/** A coding's offsets relative to its note (clamped to the note, so a coding never reaches past it). */
function relative(c: CodingRow, turn: TurnRow): NoteCoding {
  const length = turn.end_offset - turn.start_offset;
  const start = Math.min(Math.max(0, c.start_offset - turn.start_offset), length);
  const end = Math.max(start + 1, Math.min(c.end_offset - turn.start_offset, length));
  return { id: c.id, codeId: c.code_id, start, end, status: c.status };
}

/**
 * Every note of a notes document with its codings, in document order. One pass: turns and codings
 * both come sorted by offset, so each coding goes to the last note starting at or before it.
 */
export function buildNotes(doc: DocumentRow, turns: TurnRow[], codings: CodingRow[], people: NotePeople): Note[] {
  const lists: NoteCoding[][] = turns.map(() => []);
  let t = 0;
  for (const c of codings) {
    while (t + 1 < turns.length && turns[t + 1]!.start_offset <= c.start_offset) t++;
    if (turns.length > 0) lists[t]!.push(relative(c, turns[t]!));
  }
  return turns.map((turn, i) => toNote(turn, doc.plain_text, lists[i]!, people));
}

/** One note as the live screen shows it: the codings starting inside it or in the separator after it, as buildNotes assigns them. */
export function noteView(study: Study, id: string): Note {
  const { doc, turn } = requireNote(study, id);
  const codings = study.repos.codings.startingIn(doc.id, turn.start_offset, turn.end_offset + 2);
  return toNote(
    turn,
    doc.plain_text,
    codings.map((c) => relative(c, turn)),
    notePeople(study, doc.session_id),
  );
}

/** A note and the notes document it belongs to, or NOT_FOUND. */
export function requireNote(study: Study, id: string): { doc: DocumentRow; turn: TurnRow } {
  const turn = study.repos.documents.turn(id);
  const doc = turn ? study.repos.documents.get(turn.document_id) : null;
  if (!turn || !doc || doc.kind !== 'notes') throw new AppError('NOT_FOUND', 'editing.noteGone');
  return { doc, turn };
}
