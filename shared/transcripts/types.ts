import type { MessageId } from '../i18n/catalogue';
import { SentenceError, type Sentence, type SentenceValues } from '../i18n/sentence';
import type { TextDecoding } from '../text/encodings';

/** The file formats a transcript can be imported from. */
export type TranscriptFormat = 'vtt' | 'srt' | 'sbv' | 'docx' | 'text' | 'markdown';

/**
 * One speaker turn of a parsed transcript. `start`/`end` are UTF-16 offsets (JavaScript string
 * indices) into {@link ParsedTranscript.text}, half-open, so the turn's text is
 * `transcript.text.slice(turn.start, turn.end)` (ARCHITECTURE.md §4).
 */
export interface ParsedTurn {
  /** The speaker's name as written in the file, or null when the file does not say who spoke. */
  speaker: string | null;
  /** Start time in milliseconds from the start of the recording, when the file has one. */
  startMs: number | null;
  /** End time in milliseconds; null for formats that only stamp the start (plain text, DOCX). */
  endMs: number | null;
  start: number;
  end: number;
}

/**
 * A transcript read from a file, before anything is written to a study.
 *
 * The canonical text is the turn texts joined with `"\n\n"`, the same block separator Lexical's
 * `getTextContent()` uses, so a transcript shown one block per turn produces the same offsets.
 * A turn's own text never contains a blank line (lines inside a turn are joined with a single
 * `"\n"`), so `text.split('\n\n')` gives back exactly the turns' texts.
 */
export interface ParsedTranscript {
  format: TranscriptFormat;
  text: string;
  turns: ParsedTurn[];
  /** Things the user should know before committing the import (repaired timings, skipped cues…). */
  warnings: Sentence[];
  /** How a text file's bytes were read (absent for DOCX, whose XML names its own encoding). */
  decoding?: TextDecoding;
}

/**
 * Thrown when a file cannot be read as a transcript. The sentence names the problem but not the
 * file; the importer puts the file name (and `line`, 1-based, when it is known) around it.
 */
export class TranscriptParseError extends SentenceError {
  /** True when the sentence ends itself (a decoder's refusal): the importer then adds no full stop. */
  whole = false;
  constructor(
    id: MessageId,
    values?: SentenceValues,
    readonly line?: number,
  ) {
    super(id, values);
    this.name = 'TranscriptParseError';
  }

  /** A refusal that is a whole sentence already, such as a decoder's. */
  static whole(sentence: Sentence): TranscriptParseError {
    const error = new TranscriptParseError(sentence.id, sentence.values);
    error.whole = true;
    // The English (for logs) reads as every other refusal here: a clause the importer ends.
    error.message = error.message.replace(/\.$/, '');
    return error;
  }
}

/** The largest file Verbatim tries to read as a transcript (a 2-hour VTT is about 0.5 MB). */
export const MAX_TRANSCRIPT_BYTES = 60 * 1024 * 1024;

/** A turn being built by a parser: speaker and times, and its text before offsets exist. */
export interface TurnDraft {
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  text: string;
}
