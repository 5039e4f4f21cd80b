import { nested } from '../../../shared/i18n/sentence';
import { checkTranscriptSize, fileExtension, parseTranscript } from './detect';
import type { DecodeOptions } from '../../../shared/text/encodings';
import { TranscriptParseError, type ParsedTranscript } from '../../../shared/transcripts/types';
import { AppError } from '../../../shared/errors';
import { parseDocx } from './transcriptDocx';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
const isPdf = (b: Uint8Array) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46;

/** The name to show: a caller may pass a full path, but messages name just the file. */
function displayName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1) || fileName;
}

/**
 * Reads a transcript file's bytes into turns without writing anything: DOCX (by extension or the
 * zip signature) through the safe zip/XML readers, everything else through parseTranscript.
 * Every failure becomes `AppError('IMPORT_FAILED', '<file>, line N: …')`, with the line when the
 * parser knows it. Unexpected errors are wrapped too (the user learns which file failed) and keep
 * the original as `cause` for the log. `options` (the encoding the user chose, the UI language)
 * apply to text files; a DOCX names its own encoding.
 */
export function readTranscript(fileName: string, bytes: Uint8Array, options: DecodeOptions = {}): ParsedTranscript {
  try {
    checkTranscriptSize(bytes);
    if (fileExtension(fileName) === 'docx' || isZip(bytes)) return parseDocx(fileName, bytes);
    if (fileExtension(fileName) === 'doc' || isOle(bytes)) throw new TranscriptParseError('imports.transcriptOldWord');
    if (isPdf(bytes)) throw new TranscriptParseError('imports.transcriptPdf');
    return parseTranscript(fileName, bytes, options);
  } catch (e) {
    throw importError(displayName(fileName), e);
  }
}

function importError(name: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof TranscriptParseError) {
    const reason = nested('reasonMessage', e.sentence);
    if (e.whole) return new AppError('IMPORT_FAILED', 'imports.transcriptFailedWhole', { file: name, ...reason });
    return e.line === undefined
      ? new AppError('IMPORT_FAILED', 'imports.transcriptFailed', { file: name, ...reason })
      : new AppError('IMPORT_FAILED', 'imports.transcriptFailedAtLine', { file: name, line: e.line, ...reason });
  }
  // An error no reader expected: its own words are a program's (English), kept as the detail.
  const wrapped = new AppError('IMPORT_FAILED', 'imports.transcriptUnreadable', {
    file: name,
    detail: e instanceof Error ? e.message : String(e),
  });
  wrapped.cause = e;
  return wrapped;
}
