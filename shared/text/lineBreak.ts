/**
 * Where a line of mixed Latin and CJK text may break, after the Unicode line breaking algorithm
 * (UAX #14) reduced to the classes our reports meet: after spaces; before and after ideographs,
 * kana and hangul (Chinese has no spaces between words, so any two of them may part); never
 * inside a Latin word or number; never before closing punctuation (，。、）」 ! ? ; and the rest),
 * small kana, "ー" or combining marks; never after opening brackets and quotes; never between a
 * currency sign and a number or ideograph ("¥100") nor before "%". Pure, so both the PDF writer
 * and the renderer can use it.
 */

/** Ideographic (UAX #14 class ID, with H2/H3 hangul and pictographs that behave the same). */
const IDEOGRAPHIC: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2fff], // CJK radicals, Kangxi radicals
  [0x3003, 0x3004],
  [0x3006, 0x3007],
  [0x3012, 0x3013],
  [0x3020, 0x3029],
  [0x3030, 0x303a],
  [0x303d, 0x303f],
  [0x3041, 0x30ff], // hiragana, katakana (small kana and marks are excluded below)
  [0x3105, 0x31ff], // bopomofo, hangul compatibility jamo, kanbun, CJK strokes
  [0x3200, 0x4dbf], // enclosed CJK, compatibility, CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff01, 0xff60], // fullwidth forms (their punctuation is classed below first)
  [0xffe0, 0xffe6],
  [0x1f000, 0x1faff], // pictographs and emoji
  [0x20000, 0x3fffd], // CJK extensions B and later
];

/** No break before these: closing brackets and quotes, stops, commas, ! ?, small kana, iteration marks, combining marks (CL, CP, EX, IS, NS, CM, ZWJ). */
const NO_BREAK_BEFORE = new Set(
  [
    ...')]}»”’›!?,.:;%‰°℃\u203c\u203d\u2047\u2048\u2049\u30fb\u30fc\u301c\u309b\u309c\u309d\u309e\u30fd\u30fe\u3005\u303b',
    ...'\u3001\u3002\u3009\u300b\u300d\u300f\u3011\u3015\u3017\u3019\u301b\u301e\u301f',
    ...'\uff01\uff09\uff0c\uff0e\uff1a\uff1b\uff1f\uff3d\uff5d\uff60\uff61\uff63\uff64\uff05\uffe0',
    ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
  ].map((c) => c.codePointAt(0)!),
);

/** No break after these: opening brackets and quotes, currency signs (OP, opening QU, PR). */
const NO_BREAK_AFTER = new Set(
  [
    ...'([{«“‘„‚‹$£€¥₩\u3008\u300a\u300c\u300e\u3010\u3014\u3016\u3018\u301a\u301d',
    ...'\uff08\uff3b\uff5b\uff5f\uff62\uff04\uffe1\uffe5\uffe6',
  ].map((c) => c.codePointAt(0)!),
);

const isSpace = (cp: number) => cp === 0x20 || cp === 0x09 || cp === 0x3000;
const isCombining = (cp: number) =>
  (cp >= 0x300 && cp <= 0x36f) ||
  cp === 0x200d ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
  (cp >= 0xe0100 && cp <= 0xe01ef);
function isIdeographic(cp: number): boolean {
  for (const [from, to] of IDEOGRAPHIC) if (cp >= from && cp <= to) return true;
  return false;
}

/** May the line break between the characters `a` and `b` (code points)? */
export function breakBetween(a: number, b: number): boolean {
  if (isSpace(b) || NO_BREAK_BEFORE.has(b) || isCombining(b)) return false;
  if (NO_BREAK_AFTER.has(a)) return false;
  if (isSpace(a)) return true;
  // Below U+2E80 nothing is ideographic (Latin, Greek, Cyrillic…): the common case, decided without a range search.
  return (a >= 0x2e80 && isIdeographic(a)) || (b >= 0x2e80 && isIdeographic(b));
}

/**
 * The text cut at every break opportunity: pieces that must stay on one line, each with the
 * spaces after it. Joined they give the text back unchanged.
 */
export function lineSegments(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let prev = -1;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    if (i > start && breakBetween(prev, cp)) {
      out.push(text.slice(start, i));
      start = i;
    }
    prev = cp;
    i += cp > 0xffff ? 2 : 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
