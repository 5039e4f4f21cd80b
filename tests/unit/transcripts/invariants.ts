import { expect } from 'vitest';
import { type ParsedTranscript } from '../../../shared/transcripts/types';

/** The text of every turn, by slicing the canonical text with the turn's offsets. */
export const turnTexts = (t: ParsedTranscript) => t.turns.map((x) => t.text.slice(x.start, x.end));

/**
 * What every parsed transcript must satisfy: turns in order, not overlapping, non-empty, trimmed,
 * without blank lines, separated by exactly "\n\n", so text === turn texts joined by "\n\n".
 */
export function expectWellFormed(t: ParsedTranscript): void {
  expect(t.turns.length).toBeGreaterThan(0);
  let previousEnd = -2;
  for (const turn of t.turns) {
    expect(turn.start).toBe(previousEnd + 2);
    expect(turn.end).toBeGreaterThan(turn.start);
    const text = t.text.slice(turn.start, turn.end);
    expect(text).toBe(text.trim());
    expect(text).not.toContain('\n\n');
    if (turn.startMs !== null && turn.endMs !== null) expect(turn.endMs).toBeGreaterThanOrEqual(turn.startMs);
    previousEnd = turn.end;
  }
  expect(previousEnd).toBe(t.text.length);
  expect(turnTexts(t).join('\n\n')).toBe(t.text);
}

/** Distinct speakers, nulls included, in order of first appearance. */
export const speakersOf = (t: ParsedTranscript) => [...new Set(t.turns.map((x) => x.speaker))];
