import { nested } from '../i18n/sentence';
import { type WarningList } from './warnings';
import { TranscriptParseError, type ParsedTranscript, type ParsedTurn, type TranscriptFormat, type TurnDraft } from './types';

/**
 * Tidies one turn's text: trims every line and drops empty ones, so the text has no blank line
 * (the invariant that lets "\n\n" separate turns unambiguously) and no stray edge whitespace.
 */
export function tidyTurnText(text: string): string {
  if (!text.includes('\n')) return text.trim();
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t !== '') lines.push(t);
  }
  return lines.join('\n');
}

/**
 * Builds the canonical text and turn offsets from parser drafts: turn texts joined with "\n\n"
 * (see {@link ParsedTranscript}). Turns whose text is empty after tidying are dropped; no turns at
 * all is an error. Linear:
 * the text is joined once, offsets come from a running sum of lengths.
 */
export function assembleTranscript(format: TranscriptFormat, drafts: readonly TurnDraft[], warnings: WarningList): ParsedTranscript {
  const parts: string[] = [];
  const turns: ParsedTurn[] = [];
  let offset = 0;
  for (const d of drafts) {
    const text = tidyTurnText(d.text);
    if (text === '') continue;
    if (parts.length > 0) offset += 2;
    parts.push(text);
    turns.push({ speaker: d.speaker, startMs: d.startMs, endMs: d.endMs, start: offset, end: offset + text.length });
    offset += text.length;
  }
  if (turns.length === 0) {
    // When cues were skipped, the first skipped one is the likely reason: name its line.
    const first = warnings.first();
    throw first
      ? new TranscriptParseError('imports.noTurnsBecause', nested('reasonMessage', first.sentence), first.line)
      : new TranscriptParseError('imports.noTurns');
  }
  return { format, text: parts.join('\n\n'), turns, warnings: warnings.list() };
}
