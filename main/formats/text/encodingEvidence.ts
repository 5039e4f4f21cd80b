import type { LegacyEncoding } from '../../../shared/text/encodings';

/**
 * How plausible a text is as written language, per character that is not ASCII: about +1 when every
 * such character is a letter of one real alphabet in a plausible place, below 0 for mojibake
 * (control characters, stray symbols, letters of several alphabets mixed, capitals inside words, CJK
 * characters glued to Latin letters). ASCII says nothing: every candidate decodes it the same.
 */
export interface Evidence {
  score: number;
  /** Characters outside ASCII that the score is based on; few of them means little evidence. */
  nonAscii: number;
}

// Letters outside ASCII that each language writes. A text in one language keeps to one of these; a
// text decoded with the wrong code page mixes letters that no single language uses together.
const ALPHABETS: readonly string[] = [
  'čćđšž', // Croatian, Bosnian, Serbian (Latin)
  'áéíóöőúüű', // Hungarian
  'æøåéèêóòôü', // Norwegian, Danish
  'åäöéü', // Swedish
  'äöåšž', // Finnish, Estonian
  'äöüß', // German
  'àâæçéèêëîïôœùûüÿ', // French
  'áéíñóúü', // Spanish
  'àèéìíîòóùú', // Italian
  'áâãàçéêíóôõú', // Portuguese
  'áðéíóúýþæö', // Icelandic
  'čšž', // Slovenian
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'ąćęłńóśźż', // Polish
  'ăâîșțşţ', // Romanian
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', // Russian
  'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя', // Ukrainian
  'абвгдђежзијклљмнњопрстћуфхцчџш', // Serbian (Cyrillic)
].map((a) => a.normalize('NFC'));
const ALPHABET_SETS = ALPHABETS.map((a) => new Set(a));

// Punctuation that real text uses: dashes, quotes, ellipsis, bullet, euro, NBSP, guillemets, degree, middle dot.
const TYPOGRAPHY = new Set('\u00a0\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u2022\u20ac\u00ab\u00bb\u00b0\u00b7\u2122\u00a9');

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);
const isKana = (c: number) => (c >= 0x3040 && c <= 0x30ff) || c === 0x30fc;
const isLetter = (ch: string) => /\p{L}/u.test(ch);
const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLatinNonAscii = (ch: string) => /\p{Script=Latin}/u.test(ch) && ch.charCodeAt(0) >= 0x80;
const isOtherScriptLetter = (ch: string) =>
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch);

/** Characters a double-byte code page uses for its common and its rarer ideographs. */
interface HanSets {
  common: Set<string>;
  known: Set<string>;
}
const hanSets = new Map<LegacyEncoding, HanSets>();

/** Decodes every double-byte code in the given lead/trail ranges, keeping the ideographs. */
function collect(encoding: LegacyEncoding, leads: [number, number], trails: [number, number][]): Set<string> {
  const decoder = new TextDecoder(encoding);
  const out = new Set<string>();
  for (let lead = leads[0]; lead <= leads[1]; lead++)
    for (const [lo, hi] of trails)
      for (let trail = lo; trail <= hi; trail++) {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (isHan(ch) || isKana(ch.codePointAt(0) ?? 0)) out.add(ch);
      }
  return out;
}

/**
 * The code pages' own split into frequent and less frequent characters: GB2312 level 1 (3,755
 * everyday hanzi) and level 2; Big5's "frequently used" and "less frequently used" blocks; JIS X 0208
 * level 1 kanji plus kana, and level 2. Bytes of one code page read as another land mostly outside
 * the frequent block, which is what tells GBK from Big5.
 */
function hanSetsOf(encoding: LegacyEncoding): HanSets | null {
  const cached = hanSets.get(encoding);
  if (cached) return cached;
  let sets: HanSets;
  if (encoding === 'gb18030')
    sets = { common: collect(encoding, [0xb0, 0xd7], [[0xa1, 0xfe]]), known: collect(encoding, [0xd8, 0xf7], [[0xa1, 0xfe]]) };
  else if (encoding === 'big5')
    sets = {
      common: collect(
        encoding,
        [0xa4, 0xc6],
        [
          [0x40, 0x7e],
          [0xa1, 0xfe],
        ],
      ),
      known: collect(
        encoding,
        [0xc9, 0xf9],
        [
          [0x40, 0x7e],
          [0xa1, 0xfe],
        ],
      ),
    };
  else if (encoding === 'shift_jis')
    sets = {
      common: collect(
        encoding,
        [0x82, 0x98],
        [
          [0x40, 0x7e],
          [0x80, 0xfc],
        ],
      ),
      known: collect(
        encoding,
        [0x99, 0xea],
        [
          [0x40, 0x7e],
          [0x80, 0xfc],
        ],
      ),
    };
  else return null;
  hanSets.set(encoding, sets);
  return sets;
}

