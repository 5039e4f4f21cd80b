import { planCodingMoves, type MappedRange, type TextEdit, type TextRange } from '../../shared/domain/anchoring';
import type { CodingRow } from '../db/repos/codingsRepo';
import type { Track } from './history';
import type { Study } from './study';

/**
 * Moves a document's codings through one edit of its text (the rule is shared/domain/anchoring.ts
 * `planCodingMoves`): those past the edit shift in one statement, their row images given to undo;
 * those the edit may touch are placed one by one. `oldText` is the text before the edit, `newText` after.
 * `readFrom`: codings ending before it are not read (nothing before the edit moves; a caller that
 * re-anchors a whole turn reads from the turn's start).
 */
export function moveCodingsThroughEdit(
  study: Study,
  track: Track,
  documentId: string,
  edit: TextEdit,
  texts: { oldText: string; newText: string },
  options: { readFrom?: number; shiftFrom?: number; whole?: { before: TextRange; after: TextRange } } = {},
): void {
  const codings = study.repos.codings.endingFrom(documentId, Math.min(options.readFrom ?? edit.start, edit.start));
  const plan = planCodingMoves(codings, (c) => ({ start: c.start_offset, end: c.end_offset }), edit, texts.oldText, options);
  // The shift goes first, so a coding the edit itself moves past `shiftFrom` is not moved twice.
  if (plan.shifted.length > 0) {
    for (const c of plan.shifted)
      track('codings', c.id, {
        before: c,
        after: { ...c, start_offset: c.start_offset + plan.delta, end_offset: c.end_offset + plan.delta },
      });
    study.repos.codings.shift(documentId, plan.shiftFrom, plan.delta);
  }
  for (const { coding, range } of plan.placed) placeCoding(study, track, coding, range, texts.newText);
}

/** Moves a coding to where an edit of its document put it (see mapRangeThroughEdit); untouched when nothing changed. */
export function placeCoding(study: Study, track: Track, c: CodingRow, m: MappedRange, text: string): void {
  if (m.start === c.start_offset && m.end === c.end_offset && !m.orphaned && c.quote === text.slice(m.start, m.end)) return;
  track('codings', c.id);
  study.repos.codings.update({
    ...c,
    start_offset: m.start,
    end_offset: Math.min(m.end, Math.max(text.length, m.start + 1)),
    // An orphan keeps the words it had, so the researcher can see what was coded.
    quote: m.orphaned ? c.quote : text.slice(m.start, m.end),
    status: m.orphaned ? 'orphaned' : c.status,
  });
}
