import type { z } from 'zod';
import type { NewNote, Note, NoteCodeInput, NoteSpeaker } from '../../shared/domain/live';
import { oneLineExcerpt } from '../../shared/text/excerpt';
import type { Session } from '../../shared/domain/study';
import { AppError } from '../../shared/errors';
import type { DocumentRow, TurnRow } from '../db/repos/documentsRepo';
import { moveCodingsThroughEdit } from './codingAnchors';
import { createCoding } from './codings';
import { normaliseTurnText, replaceTurnText, trimmedBounds } from './documents';
import { stepLabel, type Track } from './history';
import { noteView, requireNote } from './noteView';
import { now, type Study } from './study';

/**
 * Live notes: the turns of a session's one `notes` document, separated by a blank line like
 * transcript turns. Every change is one undoable step that tracks each row it touches; typing into
 * one note coalesces into one step.
 */

const SEPARATOR = '\n\n';

export function requireSession(study: Study, id: string): Session {
  const s = study.repos.sessions.get(id);
  if (!s) throw new AppError('NOT_FOUND', 'errors.sessionGone');
  return s;
}

/** The session's notes document, or null before its first note. */
export function notesDocument(study: Study, sessionId: string): DocumentRow | null {
  return study.repos.documents.ofSession(sessionId, 'notes')[0] ?? null;
}

/** Speaker columns of a note: a person of the session (named in the label too, should they be deleted), a label, or none. */
function speakerColumns(study: Study, sessionId: string, speaker: NoteSpeaker): Pick<TurnRow, 'participant_id' | 'speaker_label'> {
  if (speaker === null) return { participant_id: null, speaker_label: null };
  if (speaker.kind === 'label') return { participant_id: null, speaker_label: speaker.label };
  const person = study.repos.live.people(sessionId).find((p) => p.participantId === speaker.participantId);
  if (!person) throw new AppError('INVALID_INPUT', 'editing.personNotInSession');
  return { participant_id: person.participantId, speaker_label: person.displayName };
}

/** Refuses anything but a question of the session's guide: what a note is taken under, or the current question. */
export function checkQuestion(study: Study, sessionId: string, questionId: string | null): void {
  if (questionId === null) return;
  const item = study.repos.live.item(questionId);
  if (!item || item.guideId !== study.repos.live.sessionGuideId(sessionId))
    throw new AppError('INVALID_INPUT', 'editing.questionNotInGuide');
  if (item.kind !== 'question') throw new AppError('INVALID_INPUT', 'editing.headingNotQuestion');
}

/**
 * Moves the notes starting at or after `offset` by `delta` code units and `places` positions, in two
 * statements; each row is tracked for undo in an order that keeps UNIQUE (document_id, position)
 * when undo and redo restore rows one by one (the last first when moving down, the first first when moving up).
 */
function moveNotes(study: Study, track: Track, rows: TurnRow[], doc: DocumentRow, offset: number, delta: number, places: 1 | -1): void {
  const ordered = places === 1 ? [...rows].reverse() : rows;
  for (const t of ordered)
    track('turns', t.id, {
      before: t,
      after: { ...t, position: t.position + places, start_offset: t.start_offset + delta, end_offset: t.end_offset + delta },
    });
  if (rows.length > 0) study.repos.documents.moveTurns(doc.id, offset, delta, places);
}

/** Adds a note at the end or after another one, creating the session's notes document on the first. */
export function addNote(study: Study, input: z.output<typeof NewNote>): Note {
  const session = requireSession(study, input.sessionId);
  const columns = speakerColumns(study, session.id, input.speaker);
  checkQuestion(study, session.id, input.questionId);
  const text = normaliseTurnText(input.text);
  if (input.id !== undefined && study.repos.documents.turn(input.id)) return addAgain(study, session.id, input.id, text);
  const id = input.id ?? crypto.randomUUID();
  const at = now();
  study.change(
    text ? stepLabel('editing.stepAddNote', { text: short(text) }) : stepLabel('editing.stepAddEmptyNote'),
    'notes:add',
    { ...input, id },
    (track) => {
      let doc = notesDocument(study, session.id);
      if (!doc) {
        doc = {
          id: crypto.randomUUID(),
          session_id: session.id,
          kind: 'notes',
          title: `${session.title} — notes`,
          plain_text: '',
          editor_state: null,
          rev: 0,
          created_at: at,
          updated_at: at,
          created_by: study.userId,
          source_name: null,
          source_format: null,
        };
        track('documents', doc.id);
        study.repos.documents.insert(doc);
      }
      const given = input.afterId === null ? null : study.repos.documents.turn(input.afterId);
      if (input.afterId !== null && given?.document_id !== doc.id) throw new AppError('NOT_FOUND', 'editing.noteToFollowGone');
      const after = given ?? study.repos.documents.lastTurn(doc.id);
      const offset = after ? after.end_offset : 0;
      const inserted = after ? SEPARATOR + text : text;
      const position = after ? after.position + 1 : 0;
      // Later notes start past the separator after `after` (an empty note ends where it starts).
      const later = after ? study.repos.documents.turnsFrom(doc.id, after.end_offset + 1) : [];
      const newText = doc.plain_text.slice(0, offset) + inserted + doc.plain_text.slice(offset);
      track('documents', doc.id);
      study.repos.documents.update({ ...doc, plain_text: newText, rev: doc.rev + 1, updated_at: at });
      moveNotes(study, track, later, doc, offset + 1, inserted.length, 1);
      moveCodingsThroughEdit(
        study,
        track,
        doc.id,
        { start: offset, end: offset, insertedLength: inserted.length },
        { oldText: doc.plain_text, newText },
      );
      const start = offset + inserted.length - text.length;
      track('turns', id);
      study.repos.documents.insertTurn({
        id,
        document_id: doc.id,
        position,
        start_offset: start,
        end_offset: start + text.length,
        ...columns,
        start_ms: input.timeMs,
        end_ms: null,
        question_id: input.questionId,
        starred: 0,
      });
    },
  );
  return noteView(study, id);
}

