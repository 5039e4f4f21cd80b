import { nested, sentence, type Sentence } from '../../../shared/i18n/sentence';
import type { RefiSelection } from './model';
import { insidePair, nameMatches, searchableName, type Convention, type SourcePositions } from './positions';
import { clip, type ReportBuilder } from './report';

/** Where the nearest copy of `needle` to `near` is, looking at a bounded number of copies. */
function nearest(text: string, needle: string, near: number): number | null {
  let best: number | null = null;
  let seen = 0;
  for (let i = text.indexOf(needle); i >= 0 && seen < 10_000; i = text.indexOf(needle, i + 1), seen++) {
    if (best === null || Math.abs(i - near) < Math.abs(best - near)) best = i;
    if (i > near && best !== null && i - near > Math.abs(best - near)) break;
  }
  return best;
}

/**
 * How the report names a selection. Only built when something is reported, and a function of the module
 * rather than a closure made per call: most selections are fine, and large projects have 100,000.
 */
function what(sel: RefiSelection, where: string | Sentence): Sentence {
  const span = { start: String(sel.start ?? '?'), end: String(sel.end ?? '?') };
  // A source is named by its title; anything else (an annotation) by a sentence of its own.
  if (typeof where !== 'string') return sentence('imports.whatSelectionIn', { ...span, ...nested('whereMessage', where) });
  return { id: 'imports.whatSelection', values: { ...span, source: clip(where, 50) } };
}

/**
 * Maps one selection onto the stored text, or returns null after saying in the report why it cannot
 * be kept. Positions outside the text never reach the database: a start past the end drops the
 * selection, an end past the end is cut at the end (and reported). When the file's selection names
 * hold the selected text, a mismatch is drift: the selection moves to the nearest place that has its
 * text, or stays where the file put it with a warning when that text is nowhere.
 */
export function placeSelection(
  sel: RefiSelection,
  positions: SourcePositions,
  convention: Convention,
  namesAreText: boolean,
  where: string | Sentence,
  report: ReportBuilder,
): { start: number; end: number } | null {
  const text = positions.text;
  if (sel.start === null || sel.end === null) {
    report.drop(
      what(sel, where),
      sel.badPosition === null || sel.badPosition === undefined
        ? { id: 'imports.whyNoPosition' }
        : { id: 'imports.whyBadPosition', values: { position: sel.badPosition } },
    );
    return null;
  }
  let start = positions.map(sel.start, convention);
  let end = positions.map(sel.end, convention);
  if (start === null || start >= text.length) {
    report.drop(what(sel, where), { id: 'imports.whyStartsPastEnd', values: { length: text.length } });
    return null;
  }
  if (end === null) {
    report.map(what(sel, where), { id: 'imports.howCutAtEnd', values: { length: text.length } });
    end = text.length;
  }
  if (start > end) {
    report.drop(what(sel, where), { id: 'imports.whyStartsAfterEnd' });
    return null;
  }
  if (start === end) {
    report.drop(what(sel, where), { id: 'imports.whyEmptySelection' });
    return null;
  }
  if (insidePair(text, start) || insidePair(text, end)) {
    // Never keep half an emoji: widen to the whole character.
    if (insidePair(text, start)) start--;
    if (insidePair(text, end)) end++;
    report.map(what(sel, where), { id: 'imports.howWidened' });
  }
  if (namesAreText && sel.name && sel.name.trim() !== '' && !nameMatches(sel.name, text.slice(start, end))) {
    const needle = searchableName(sel.name);
    const found = needle === null ? null : nearest(text, needle, start);
    if (found !== null && needle !== null) {
      const truncated = needle.length < sel.name.length;
      const length = truncated ? Math.max(needle.length, end - start) : needle.length;
      report.map(what(sel, where), {
        id: 'imports.howDrift',
        values: { stored: clip(sel.name, 40), shift: `${found - start > 0 ? '+' : ''}${found - start}` },
      });
      start = found;
      end = Math.min(text.length, found + length);
    } else {
      report.map(what(sel, where), { id: 'imports.howStoredTextNotFound', values: { stored: clip(sel.name, 40) } });
    }
  }
  return { start, end };
}
