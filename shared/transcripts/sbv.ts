import { assembleTranscript } from './assemble';
import { scanCues, type CueSyntax } from './cueScanner';
import { cuesToTurns } from './cues';
import { parseSbvTiming } from './timestamps';
import { type ParsedTranscript } from './types';
import { WarningList } from './warnings';

// Anchored and bounded: only the start of the line is looked at.
const SBV_TIMING = /^\s*\d{1,3}:\d{1,2}:\d{1,2}\.\d{1,3},\d/;

const SBV: CueSyntax = {
  isTiming: (line) => SBV_TIMING.test(line),
  parseTiming: parseSbvTiming,
};

/** True when the first non-blank line is an SBV timing line (`0:00:00.378,0:00:11.378`). */
export function looksLikeSbv(firstLine: string): boolean {
  return SBV_TIMING.test(firstLine) && parseSbvTiming(firstLine) !== null;
}

/**
 * Parses YouTube SBV: a `start,end` timing line, then text up to a blank line. Input must have
 * \n line endings.
 */
export function parseSbv(text: string): ParsedTranscript {
  const warnings = new WarningList();
  const cues = scanCues(text.split('\n'), 0, SBV, warnings);
  return assembleTranscript('sbv', cuesToTurns(cues, warnings), warnings);
}
