/**
 * Words in a text as a reader counts them: Intl.Segmenter's word-like segments, so Chinese without
 * spaces counts its words (价格太贵了 is three) and punctuation and spaces count nothing.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function countWords(text: string): number {
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}
