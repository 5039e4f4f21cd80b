import { assembleTranscript } from './assemble';
import { isSpeakerLabel, LabelTally, normalizeSpeaker, splitBracketLabel, splitColonLabel } from './speakers';
import { matchLeadingStamp, parseClock } from './timestamps';
import { type ParsedTranscript, type TurnDraft } from './types';
import { WarningList } from './warnings';

/**
 * One line of a text transcript, classified but not yet judged: whether its label really names a
 * speaker is decided for the whole file in {@link linesToTurns}.
 */
export interface TextLine {
  /** 1-based line (DOCX: paragraph) number. */
  line: number;
  blank: boolean;
  /** A `[00:01:02]` / `(1:02)` stamp in front of the line, or the time of an Otter-style heading. */
  stampMs: number | null;
  /** Candidate speaker. */
  label: string | null;
  /** How the label was written; `given` comes from structure (a DOCX table's speaker column) and is always trusted. */
  labelKind: 'colon' | 'heading' | 'bracket' | 'given' | null;
  /** The line's text after stamp and label. */
  text: string;
  /** The line's text after the stamp only, used when the label turns out not to be a speaker. */
  body: string;
}

// Both run on at most 100 characters, so their lazy groups cannot cost more than that squared.
const OTTER_HEADING = /^(.{1,60}?)[ \t]+(\d{1,2}:\d{2}(?::\d{2})?)$/;
const STAMPED_HEADING = /^([^()[\]:]{1,60}?)[ \t]*([[(])(\d{1,3}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?)([\])])[ \t]*(:?)/;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;

/**
 * Classifies one line: a leading `[00:01:02]`/`(00:01:02)` stamp, then a speaker written as
 * `Name: text`, `Name：text`, an Otter heading `Speaker 1  0:03`, a Rev-style `Name (00:01:02):`,
 * or a QualCoder `[id1] text`. In Markdown, `# ` heading marks and `**Name:**` bold are removed.
 */
export function classifyLine(raw: string, line: number, markdown: boolean): TextLine {
  let s = raw.trim();
  if (s === '') return textLine(line, null, null, null, '', '', true);
  if (markdown) s = stripMarkdown(s);
  let stampMs: number | null = null;
  const stamp = matchLeadingStamp(s);
  if (stamp) {
    stampMs = stamp.ms;
    s = s.slice(stamp.length).trim();
  }
  const heading = matchHeading(s);
  if (heading) return textLine(line, stampMs ?? heading.ms, heading.label, 'heading', heading.rest, s);
  const colon = splitColonLabel(s);
  if (colon) return textLine(line, stampMs, colon.label, 'colon', colon.rest, s);
  const bracket = splitBracketLabel(s);
  if (bracket) return textLine(line, stampMs, bracket.label, 'bracket', bracket.rest, s);
  return textLine(line, stampMs, null, null, s, s);
}

/**
 * Builds a {@link TextLine}. A plain constructor rather than object spread, which made
 * classifying 100k lines several times slower (measured).
 */
export function textLine(
  line: number,
  stampMs: number | null,
  label: string | null,
  labelKind: TextLine['labelKind'],
  text: string,
  body: string,
  blank = false,
): TextLine {
  return { line, blank, stampMs, label, labelKind, text, body };
}

function matchHeading(s: string): { label: string; ms: number; rest: string } | null {
  if (s.length <= 80) {
    const otter = OTTER_HEADING.exec(s);
    if (otter && isSpeakerLabel(otter[1]!)) return { label: normalizeSpeaker(otter[1]!), ms: parseClock(otter[2]!)!, rest: '' };
  }
  const m = STAMPED_HEADING.exec(s.slice(0, 100));
  if (!m || (m[2] === '[') !== (m[4] === ']') || !isSpeakerLabel(m[1]!)) return null;
  const rest = s.slice(m[0].length).trim();
  const ms = parseClock(m[3]!);
  // `Anna (00:01:02)` alone or `Anna (00:01:02): text`; "Met Anna (1:02) later" is just text.
  return ms !== null && (rest === '' || m[5] === ':') ? { label: normalizeSpeaker(m[1]!), ms, rest } : null;
}

function stripMarkdown(s: string): string {
  let out = s.replace(MARKDOWN_HEADING, '');
  const marker = out.slice(0, 2);
  if (marker === '**' || marker === '__') {
    const close = out.indexOf(marker, 2);
    if (close > 2 && close < 70) {
      const inner = out.slice(2, close);
      // `**Name:** text`, `**Name**: text`, `**Name** (00:01:02)`: drop the emphasis around a name only.
      if (isSpeakerLabel(inner.replace(/[:：]\s*$/, ''))) out = inner + out.slice(close + 2);
    }
  }
  return out;
}

