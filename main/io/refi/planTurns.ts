import type { MessageId } from '../../../shared/i18n/catalogue';
import { sentence } from '../../../shared/i18n/sentence';
import { readMeta } from './descriptions';
import { guidKey } from './guid';
import type { PlanDoc, PlanTurn } from './plan';
import { clip, type ReportBuilder } from './report';
import { readDocumentMeta } from './verbatimMeta';

/**
 * The turns a Verbatim export carried in a source's `[verbatim]` line (verbatimMeta.ts): where each
 * turn is, who speaks it, its speaker label, times, guide question and star. Null when the source
 * has no such line. A line that does not fit the text (the text was changed in another tool, or the
 * line was edited by hand) is not half believed: it is reported, and the turns are cut from the text.
 */
export function carriedTurns(description: string | null, doc: PlanDoc, report: ReportBuilder): PlanTurn[] | null {
  const { meta } = readMeta(description);
  if (meta === null || typeof meta !== 'object' || !('document' in meta)) return null;
  const parsed = readDocumentMeta(meta);
  const refuse = (why: MessageId) => {
    report.drop(sentence('imports.whatTurnsOf', { source: clip(doc.title) }), sentence(why));
    return null;
  };
  if (parsed === null) return refuse('imports.whyTurnsMetaUnreadable');
  const { length, turns } = parsed.document;
  if (length !== doc.text.length) return refuse('imports.whyTurnsTextChanged');
  let previousEnd = 0;
  for (const [start, end] of turns) {
    if (start < previousEnd || end < start || end > length) return refuse('imports.whyTurnsPositions');
    previousEnd = end;
  }
  return turns.map(([start, end, participant, label, startMs, endMs, questionId, starred]) => ({
    start,
    end,
    participantKey: participant === null ? null : guidKey(participant),
    label,
    startMs,
    endMs,
    questionId,
    starred: starred === 1,
  }));
}
