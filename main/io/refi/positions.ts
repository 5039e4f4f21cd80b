import { saySentence, sentence, type Sentence } from '../../../shared/i18n/sentence';
import { translatorFor } from '../../../shared/i18n/translator';

/**
 * Selection positions in REFI-QDA files come in several units (INTEROP.md §6): NVivo counts UTF-16
 * code units over the file exactly as written (CRLF = 2, BOM not counted); the spec says code points;
 * ATLAS.ti counts a CRLF as one character; QualCoder counts code points over LF text. The text
 * Verbatim stores is the file's text with CRLF and lone CR turned into LF, so every convention is a
 * mapping from a position in the file's unit to a UTF-16 index into that normalized text.
 */

/** One way an exporter may have counted. */
export interface Convention {
  unit: 'utf16' | 'codepoints';
  /** The exporter counted CRLF as one character (it worked on LF text and wrote CRLF). */
  crlfAsOne: boolean;
  /** The exporter counted the UTF-8 byte order mark as a character. */
  bomCounted: boolean;
}

/** Every convention, most common first (NVivo's, the measured majority). */
export const CONVENTIONS: readonly Convention[] = [
  { unit: 'utf16', crlfAsOne: false, bomCounted: false },
  { unit: 'utf16', crlfAsOne: true, bomCounted: false },
  { unit: 'codepoints', crlfAsOne: false, bomCounted: false },
  { unit: 'codepoints', crlfAsOne: true, bomCounted: false },
  { unit: 'utf16', crlfAsOne: false, bomCounted: true },
  { unit: 'utf16', crlfAsOne: true, bomCounted: true },
  { unit: 'codepoints', crlfAsOne: false, bomCounted: true },
  { unit: 'codepoints', crlfAsOne: true, bomCounted: true },
];

/**
 * A short label for reports, in plain words, to follow "counting": e.g. "emoji and rare characters as
 * two (NVivo's way), Windows line breaks as two". (UTF-16 code units count an emoji as two; code points as one.)
 */
export function describeConvention(c: Convention): string {
  return saySentence(translatorFor('en'), conventionSentence(c));
}

/** {@link describeConvention} as a sentence, said in the reader's language. */
export function conventionSentence(c: Convention): Sentence {
  return sentence('imports.countingConvention', {
    emoji: c.unit === 'utf16' ? 'two' : 'one',
    crlf: c.crlfAsOne ? 'one' : 'two',
    bom: c.bomCounted ? 'yes' : 'no',
  });
}

/** Number of entries of a sorted array that are < x. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each astral character, its code-point index (non-decreasing), so code point → UTF-16 is one binary search. */
function astralCodePointIndexes(text: string): number[] {
  const out: number[] = [];
  // A regex scan visits only the pairs, which is far faster than reading every code unit.
  const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  for (let m = pair.exec(text); m; m = pair.exec(text)) out.push(m.index - out.length);
  return out;
}

/** The text of one source with every position mapping it might need, built once. */
export class SourcePositions {
  /** The stored text: the file's text with CRLF and lone CR as LF. */
  readonly text: string;
  readonly hasCrlf: boolean;
  readonly hasAstral: boolean;
  readonly hasBom: boolean;
  /**
   * Byte order marks found as characters at the start of the text, after the file's own one
   * (QualCoder keeps the one NVivo wrote as part of the text and counts it). They are not text: they
   * are left out of {@link text}, and positions, which counted them, move back to match.
   */
  readonly leadingMarks: number;
  /** Raw UTF-16 indexes of the CRs removed from CRLF pairs, ascending. */
  private readonly removedCr: number[] = [];
  private readonly rawLength: number;
  private readonly astralRaw: number[];
  private readonly astralNorm: number[];

  constructor(file: string, bom: boolean) {
    this.hasBom = bom;
    let marks = 0;
    while (file.charCodeAt(marks) === 0xfeff) marks++;
    this.leadingMarks = marks;
    const raw = marks > 0 ? file.slice(marks) : file;
    this.rawLength = raw.length;
    for (let i = raw.indexOf('\r'); i >= 0; i = raw.indexOf('\r', i + 1)) if (raw.charCodeAt(i + 1) === 10) this.removedCr.push(i);
    this.hasCrlf = this.removedCr.length > 0;
    this.text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    this.astralRaw = astralCodePointIndexes(raw);
    this.astralNorm = this.hasCrlf ? astralCodePointIndexes(this.text) : this.astralRaw;
    this.hasAstral = this.astralRaw.length > 0;
  }

  /** True when two conventions give the same answer for every position in this text. */
  same(a: Convention, b: Convention): boolean {
    return (
      (a.unit === b.unit || !this.hasAstral) &&
      (a.crlfAsOne === b.crlfAsOne || !this.hasCrlf) &&
      (a.bomCounted === b.bomCounted || !this.hasBom)
    );
  }

  /** A position counted under `c` as a UTF-16 index into {@link text}; null when it lies outside the text. */
  map(p: number, c: Convention): number | null {
    let q = (c.bomCounted && this.hasBom ? p - 1 : p) - this.leadingMarks;
    if (q < 0) q = 0;
    if (c.crlfAsOne) {
      const u = c.unit === 'utf16' ? q : q + countBelow(this.astralNorm, q);
      return u <= this.text.length ? u : null;
    }
    const u = c.unit === 'utf16' ? q : q + countBelow(this.astralRaw, q);
    if (u > this.rawLength) return null;
    return u - countBelow(this.removedCr, u);
  }
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** True when index `i` of `text` falls between the halves of a surrogate pair. */
export function insidePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** True when a cut at `i` does not split a word (the characters on both sides are not both letters or digits). */
export function onWordBoundary(text: string, i: number): boolean {
  if (insidePair(text, i)) return false;
  return !(isWordChar(text[i - 1]) && isWordChar(text[i]));
}

// Module-level rather than inside nameMatches: scoring calls it 100,000s of times, and a closure made per call costs.
const firstNonBlank = (s: string) => s.search(/\S/);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Compares a selection's stored text (`name`) with the text at its position, tolerant of white space and "…" truncation. */
export function nameMatches(name: string, slice: string): boolean {
  // Fast paths first: exporters (Verbatim too) usually write the text exactly, or cut it with "…".
  if (name === slice) return name.trim() !== '';
  if (name.endsWith('…') && name.length > 1 && slice.startsWith(name.slice(0, -1))) return true;
  // Whatever the white space and truncation, a match starts with the same non-blank character; checking
  // that first spares the regex work for the mismatches that scoring a wrong convention produces by the 100,000.
  const nameAt = firstNonBlank(name);
  if (nameAt < 0 || name[nameAt] !== slice[firstNonBlank(slice)]) return false;
  let n = squash(name);
  if (n === '') return false;
  const s = squash(slice);
  const truncated = /(…|\.\.\.)$/.exec(n);
  if (truncated) {
    n = n.slice(0, -truncated[0].length).trimEnd();
    return n.length > 0 && s.startsWith(n);
  }
  return s === n;
}

/** The text a name holds once "…" truncation is removed, for searching (null when it is not usable). */
export function searchableName(name: string): string | null {
  const n = name.replace(/(…|\.\.\.)\s*$/, '');
  return n.trim().length >= 3 ? n : null;
}
