/**
 * Whole-word matching that works in every language we read. JavaScript's `\b` knows only ASCII
 * letters, so `/\bkérdező\b/` does not match "kérdező" (no boundary after `ő`) and `/\bstart\b/`
 * matches inside "startå". Here a word boundary is "no letter, mark or digit on that side", in any
 * script. Chinese has no spaces between words, so a word written in Han characters matches anywhere.
 */

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HAN = /\p{Script=Han}/u;
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/** A case-insensitive pattern that finds any of `words` as a whole word inside a text. */
export function anyWord(words: readonly string[]): RegExp {
  const alternatives = words.map((w) => (HAN.test(w) ? escape(w) : `${BEFORE}${escape(w)}${AFTER}`));
  return new RegExp(`(?:${alternatives.join('|')})`, 'iu');
}

/** A case-insensitive pattern that finds any of `stems` at the start of a word ("preporu" in "Preporučili biste?"). */
export function anyWordStart(stems: readonly string[]): RegExp {
  const alternatives = stems.map((w) => (HAN.test(w) ? escape(w) : `${BEFORE}${escape(w)}`));
  return new RegExp(`(?:${alternatives.join('|')})`, 'iu');
}

/** A case-insensitive pattern for a text that is exactly one of `words` (trimmed by the caller). */
export function oneOf(words: readonly string[]): RegExp {
  return new RegExp(`^(?:${words.map(escape).join('|')})$`, 'iu');
}
