import { type CueTiming } from './timestamps';
import { type WarningList } from './warnings';

/** One caption cue as found in the file: where it starts, its times and its raw text lines. */
export interface Cue {
  /** 1-based line of the cue's timing line. */
  line: number;
  startMs: number;
  endMs: number;
  lines: string[];
}

/** What differs between the cue-based formats (WebVTT, SRT, SBV); the block structure is shared. */
export interface CueSyntax {
  /** True for a line that is, or tries to be, a timing line (it may still fail to parse). */
  isTiming(line: string): boolean;
  parseTiming(line: string): CueTiming | null;
  /** Blocks to skip whole, like WebVTT's NOTE, STYLE and REGION. */
  isSkippedBlock?(line: string): boolean;
  /** SRT: a bare number right before a timing line is the next cue's number even without a blank line. */
  numberedCues?: boolean;
  /**
   * WebVTT: only an empty line ends cue text; a line of spaces is part of the cue (the spec's
   * rule, and what YouTube's two-line rolling cues rely on). SRT and SBV writers are sloppier, so
   * there any whitespace-only line ends the cue.
   */
  whitespaceLinesAreText?: boolean;
}

const isBlank = (line: string) => line.trim() === '';
const clip = (line: string) => (line.length > 40 ? `${line.slice(0, 40)}…` : line);

/**
 * Reads cue blocks from `lines` starting at index `from`: an optional identifier line, a timing
 * line, then text up to a blank line. Like the WebVTT parsing algorithm, a timing line inside cue
 * text starts a new cue (youtube-dl writes such files). Damaged cues are skipped with a warning
 * naming their line; everything readable is kept. One pass, each line looked at a bounded number
 * of times.
 */
export function scanCues(lines: readonly string[], from: number, syntax: CueSyntax, warnings: WarningList): Cue[] {
  const cues: Cue[] = [];
  const n = lines.length;
  const endsCue = syntax.whitespaceLinesAreText ? (line: string) => line === '' : isBlank;
  // Skips a block that is not a cue; stops early at a timing line so a cue glued to the block is kept.
  const skipBlock = (start: number): number => {
    let j = start + 1;
    while (j < n && !isBlank(lines[j]!) && !syntax.isTiming(lines[j]!)) j++;
    return j < n && syntax.isTiming(lines[j]!) && j - 1 > start ? j - 1 : j;
  };
  // Stops at the first non-blank line, which the main loop reads next anyway: linear overall.
  const onlyBlankFrom = (j: number): boolean => {
    while (j < n && isBlank(lines[j]!)) j++;
    return j >= n;
  };
  let i = from;
  while (i < n) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (syntax.isSkippedBlock?.(line)) {
      i = skipBlock(i);
      continue;
    }
    let t = i;
    if (!syntax.isTiming(line)) {
      if (i + 1 < n && syntax.isTiming(lines[i + 1]!))
        t = i + 1; // the line was the cue's identifier
      else {
        warnings.add('imports.warnTextOutsideCue', i + 1);
        i = skipBlock(i);
        continue;
      }
    }
    const text: string[] = [];
    let j = t + 1;
    while (j < n && !endsCue(lines[j]!) && !syntax.isTiming(lines[j]!)) text.push(lines[j++]!);
    if (j < n && syntax.isTiming(lines[j]!) && text.length > 0) {
      // The line right before the next timing line is that cue's id when it is a bare number (SRT)
      // or when it follows a whitespace-only line (a separator that was not quite empty).
      const last = text[text.length - 1]!;
      if ((syntax.numberedCues && /^\s*\d+\s*$/.test(last)) || (text.length >= 2 && isBlank(text[text.length - 2]!))) text.pop();
    }
    const timing = syntax.parseTiming(lines[t]!);
    if (timing === null) warnings.add('imports.warnBadCueTiming', t + 1, { timing: clip(lines[t]!.trim()) });
    else if (text.every(isBlank)) warnings.add(onlyBlankFrom(j) ? 'imports.warnLastCueEmpty' : 'imports.warnCueEmpty', t + 1);
    else cues.push({ line: t + 1, startMs: timing.startMs, endMs: timing.endMs, lines: text });
    i = j;
  }
  return cues;
}
