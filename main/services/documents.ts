import { diffEdit } from '../../shared/domain/anchoring';
import type { DocumentSummary, DocumentView, Turn } from '../../shared/domain/coding';
import { AppError } from '../../shared/errors';
import type { DocumentRow, TurnRow } from '../db/repos/documentsRepo';
import { moveCodingsThroughEdit } from './codingAnchors';
import { toCoding } from './codings';
import { stepLabel, type Track } from './history';
import { now, type Study } from './study';

export function listDocuments(study: Study): DocumentSummary[] {
  return study.repos.documents.list().map((d) => ({
    id: d.id,
    sessionId: d.session_id,
    kind: d.kind,
    title: d.title,
    length: d.length,
    turns: d.turns,
    codings: d.codings,
    updatedAt: d.updated_at,
  }));
}

function requireDocument(study: Study, id: string): DocumentRow {
  const doc = study.repos.documents.get(id);
  if (!doc) throw new AppError('NOT_FOUND', 'editing.documentGone');
  return doc;
}

/** The text, turns (with who spoke and their role in the session) and codings of one document. */
export function getDocumentView(study: Study, id: string): DocumentView {
  const doc = requireDocument(study, id);
  const turns = study.repos.documents.turns(id);
  const people = new Map(study.repos.participants.list().map((p) => [p.id, p]));
  const coders = study.repos.codings.coderNames();
  const codingList = study.repos.codings.byDocument(id).map((c) => toCoding(c, coders));
  const turnList: Turn[] = turns.map((t) => {
    const person = t.participant_id ? people.get(t.participant_id) : undefined;
    return {
      id: t.id,
      position: t.position,
      start: t.start_offset,
      end: t.end_offset,
      speaker: person?.displayName ?? t.speaker_label,
      participantId: t.participant_id,
      role: person?.sessions.find((s) => s.sessionId === doc.session_id)?.role ?? null,
      startMs: t.start_ms,
      endMs: t.end_ms,
    };
  });
  return {
    id: doc.id,
    sessionId: doc.session_id,
    kind: doc.kind,
    title: doc.title,
    length: doc.plain_text.length,
    turns: turns.length,
    codings: codingList.length,
    updatedAt: doc.updated_at,
    text: doc.plain_text,
    rev: doc.rev,
    turnList,
    codingList,
  };
}

/** A turn never holds a blank line: blank lines separate turns in the canonical text. */
export function normaliseTurnText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n');
}

/** `[start, end)` of `text` without leading and trailing white space (start = end when it is all white space). */
export function trimmedBounds(text: string): { start: number; end: number } {
  const start = text.length - text.trimStart().length;
  return { start, end: Math.max(start, text.trimEnd().length) };
}

/**
 * The re-anchoring core shared by transcript corrections and live notes: replaces the text of one
 * turn (already normalised), inside the caller's `study.change`. The edit is reduced to one minimal
 * replacement and every coding and later turn is moved through it; a coding whose words were all
 * deleted is flagged `orphaned` for review, never dropped. With `wholeTurnGrows`, a coding that
 * covered the whole (trimmed) turn before covers the whole turn after (a note's tags grow as the
 * moderator keeps typing). Returns false when nothing changed.
 */
export function replaceTurnText(
  study: Study,
  track: Track,
  doc: DocumentRow,
  turn: TurnRow,
  newTurnText: string,
  wholeTurnGrows = false,
): boolean {
  const oldTurnText = doc.plain_text.slice(turn.start_offset, turn.end_offset);
  const local = diffEdit(oldTurnText, newTurnText);
  const edit = { start: local.start + turn.start_offset, end: local.end + turn.start_offset, insertedLength: local.insertedLength };
  if (edit.start === edit.end && edit.insertedLength === 0) return false;
  const text = doc.plain_text.slice(0, turn.start_offset) + newTurnText + doc.plain_text.slice(turn.end_offset);
  const delta = edit.insertedLength - (edit.end - edit.start);
  const oldWhole = trimmedBounds(oldTurnText);
  const newWhole = trimmedBounds(newTurnText);
  track('documents', doc.id);
  study.repos.documents.update({ ...doc, plain_text: text, rev: doc.rev + 1, updated_at: now() });
  // Everything after the turn (it starts past the separator, also after an empty turn) moves by
  // `delta` in one statement per table; each row is still tracked for undo, with its images given.
  const after = turn.end_offset + 1;
  if (delta !== 0) {
    track('turns', turn.id);
    study.repos.documents.updateTurn({ ...turn, end_offset: turn.end_offset + delta });
    for (const t of study.repos.documents.turnsFrom(doc.id, after))
      track('turns', t.id, { before: t, after: { ...t, start_offset: t.start_offset + delta, end_offset: t.end_offset + delta } });
    study.repos.documents.shiftTurns(doc.id, after, delta);
  }
  // Codings ending before the turn cannot move (a whole-turn coding may end before a trailing space);
  // those after the turn only shift.
  const whole = wholeTurnGrows
    ? {
        before: { start: turn.start_offset + oldWhole.start, end: turn.start_offset + oldWhole.end },
        after: { start: turn.start_offset + newWhole.start, end: turn.start_offset + newWhole.end },
      }
    : undefined;
  moveCodingsThroughEdit(
    study,
    track,
    doc.id,
    edit,
    { oldText: doc.plain_text, newText: text },
    { readFrom: turn.start_offset, shiftFrom: after, whole },
  );
  return true;
}

/**
 * Replaces the text of one turn (a typo fixed, a mishearing corrected); codings stay on the same
 * words (see {@link replaceTurnText}). `baseRev` must be the revision the editor started from, so
 * two windows cannot overwrite each other.
 */
export function editTurnText(study: Study, input: { documentId: string; turnId: string; baseRev: number; text: string }): DocumentView {
  const doc = requireDocument(study, input.documentId);
  if (doc.rev !== input.baseRev) throw new AppError('CONFLICT', 'editing.documentChanged');
  const turn = study.repos.documents.turn(input.turnId);
  if (!turn || turn.document_id !== doc.id) throw new AppError('NOT_FOUND', 'editing.turnGone');
  const newTurnText = normaliseTurnText(input.text);
  if (doc.plain_text.slice(turn.start_offset, turn.end_offset) === newTurnText) return getDocumentView(study, doc.id);
  const local = diffEdit(doc.plain_text.slice(turn.start_offset, turn.end_offset), newTurnText);
  const edit = { start: local.start + turn.start_offset, end: local.end + turn.start_offset, insertedLength: local.insertedLength };
  study.change(
    stepLabel('editing.stepEditText', { title: doc.title }),
    'documents:editTurn',
    { documentId: doc.id, turnId: turn.id, edit },
    (track) => replaceTurnText(study, track, doc, turn, newTurnText),
  );
  return getDocumentView(study, doc.id);
}

/** Deletes a document and its codings after a backup. */
export function deleteDocument(study: Study, id: string): { backupPath: string } {
  const doc = requireDocument(study, id);
  const backupPath = study.backup('before-deleting-a-document');
  study.write('documents:delete', () => study.repos.documents.remove(id), { id, title: doc.title });
  // Undo steps may point into the deleted rows; the backup is the way back now.
  study.history.clear();
  return { backupPath };
}