/** A retried `notes:add`: the note exists (the first answer was lost), so it takes the retry's text. */
function addAgain(study: Study, sessionId: string, id: string, text: string): Note {
  const turn = study.repos.documents.turn(id);
  const doc = turn ? study.repos.documents.get(turn.document_id) : null;
  if (doc?.kind !== 'notes' || doc.session_id !== sessionId) throw new AppError('CONFLICT', 'editing.idNotANote');
  return editNote(study, id, text);
}

/**
 * Replaces a note's text (autosave while typing). Codings stay on their words; a tag on the whole
 * note covers the whole note after the edit too. Edits of one note in a row are one undo step.
 */
export function editNote(study: Study, id: string, rawText: string): Note {
  const { doc, turn } = requireNote(study, id);
  const text = normaliseTurnText(rawText);
  if (doc.plain_text.slice(turn.start_offset, turn.end_offset) === text) return noteView(study, id);
  study.change(
    stepLabel('editing.stepEditNote', { text: short(text) || short(doc.plain_text.slice(turn.start_offset, turn.end_offset)) }),
    'notes:edit',
    { id, length: text.length },
    (track) => {
      replaceTurnText(study, track, doc, turn, text, true);
    },
    `note-text:${id}`,
  );
  return noteView(study, id);
}

/** Changes a note's time, speaker, question or star. */
export function updateNote(
  study: Study,
  input: { id: string; timeMs?: number; speaker?: NoteSpeaker; questionId?: string | null; starred?: boolean },
): Note {
  const { doc, turn } = requireNote(study, input.id);
  const next: TurnRow = { ...turn };
  if (input.timeMs !== undefined) next.start_ms = input.timeMs;
  if (input.speaker !== undefined) Object.assign(next, speakerColumns(study, doc.session_id!, input.speaker));
  if (input.questionId !== undefined) {
    checkQuestion(study, doc.session_id!, input.questionId);
    next.question_id = input.questionId;
  }
  if (input.starred !== undefined) next.starred = input.starred ? 1 : 0;
  const what = input.starred !== undefined ? (input.starred ? 'editing.stepStarNote' : 'editing.stepUnstarNote') : 'editing.stepChangeNote';
  study.change(
    stepLabel(what, { text: short(doc.plain_text.slice(turn.start_offset, turn.end_offset)) }),
    'notes:update',
    input,
    (track) => {
      track('turns', turn.id);
      study.repos.documents.updateTurn(next);
    },
  );
  return noteView(study, input.id);
}

/** Deletes a note: its text and one separator go, codings inside it are deleted, later notes and codings move up. */
export function deleteNote(study: Study, id: string): void {
  const { doc, turn } = requireNote(study, id);
  const turns = study.repos.documents.turns(doc.id);
  const i = turns.findIndex((t) => t.id === id);
  const next = turns[i + 1];
  const previous = turns[i - 1];
  const [from, to] = next
    ? [turn.start_offset, next.start_offset]
    : previous
      ? [previous.end_offset, turn.end_offset]
      : [0, doc.plain_text.length];
  const text = doc.plain_text.slice(0, from) + doc.plain_text.slice(to);
  study.change(
    stepLabel('editing.stepDeleteNote', { text: short(doc.plain_text.slice(turn.start_offset, turn.end_offset)) }),
    'notes:delete',
    { id },
    (track) => {
      track('documents', doc.id);
      study.repos.documents.update({ ...doc, plain_text: text, rev: doc.rev + 1, updated_at: now() });
      for (const c of study.repos.codings.startingIn(doc.id, turn.start_offset, turn.end_offset + 1)) {
        if (c.end_offset > turn.end_offset) continue;
        track('codings', c.id);
        study.repos.codings.remove(c.id);
      }
      moveCodingsThroughEdit(study, track, doc.id, { start: from, end: to, insertedLength: 0 }, { oldText: doc.plain_text, newText: text });
      track('turns', turn.id);
      study.repos.documents.removeTurn(turn.id);
      // Later notes move up one place, into the place just freed.
      if (next) moveNotes(study, track, turns.slice(i + 1), doc, next.start_offset, from - to, -1);
    },
  );
}

/** Tags a note, or `[start, end)` of it, with a code or with a new code made in the same undo step. */
export function codeNote(study: Study, input: z.output<typeof NoteCodeInput>): Note {
  const { doc, turn } = requireNote(study, input.id);
  const noteText = doc.plain_text.slice(turn.start_offset, turn.end_offset);
  if (!noteText.trim()) throw new AppError('INVALID_INPUT', 'editing.emptyNote');
  if ((input.start === undefined) !== (input.end === undefined)) throw new AppError('INVALID_INPUT', 'editing.tagRangeHalf');
  const range = input.start === undefined ? trimmedBounds(noteText) : { start: input.start, end: input.end! };
  if (range.end > noteText.length || range.start >= range.end)
    throw new AppError('INVALID_INPUT', 'editing.noteRangeOutside', { start: range.start, end: range.end, length: noteText.length });
  createCoding(study, {
    documentId: doc.id,
    start: turn.start_offset + range.start,
    end: turn.start_offset + range.end,
    codeId: input.codeId,
    newCode: input.newCode,
  });
  return noteView(study, input.id);
}

/** The words of a note or coding as an undo step names them. */
const short = (text: string) => oneLineExcerpt(text, 40);