interface OpenTurn {
  speaker: string | null;
  startMs: number | null;
  parts: string[];
}

/**
 * Builds turns from classified lines. Labels are trusted file-wide (see {@link LabelTally}); a
 * trusted label starts a turn unless the same speaker is already talking, so `Dan: …` paragraphs
 * in a row become one turn. An unlabelled line continues the current speaker's turn (a speaker's
 * second paragraph, or the text under an Otter heading); before any speaker, or in a file without
 * speakers, each paragraph is its own turn with speaker null. Lines in a turn are joined with "\n";
 * stamps set the turn's start (text formats have no end times).
 */
export function linesToTurns(lines: readonly TextLine[], warnings?: WarningList): TurnDraft[] {
  const named = new LabelTally();
  const bracketed = new LabelTally();
  let nonBlank = 0;
  for (const l of lines) {
    if (l.blank) continue;
    nonBlank++;
    if (l.labelKind === 'colon' || l.labelKind === 'heading') named.add(l.label!);
    else if (l.labelKind === 'bracket') bracketed.add(l.label!);
  }
  const trustedNamed = named.accepted(nonBlank, 2);
  // `[laughs] yes` must not become a speaker, so bracket tags count only in files that use them
  // as their main way of naming speakers (QualCoder's `[id1]`).
  const trustedBracketed = bracketed.lines > named.lines ? bracketed.accepted(nonBlank, Infinity) : new Set<string>();
  const isTrusted = (l: TextLine) =>
    l.labelKind === 'given' || (l.label !== null && (l.labelKind === 'bracket' ? trustedBracketed : trustedNamed).has(l.label));
  const headings = leadingHeadings(lines, isTrusted);
  for (const h of headings) warnings?.add('imports.warnHeading', h.line, { heading: h.body });
  const turns: OpenTurn[] = [];
  let paragraphStart = true;
  let pendingStamp: number | null = null;
  for (const l of lines) {
    if (headings.has(l)) continue;
    if (l.blank) {
      paragraphStart = true;
      continue;
    }
    const trusted = isTrusted(l);
    const stamp = l.stampMs ?? pendingStamp;
    const cur = turns[turns.length - 1];
    const text = trusted ? l.text : l.body;
    if (!trusted && text === '') {
      // A stamp alone on its line stamps the paragraph below it.
      pendingStamp = l.stampMs;
      paragraphStart = true;
      continue;
    }
    const speaker = trusted ? l.label : null;
    const joins = trusted
      ? cur !== undefined && cur.speaker === speaker
      : cur !== undefined && (cur.speaker !== null || (!paragraphStart && l.stampMs === null));
    if (joins) {
      if (text !== '') cur!.parts.push(text);
      cur!.startMs ??= stamp;
    } else turns.push({ speaker, startMs: stamp, parts: text === '' ? [] : [text] });
    pendingStamp = null;
    paragraphStart = false;
  }
  return turns.map((t) => ({ speaker: t.speaker, startMs: t.startMs, endMs: null, text: t.parts.join('\n') }));
}

// A heading is short and reads as a title: no sentence or clause punctuation at its end.
const HEADING_MAX_CHARS = 80;
const SENTENCE_END = /[.!?…:;,。！？：；，]$/u;

/**
 * Title lines at the top of a speaker-labelled file ("Interview", "# Session 4 — onboarding"): each a
 * paragraph of one short, unstamped, unlabelled line before the first speaker. Nobody said them, so
 * they must not become turns of an "Unknown speaker". A file without speakers keeps every line.
 */
function leadingHeadings(lines: readonly TextLine[], isTrusted: (l: TextLine) => boolean): Set<TextLine> {
  const headings = new Set<TextLine>();
  if (!lines.some(isTrusted)) return headings;
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.blank) i++;
    const l = lines[i];
    if (l === undefined || isTrusted(l)) break;
    const next = lines[i + 1];
    const alone = next === undefined || next.blank;
    const title = l.stampMs === null && l.body.length <= HEADING_MAX_CHARS && !SENTENCE_END.test(l.body);
    if (!alone || !title) break;
    headings.add(l);
    i++;
  }
  return headings;
}

/**
 * Parses a plain-text or Markdown transcript: `Name: text` turns, `[00:01:02]` or `(00:01:02)`
 * stamps, Otter.ai exports (`Speaker 1  0:03` heading, then the text). Markdown is otherwise kept
 * as written. Input must have \n line endings.
 */
export function parsePlainText(text: string, format: 'text' | 'markdown'): ParsedTranscript {
  const lines = text.split('\n').map((raw, i) => classifyLine(raw, i + 1, format === 'markdown'));
  const warnings = new WarningList();
  return assembleTranscript(format, linesToTurns(lines, warnings), warnings);
}
