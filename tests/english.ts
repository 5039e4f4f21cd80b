import { saySentence, type Sentence } from '../shared/i18n/sentence';
import { translatorFor } from '../shared/i18n/translator';

/**
 * Sentences (a parser's warnings, a decoder's note) in English, as people reading English see them:
 * tests compare the words, the code hands over catalogue ids with their values.
 */
export function english(sentences: Sentence[]): string[];
export function english(sentence: Sentence | null | undefined): string | null;
export function english(s: Sentence[] | Sentence | null | undefined): string[] | string | null {
  const en = translatorFor('en');
  if (Array.isArray(s)) return s.map((one) => saySentence(en, one));
  return s ? saySentence(en, s) : null;
}

/** An import report's entries as their English words only (the sentences beside them are checked elsewhere). */
export function entryWords<E extends { what: string; why?: string; how?: string }>(
  entries: E[],
): { what: string; why?: string; how?: string }[] {
  return entries.map(({ what, why, how }) => ({ what, ...(why !== undefined ? { why } : {}), ...(how !== undefined ? { how } : {}) }));
}

/** A CSV import's problems as their line and English words only (the sentences beside them are checked elsewhere). */
export function problemWords(errors: { line: number; message: string }[]): { line: number; message: string }[] {
  return errors.map(({ line, message }) => ({ line, message }));
}
