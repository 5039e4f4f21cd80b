import { SentenceError, type Sentence } from '../../../shared/i18n/sentence';
import {
  ENCODING_NAMES,
  LEGACY_ENCODINGS,
  PREFERRED_BY_LANGUAGE,
  type DecodedText,
  type DecodeOptions,
  type LegacyEncoding,
  type TextEncodingName,
  type UiLanguage,
} from '../../../shared/text/encodings';
import { scoreText } from './encodingEvidence';

/**
 * Thrown for bytes that are not text Verbatim can read; the sentence names the file (or says "the
 * file") and has no full stop, so it can stand alone or follow another's words.
 */
export class TextDecodeError extends SentenceError {}

/** The file a decode is about: its name, or null for "the file" (the caller names it already). */
type FileName = string | null;
const fileValues = (fileName: FileName) => ({ file: fileName ?? '', named: fileName === null ? 'no' : 'yes' });

/** Scores are per non-ASCII character; candidates this close are a tie the UI language decides. */
const TIE = 0.15;
/** A runner-up this close (with different text), or a winner this low, is weak evidence. */
const WEAK_MARGIN = TIE;
const WEAK_SCORE = 0.4;
/** Detection looks at the start of a file only: enough characters to decide, and fast on huge files. */
const SAMPLE_BYTES = 16 * 1024;

/**
 * Decodes an imported file: UTF-8 (with or without BOM) and UTF-16 with BOM are read as they are.
 * Other bytes are decoded by evidence: every legacy encoding that can read them is scored on how
 * much the result looks like real text (encodingEvidence.ts), the UI language breaking near-ties, and
 * the note says which was used and whether the evidence was weak. `options.encoding` overrides all
 * of that (the user's choice in the preview); bytes it cannot read are refused, never replaced.
 * Binary data (NUL bytes without a UTF-16 BOM) is refused. Line endings become \n once.
 */
export function decodeText(bytes: Uint8Array, fileName: FileName, options: DecodeOptions = {}): DecodedText {
  const decoded = decodeKeepingLineBreaks(bytes, fileName, options);
  return { ...decoded, text: normalizeNewlines(decoded.text) };
}

/** {@link decodeText} without touching line breaks: for texts whose positions count them (REFI-QDA sources). */
export function decodeKeepingLineBreaks(bytes: Uint8Array, fileName: FileName, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new TextDecodeError('imports.decodeEmpty', fileValues(fileName));
  const decoded = options.encoding ? decodeAs(bytes, fileName, options.encoding) : detect(bytes, fileName, options.uiLanguage ?? 'en');
  if (decoded.text.length === 0) throw new TextDecodeError('imports.decodeEmpty', fileValues(fileName));
  return decoded;
}

const hasUtf8Bom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

function detect(bytes: Uint8Array, fileName: FileName, uiLanguage: UiLanguage): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: strict('utf-16le', bytes.subarray(2), fileName),
      encoding: 'utf-16le',
      evidence: 'certain',
      choices: ['utf-16le'],
      note: null,
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      text: strict('utf-16be', bytes.subarray(2), fileName),
      encoding: 'utf-16be',
      evidence: 'certain',
      choices: ['utf-16be'],
      note: null,
    };
  if (bytes.includes(0)) throw new TextDecodeError('imports.decodeBinary', fileValues(fileName));
  const hasBom = hasUtf8Bom(bytes);
  const utf8 = tryDecode('utf-8', hasBom ? bytes.subarray(3) : bytes);
  if (utf8 !== null) {
    const encoding = hasBom ? 'utf-8-bom' : 'utf-8';
    return { text: utf8, encoding, evidence: 'certain', choices: [encoding, ...readableLegacy(bytes, uiLanguage)], note: null };
  }
  if (hasBom) throw new TextDecodeError('imports.decodeBadUtf8', fileValues(fileName));
  const ranked = rankLegacy(bytes, uiLanguage);
  // The sample may read in an encoding that a byte further on rules out: take the best that reads it all.
  let best: Ranked | undefined;
  let text: string | null = null;
  for (const candidate of ranked) {
    text = decodeLegacy(candidate.encoding, bytes);
    if (text !== null) {
      best = candidate;
      break;
    }
  }
  if (!best || text === null) throw new TextDecodeError('imports.decodeUnknown', fileValues(fileName));
  const rival = ranked.find((r) => r.sample !== best.sample);
  const close = rival !== undefined && best.score - rival.score < WEAK_MARGIN;
  const weak = close || best.score < WEAK_SCORE;
  const values = { ...fileValues(fileName), encodingMessage: ENCODING_NAMES[best.encoding] };
  const note: Sentence = !weak
    ? { id: 'imports.decodeNoteDetected', values }
    : close
      ? { id: 'imports.decodeNoteRival', values: { ...values, rivalMessage: ENCODING_NAMES[rival.encoding] } }
      : { id: 'imports.decodeNoteLittleEvidence', values };
  return {
    text,
    encoding: best.encoding,
    evidence: weak ? 'weak' : 'detected',
    choices: [best, ...ranked.filter((r) => r !== best)].map((r) => r.encoding),
    note,
  };
}

