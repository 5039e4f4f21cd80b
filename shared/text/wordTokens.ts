/**
 * The words of a text, for counting: folded to lower case (NFC, straight apostrophes), with a
 * break wherever a phrase may not run on (punctuation, a number, a line break).
 *
 * Scripts written without spaces (Chinese, Japanese, Thai and their neighbours) go through
 * `Intl.Segmenter`, whose dictionary finds their words. Every other script separates words with
 * spaces and punctuation, where the segmenter finds exactly what a Unicode letter run finds but
 * costs some fifty times more (8 million characters took seconds), so those runs are matched
 * with one regular expression instead.
 */

/** Scripts whose words only a dictionary can find. */
const DICTIONARY_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
const LETTER = `[[\\p{L}\\p{M}\\p{N}]--[${DICTIONARY_SCRIPTS}]]`;
/**
 * A spaced word (apostrophes and hyphens inside: "don't", "e-mail", "sms-ben"), a stretch of
 * dictionary script with the punctuation and spaces between its clauses (one segmenter call for a
 * whole Chinese sentence costs far less than one per clause), or a phrase break.
 */
const PIECES = new RegExp(
  `(${LETTER}+(?:['\\-]${LETTER}+)*)|([${DICTIONARY_SCRIPTS}](?:[${DICTIONARY_SCRIPTS}\\p{P}\\p{Zs}]*[${DICTIONARY_SCRIPTS}])?)|([[\\p{P}\\n]--['\\-]])`,
  'gv',
);
const HAS_LETTER = /\p{L}/u;
const DICTIONARY_RUN = new RegExp(`^[${DICTIONARY_SCRIPTS}]`, 'v');

/** A phrase may not run across this. */
export const BREAK = null;
export type Token = string | typeof BREAK;

let segmenter: Intl.Segmenter | null = null;

/** The text as the counter reads it: NFC, lower case, straight apostrophes. */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[’ʼ]/gu, "'");
}

/** The words of a text already folded with {@link foldText}, with {@link BREAK}s between phrases. */
export function tokensOf(folded: string): Token[] {
  const out: Token[] = [];
  const cut = () => {
    if (out.length > 0 && out[out.length - 1] !== BREAK) out.push(BREAK);
  };
  for (const m of folded.matchAll(PIECES)) {
    if (m[1] !== undefined) {
      if (HAS_LETTER.test(m[1])) out.push(m[1]);
      else cut(); // a number: "waited 3 days" holds no phrase "waited days"
    } else if (m[2] !== undefined) {
      segmenter ??= new Intl.Segmenter('zh-Hans', { granularity: 'word' });
      for (const s of segmenter.segment(m[2])) {
        if (s.isWordLike) out.push(s.segment);
        else cut();
      }
    } else cut();
  }
  if (out[out.length - 1] === BREAK) out.pop();
  return out;
}

/** Whether a word is written in a script without spaces (its characters are words or morphemes). */
export function isDictionaryWord(word: string): boolean {
  return DICTIONARY_RUN.test(word);
}
