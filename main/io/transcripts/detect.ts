import type { Sentence } from '../../../shared/i18n/sentence';
import type { DecodeOptions } from '../../../shared/text/encodings';
import { parsePlainText } from '../../../shared/transcripts/plainText';
import { looksLikeSbv, parseSbv } from '../../../shared/transcripts/sbv';
import { looksLikeSrt, parseSrt } from '../../../shared/transcripts/srt';
import {
  MAX_TRANSCRIPT_BYTES,
  TranscriptParseError,
  type ParsedTranscript,
  type TranscriptFormat,
} from '../../../shared/transcripts/types';
import { hasVttSignature, parseVtt } from '../../../shared/transcripts/vtt';
import { decodeText, TextDecodeError } from '../../formats/text/decode';

type TextFormat = Exclude<TranscriptFormat, 'docx'>;

const BY_EXTENSION: Readonly<Record<string, TextFormat>> = {
  vtt: 'vtt',
  webvtt: 'vtt',
  srt: 'srt',
  sbv: 'sbv',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
};

/** The lower-case extension of a file name without the dot, or '' when it has none. */
export function fileExtension(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** Throws the size error every importer shares; checked before anything is decoded. */
export function checkTranscriptSize(bytes: Uint8Array): void {
  if (bytes.length > MAX_TRANSCRIPT_BYTES) {
    const mb = (n: number) => Math.round(n / (1024 * 1024));
    throw new TranscriptParseError('imports.transcriptTooLarge', { megabytes: mb(bytes.length), limit: mb(MAX_TRANSCRIPT_BYTES) });
  }
}

/**
 * Sniffs the format from the first lines: the `WEBVTT` signature, an SRT cue number followed by a
 * `-->` line, or an SBV `0:00:00.000,0:00:01.000` line. Only the first 4 KB are looked at.
 */
export function sniffFormat(text: string): 'vtt' | 'srt' | 'sbv' | null {
  if (hasVttSignature(text)) return 'vtt';
  const head = text.slice(0, 4096).split('\n');
  const first = head.findIndex((l) => l.trim() !== '');
  if (first < 0) return null;
  const lines = head.slice(first, first + 2).map((l) => l.trim());
  if (looksLikeSrt(lines)) return 'srt';
  if (looksLikeSbv(lines[0]!)) return 'sbv';
  return null;
}

/**
 * Reads a text transcript (WebVTT, SRT, SBV, plain text, Markdown) from a file's bytes. The size
 * is checked first; the bytes are decoded once (UTF-8 with or without BOM, UTF-16 with BOM, else a
 * legacy encoding chosen by evidence or named in `options`; line endings become \n). How they were
 * read is returned as `decoding`, its note first in the warnings. The format comes from the content when
 * it is unmistakable (a `.txt` holding WebVTT is read as WebVTT, with a warning), else from the
 * extension, else plain text. DOCX is not handled here: it needs unzipping (main/io/transcripts/transcriptDocx.ts).
 * Throws {@link TranscriptParseError}; its message does not name the file.
 */
export function parseTranscript(fileName: string, bytes: Uint8Array, options: DecodeOptions = {}): ParsedTranscript {
  checkTranscriptSize(bytes);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    throw new TranscriptParseError('imports.transcriptIsZip');
  if (looksLikeUtf16WithoutBom(bytes)) throw new TranscriptParseError('imports.transcriptUtf16NoBom');
  let decoded;
  try {
    decoded = decodeText(bytes, null, options);
  } catch (e) {
    if (e instanceof TextDecodeError) throw TranscriptParseError.whole(e.sentence);
    throw e;
  }
  const text = decoded.text.startsWith('\ufeff') ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') throw new TranscriptParseError('imports.transcriptNoText');
  const notes: Sentence[] = [];
  const note = decoded.note;
  const decoding = { encoding: decoded.encoding, evidence: decoded.evidence, choices: decoded.choices, note };
  if (note !== null) notes.push(note);
  const byName = BY_EXTENSION[fileExtension(fileName)];
  const sniffed = sniffFormat(text);
  const format: TextFormat = sniffed ?? byName ?? 'text';
  if (byName !== undefined && sniffed !== null && byName !== sniffed)
    notes.push({ id: 'imports.transcriptFormatByContent', values: { named: byName, content: sniffed } });
  const parsed = parseText(text, format);
  return { ...parsed, warnings: [...notes, ...parsed.warnings], decoding };
}

/**
 * UTF-16 text without a BOM has a NUL in every other byte (ASCII characters), which decodeText
 * would call binary. Looking at the first 512 bytes is enough to tell the two apart.
 */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  return (evenZeros > 0.9 * half && oddZeros < 0.1 * half) || (oddZeros > 0.9 * half && evenZeros < 0.1 * half);
}

function parseText(text: string, format: TextFormat): ParsedTranscript {
  switch (format) {
    case 'vtt':
      return parseVtt(text);
    case 'srt':
      return parseSrt(text);
    case 'sbv':
      return parseSbv(text);
    default:
      return parsePlainText(text, format);
  }
}
