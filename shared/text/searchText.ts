import { stemmer } from 'stemmer';

/**
 * How search sees text, in one place: the index, the query and the matcher all go through here, so
 * what the index finds and what the matcher marks cannot drift apart.
 *
 * A word is a run of letters, digits and combining marks; each Han, kana or Hangul character is a
 * word of its own (Chinese has no spaces, so `价格` is searched as the phrase 价 格 and finds
 * `价格太贵了`). Each word is folded (compatibility forms, lower case, accents off Latin letters,
 * đ→d, ø→o, æ→ae, ß→ss …) and, for Latin words, stemmed with Porter's English rules, so
 * `gyumolcs` finds `gyümölcs`, `cevapi` finds `ćevapi` and `delivery` finds `deliveries`.
 */

/** One word of a text: where it is (UTF-16 offsets into the text) and its two searchable forms. */
export interface SearchToken {
  start: number;
  end: number;
  /** Folded: what a prefix (`deliv*`) and fuzzy matching compare against. */
  word: string;
  /** Folded and stemmed: what a word or phrase compares against. */
  stem: string;
}

// Han, Hiragana, Katakana and Hangul syllables one by one; any other run of letters, marks and digits whole.
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}\p{M}])+/gu;

/** Letters with no decomposition to a base letter, written as people type them without the accent. */
const LATIN_EXTRAS: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
};
const EXTRAS = new RegExp(`[${Object.keys(LATIN_EXTRAS).join('')}]`, 'gu');
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]/gu;
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}]+$/u;

/** A word's folded form: compatibility forms unified, lower case, accents taken off Latin letters. */
export function foldWord(raw: string): string {
  return raw
    .normalize('NFKD')
    .toLowerCase()
    .replace(LATIN_MARKS, '$1')
    .replace(EXTRAS, (c) => LATIN_EXTRAS[c]!)
    .normalize('NFC')
    .replace(NOT_WORD, '');
}

// Stemming is the costly part of indexing; the same words come back again and again.
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** A folded word's stem: Porter's English rules for Latin words, the word itself otherwise. */
export function stemWord(word: string): string {
  if (word.length < 3 || !LATIN_ONLY.test(word)) return word;
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** The words of `text`, in order, with their offsets and searchable forms; words that fold to nothing are left out. */
export function searchTokens(text: string): SearchToken[] {
  const out: SearchToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = foldWord(m[0]);
    if (word === '') continue;
    out.push({ start: m.index, end: m.index + m[0].length, word, stem: stemWord(word) });
  }
  return out;
}

/** True when `word` is one character of a script written without spaces (each is a word of its own). */
export function isCharacterWord(word: string): boolean {
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u.test(word);
}
