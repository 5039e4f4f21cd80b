import { parseClock } from './timestamps';

// A speaker label: starts with a capital, an uncased letter (CJK…) or a digit, then letters,
// digits and the punctuation names use (`Dr. Melissa Ko`, `Interviewer (Anna)`, `O’Neil`, `P-1`).
// Commas, question marks and the like are excluded because they mark sentences, not names.
const LABEL = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}][\p{L}\p{M}\p{N} .'’\-_()&]{0,47}$/u;
// QualCoder-style `[id1]` tags may start lower-case but are shorter and have no parentheses.
const BRACKET_LABEL = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’\-_]{0,31}$/u;
const MAX_LABEL_WORDS = 6;
/** Share of lines carrying a label above which a file counts as speaker-labelled throughout. */
const LABELLED_SHARE = 0.25;

/** Collapses inner whitespace so `Anna  Smith` and `Anna Smith` are one speaker. */
export function normalizeSpeaker(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function plausibleLabel(label: string, pattern: RegExp): boolean {
  return (
    pattern.test(label) &&
    label.split(' ').length <= MAX_LABEL_WORDS &&
    !/^\d+$/.test(label) && // "1: first point" is a numbered list, not a speaker
    parseClock(label) === null
  );
}

/**
 * Splits `Name: text` (also the full-width `Name：text` of CJK transcripts) into a candidate
 * speaker label and the rest. Only the first 64 characters are searched, so a long line costs
 * the same as a short one. `10:30` and `https://` are not labels: an ASCII colon must be followed
 * by whitespace or the end of the line.
 */
export function splitColonLabel(line: string): { label: string; rest: string } | null {
  const head = line.length > 64 ? line.slice(0, 64) : line;
  const ascii = head.indexOf(':');
  const wide = head.indexOf('：');
  const at = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  if (at <= 0) return null;
  const after = line.slice(at + 1);
  if (at === ascii && after !== '' && !/^\s/.test(after)) return null;
  const label = normalizeSpeaker(line.slice(0, at));
  return plausibleLabel(label, LABEL) ? { label, rest: after.trim() } : null;
}

/** True when `text` could be a speaker's name (used for headings like `Speaker 1  0:03`). */
export function isSpeakerLabel(text: string): boolean {
  return plausibleLabel(normalizeSpeaker(text), LABEL);
}

/** Splits a QualCoder-style `[id1] text` line into a candidate label and the rest. */
export function splitBracketLabel(line: string): { label: string; rest: string } | null {
  if (!line.startsWith('[')) return null;
  const close = line.indexOf(']', 1);
  if (close < 0 || close > 34) return null;
  const label = normalizeSpeaker(line.slice(1, close));
  const rest = line.slice(close + 1);
  if (rest !== '' && !/^\s/.test(rest)) return null;
  return plausibleLabel(label, BRACKET_LABEL) ? { label, rest: rest.trim() } : null;
}

/** Counts candidate labels across a file so the decision to trust them is made once, for all lines. */
export class LabelTally {
  private readonly counts = new Map<string, number>();
  private labelledLines = 0;

  /** How many lines carry a label. */
  get lines(): number {
    return this.labelledLines;
  }

  /** Records one line that carries `label`. */
  add(label: string): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
    this.labelledLines++;
  }

  /**
   * Which labels are speakers. When at least two and at least a quarter of the file's
   * `totalLines` carry a label, the file is a speaker-labelled transcript and every label counts; otherwise only labels seen
   * at least `minRepeats` times do, so a lone `Note: …` in running text stays text.
   */
  accepted(totalLines: number, minRepeats: number): Set<string> {
    const labelled = this.labelledLines >= 2 && this.labelledLines / totalLines >= LABELLED_SHARE;
    const out = new Set<string>();
    for (const [label, n] of this.counts) if (labelled || n >= minRepeats) out.add(label);
    return out;
  }
}
