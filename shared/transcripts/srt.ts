import { assembleTranscript } from './assemble';
import { scanCues, type CueSyntax } from './cueScanner';
import { cuesToTurns } from './cues';
import { parseArrowTiming } from './timestamps';
import { type ParsedTranscript } from './types';
import { WarningList } from './warnings';

const SRT: CueSyntax = {
  isTiming: (line) => line.includes('-->'),
  // SRT writes `00:00:03,760`; files converted from WebVTT often keep the dot, so both are read.
  parseTiming: parseArrowTiming,
  numberedCues: true,
};

/** True when the text opens like SubRip: a cue number line, then a `-->` timing line. */
export function looksLikeSrt(firstLines: readonly string[]): boolean {
  return /^\d{1,9}$/.test(firstLines[0] ?? '') && (firstLines[1] ?? '').includes('-->');
}

/**
 * Parses SubRip (.srt): numbered cues with `hh:mm:ss,mmm --> hh:mm:ss,mmm` timings. Lines of a cue
 * are joined with spaces (they wrap for display), markup like `<i>` and `{\an8}` is removed and
 * speaker prefixes are detected as in WebVTT. Input must have \n line endings.
 */
export function parseSrt(text: string): ParsedTranscript {
  const warnings = new WarningList();
  const cues = scanCues(text.split('\n'), 0, SRT, warnings);
  return assembleTranscript('srt', cuesToTurns(cues, warnings), warnings);
}
