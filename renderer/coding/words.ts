/**
 * Word-wise moves of a coding's boundaries (pure), for Shift+←/→ (start) and Alt+Shift+←/→ (end).
 * Words come from Intl.Segmenter, so CJK text without spaces moves by word too.
 */

const WINDOW = 400;

interface WordSpan {
  start: number;
  end: number;
}

function wordsAround(text: string, offset: number): WordSpan[] {
  const from = Math.max(0, offset - WINDOW);
  const to = Math.min(text.length, offset + WINDOW);
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: WordSpan[] = [];
  for (const s of segmenter.segment(text.slice(from, to))) {
    if (s.isWordLike) out.push({ start: from + s.index, end: from + s.index + s.segment.length });
  }
  return out;
}

/** The start of the next word (dir 1) or of the previous word (dir -1); `offset` itself when there is none. */
export function moveStartByWord(text: string, offset: number, dir: 1 | -1): number {
  const words = wordsAround(text, offset);
  if (dir > 0) return words.find((w) => w.start > offset)?.start ?? offset;
  return words.filter((w) => w.start < offset).at(-1)?.start ?? offset;
}

/** The end of the next word (dir 1) or of the previous word (dir -1); `offset` itself when there is none. */
export function moveEndByWord(text: string, offset: number, dir: 1 | -1): number {
  const words = wordsAround(text, offset);
  if (dir > 0) return words.find((w) => w.end > offset)?.end ?? offset;
  return words.filter((w) => w.end < offset).at(-1)?.end ?? offset;
}