interface Ranked {
  encoding: LegacyEncoding;
  score: number;
  /** The decoded sample: candidates with the same sample read the file the same way. */
  sample: string;
}

/**
 * Every legacy encoding that reads the file's start without an invalid byte, best evidence first.
 * Candidates within {@link TIE} of the best are ordered by the UI language's preference.
 */
function rankLegacy(bytes: Uint8Array, uiLanguage: UiLanguage): Ranked[] {
  const head = bytes.subarray(0, SAMPLE_BYTES);
  const whole = head.length === bytes.length;
  const scored: Ranked[] = [];
  for (const encoding of LEGACY_ENCODINGS) {
    const sample = decodeLegacy(encoding, head, !whole);
    if (sample !== null) scored.push({ encoding, sample, score: scoreText(sample, encoding).score });
  }
  const preference = PREFERRED_BY_LANGUAGE[uiLanguage];
  const top = Math.max(...scored.map((s) => s.score));
  const rank = (r: Ranked) => (r.score >= top - TIE ? 0 : 1);
  return scored.sort(
    (a, b) => rank(a) - rank(b) || (rank(a) === 0 ? preference.indexOf(a.encoding) - preference.indexOf(b.encoding) : b.score - a.score),
  );
}

/** Legacy encodings that read the file's start, in the UI language's order: for switching a UTF-8 file. */
function readableLegacy(bytes: Uint8Array, uiLanguage: UiLanguage): LegacyEncoding[] {
  const head = bytes.subarray(0, SAMPLE_BYTES);
  return PREFERRED_BY_LANGUAGE[uiLanguage].filter((e) => decodeLegacy(e, head, head.length < bytes.length) !== null);
}

function decodeAs(bytes: Uint8Array, fileName: FileName, encoding: TextEncodingName): DecodedText {
  const chosen = (text: string | null): DecodedText => {
    if (text === null)
      throw new TextDecodeError('imports.decodeNotInChosen', { ...fileValues(fileName), encodingMessage: ENCODING_NAMES[encoding] });
    return { text, encoding, evidence: 'chosen', choices: [], note: null };
  };
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bom = encoding === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
    return chosen(tryDecode(encoding, bom ? bytes.subarray(2) : bytes));
  }
  if (bytes.includes(0)) throw new TextDecodeError('imports.decodeBinary', fileValues(fileName));
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return chosen(tryDecode('utf-8', hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes));
  return chosen(decodeLegacy(encoding, hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes));
}

/** Null when the bytes are not valid in the encoding. */
function tryDecode(label: string, bytes: Uint8Array, stream = false): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
  } catch {
    return null;
  }
}

/**
 * Decodes a legacy encoding, or null when a byte is invalid in it. Node 20's decoders were checked
 * against Python's codecs for every code (tests/unit/shared/legacyDecoders.test.ts): all agree
 * except Node's 'windows-1252', read as Latin-1 (see {@link decodeWindows1252}). `stream`: the bytes
 * are a sample cut anywhere, so a character cut in half at the end is not an error.
 */
function decodeLegacy(encoding: LegacyEncoding, bytes: Uint8Array, stream = false): string | null {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return tryDecode(encoding, bytes, stream);
}

/** CRLF and lone CR become LF, so offsets and line numbers mean the same on every platform. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function strict(label: 'utf-16le' | 'utf-16be', bytes: Uint8Array, fileName: FileName): string {
  const text = tryDecode(label, bytes);
  if (text === null) throw new TextDecodeError('imports.decodeBadUtf16', { ...fileValues(fileName), encoding: label.toUpperCase() });
  return text;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Some Node versions decode the label
// 'windows-1252' as Latin-1 (nodejs/node#56542), turning € and curly quotes into control
// characters, so that block is mapped here. Unassigned bytes keep their Latin-1 value, as in WHATWG.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 bytes (what Excel writes for "CSV" on Western Windows). */
export function decodeWindows1252(bytes: Uint8Array): string {
  // Every byte is one UTF-16 code unit, so mapping into code units and decoding those once is exact and
  // fast (a Uint16Array is little-endian on every platform the app runs on).
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  return new TextDecoder('utf-16le').decode(units);
}