/** What a character is, independent of where it stands; worked out once per character (regexes are slow). */
interface CharClass {
  han: boolean;
  letter: boolean;
  upper: boolean;
  lower: boolean;
  latinNonAscii: boolean;
  otherScript: boolean;
}
const classes = new Map<string, CharClass>();
function classOf(ch: string): CharClass {
  let k = classes.get(ch);
  if (!k) {
    const c = ch.codePointAt(0)!;
    k = {
      han: isHan(ch) || isKana(c),
      letter: isLetter(ch),
      upper: isUpper(ch),
      lower: isLower(ch),
      latinNonAscii: isLatinNonAscii(ch),
      otherScript: isOtherScriptLetter(ch),
    };
    classes.set(ch, k);
  }
  return k;
}

/** Scores `text`, the bytes decoded as `encoding`: see {@link Evidence}. */
export function scoreText(text: string, encoding: LegacyEncoding): Evidence {
  const han = hanSetsOf(encoding);
  const chars = Array.from(text);
  const letters = new Map<string, number>();
  let score = 0;
  let nonAscii = 0;
  let latinRun = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      latinRun = 0;
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) score -= 5;
      continue;
    }
    nonAscii++;
    const k = classOf(ch);
    const prev = chars[i - 1] ?? ' ';
    const next = chars[i + 1] ?? ' ';
    const gluedToLatin = isAsciiLetter(prev.charCodeAt(0)) || isAsciiLetter(next.charCodeAt(0));
    latinRun = k.latinNonAscii ? latinRun + 1 : 0;
    if (c <= 0x9f || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || (c & 0xfffe) === 0xfffe) score -= 5;
    else if (k.han) {
      score += !han ? -1 : han.common.has(ch) ? 1 : han.known.has(ch) ? 0.2 : -1;
      if (han && gluedToLatin) score -= 1;
    } else if (c >= 0xff61 && c <= 0xff9f)
      score -= 1; // half-width katakana: what GBK bytes become in Shift_JIS
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) score += han ? 0.5 : -1;
    else if (TYPOGRAPHY.has(ch)) score += 0.5;
    else if (k.letter) {
      letters.set(ch, (letters.get(ch) ?? 0) + 1);
      const p = classOf(prev);
      // A capital inside a word: rare in text, but what swapped-case code pages (KOI8-R read as Windows-1251) give.
      if (k.upper && p.letter) score -= p.lower ? 2 : 1;
      if (k.otherScript && gluedToLatin) score -= 2; // "Иaиak": Cyrillic inside a Latin word
      if (latinRun > 2) score -= 1; // three accented letters in a row: no language we read does that
    } else score -= 1; // ¤ ¦ ¨ ¬ ˇ ˘ ˝ and friends: rare in text, common in mojibake
  }
  score += alphabetScore(letters);
  return { score: nonAscii === 0 ? 0 : score / nonAscii, nonAscii };
}

/** +1 per letter of the one alphabet that covers most of them, -1 per letter it does not have. */
function alphabetScore(counted: Map<string, number>): number {
  // Counted as written, compared in lower case: one toLowerCase per distinct letter, not per letter.
  const letters = new Map<string, number>();
  for (const [ch, n] of counted) letters.set(ch.toLowerCase(), (letters.get(ch.toLowerCase()) ?? 0) + n);
  let total = 0;
  for (const n of letters.values()) total += n;
  if (total === 0) return 0;
  let best = 0;
  for (const alphabet of ALPHABET_SETS) {
    let covered = 0;
    for (const [letter, n] of letters) if (alphabet.has(letter)) covered += n;
    best = Math.max(best, covered);
  }
  return 2 * best - total;
}
