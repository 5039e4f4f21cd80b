import { assembleTranscript } from './assemble';
import { scanCues, type CueSyntax } from './cueScanner';
import { cuesToTurns } from './cues';
import { parseArrowTiming } from './timestamps';
import { type ParsedTranscript } from './types';
import { WarningList } from './warnings';

const SIGNATURE = /^\uFEFF?WEBVTT(?:[ \t]|$)/;
const SKIPPED_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

const VTT: CueSyntax = {
  isTiming: (line) => line.includes('-->'),
  parseTiming: parseArrowTiming,
  // Teams and Stream write `NOTE Confidence: 0.93` and `NOTE duration:…` blocks; they are metadata.
  isSkippedBlock: (line) => SKIPPED_BLOCK.test(line),
  whitespaceLinesAreText: true,
};

/** True when the text starts with the WebVTT signature line. */
export function hasVttSignature(text: string): boolean {
  const end = text.indexOf('\n');
  return SIGNATURE.test(end < 0 ? text.slice(0, 16) : text.slice(0, Math.min(end, 16)));
}

/**
 * Parses WebVTT: Zoom transcripts (`Name: text` cues), Zoom captions, Microsoft Teams and Stream
 * (`<v Name>` voice tags, GUID cue ids, NOTE blocks, legacy `0:0:0.0` times) and YouTube
 * auto-captions (inline word times, `<c>` spans, rolling lines). The header block after `WEBVTT`
 * (YouTube's `Kind:`/`Language:`/`Style:`) is skipped up to the first blank line. A file without
 * the signature is still read, with a warning. Input must have \n line endings.
 */
export function parseVtt(text: string): ParsedTranscript {
  const warnings = new WarningList();
  const lines = text.split('\n');
  let from = 0;
  if (SIGNATURE.test(lines[0] ?? '')) {
    from = 1;
    while (from < lines.length && lines[from]!.trim() !== '' && !lines[from]!.includes('-->')) from++;
  } else warnings.add('imports.warnNoWebvttHeader', 1);
  const cues = scanCues(lines, from, VTT, warnings);
  return assembleTranscript('vtt', cuesToTurns(cues, warnings), warnings);
}
