import { alignNotes, linkedTurn, offsetOf } from '../../shared/live/link';
import { AppError } from '../../shared/errors';
import type { CodingRow } from '../db/repos/codingsRepo';
import { checkedRange } from './codings';
import { stepLabel } from './history';
import { timedTranscript } from './live';
import { requireNote } from './noteView';
import { now, type Study } from './study';

/**
 * Puts a note's codes on the transcript turn spoken at the note's time (the session's first
 * transcript), when the notes and the transcript are known to line up. Each code the turn does not
 * already carry from this coder codes the whole turn; one undo step. Returns how many codings were added.
 */
export function copyNoteCodesToTranscript(study: Study, id: string): { documentId: string; turnId: string; added: number } {
  const { doc, turn: note } = requireNote(study, id);
  if (note.start_ms === null) throw new AppError('INVALID_INPUT', 'editing.noteHasNoTime');
  const codeIds = [
    ...new Set(
      study.repos.codings
        .byDocument(doc.id)
        .filter((c) => c.start_offset >= note.start_offset && c.end_offset <= note.end_offset && c.status === 'anchored')
        .map((c) => c.code_id),
    ),
  ];
  if (codeIds.length === 0) throw new AppError('INVALID_INPUT', 'editing.noteHasNoTags');
  const transcript = doc.session_id ? timedTranscript(study, doc.session_id) : null;
  if (!transcript || !transcript.turns.some((t) => t.startMs !== null)) throw new AppError('NOT_FOUND', 'editing.noTimedTranscript');
  // The same rule as the links the live screen shows (shared/live/link.ts), over all the session's notes.
  const offset = offsetOf(
    alignNotes(
      study.repos.documents.turns(doc.id).map((t) => t.start_ms),
      transcript.turns,
      transcript.offsetMs,
    ),
  );
  if (offset === null) throw new AppError('CONFLICT', 'editing.clocksDiffer');
  const target = linkedTurn(transcript.turns, note.start_ms, offset);
  if (!target) throw new AppError('NOT_FOUND', 'editing.noTurnAtNoteTime');
  const tdoc = study.repos.documents.get(transcript.documentId)!;
  const range = checkedRange(tdoc.plain_text, target.start, target.end);
  // Only this coder's codings count as already there: another coder's coding of the turn is theirs.
  const existing = study.repos.codings
    .byDocument(tdoc.id)
    .filter((c) => c.coder_id === study.userId && c.start_offset < target.end && c.end_offset > target.start);
  const missing = codeIds.filter((codeId) => !existing.some((c) => c.code_id === codeId));
  if (missing.length > 0) {
    const at = now();
    study.change(
      stepLabel('editing.stepCopyNoteTags', { count: missing.length }),
      'notes:copyCodesToTranscript',
      { id, turnId: target.id, codeIds: missing },
      (track) => {
        for (const codeId of missing) {
          const row: CodingRow = {
            id: crypto.randomUUID(),
            document_id: tdoc.id,
            code_id: codeId,
            start_offset: range.start,
            end_offset: range.end,
            quote: tdoc.plain_text.slice(range.start, range.end),
            status: 'anchored',
            memo: null,
            coder_id: study.userId,
            created_at: at,
          };
          track('codings', row.id);
          study.repos.codings.insert(row);
        }
      },
    );
  }
  return { documentId: tdoc.id, turnId: target.id, added: missing.length };
}
