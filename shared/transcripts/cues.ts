import { type Cue } from './cueScanner';
import { cueSegments } from './cueText';
import { LabelTally, splitColonLabel } from './speakers';
import { formatClock } from './timestamps';
import { type TurnDraft } from './types';
import { type WarningList } from './warnings';

/** Speaker-less captions are joined into one turn only across pauses shorter than this. */
const MAX_JOIN_GAP_MS = 2000;
/** …and only while the turn is shorter than this, so unpunctuated auto-captions still break up. */
const MAX_JOINED_CHARS = 500;
/** Rolling captions repeat at most the previous two or three lines; bounding k keeps this linear. */
const MAX_ROLLING_LINES = 3;
const SENTENCE_END = /[.!?…。！？]["'”’)\]]*$/;

/** A piece of one cue spoken by one voice, after markup and rolling duplicates are gone. */
interface Piece {
  startMs: number;
  endMs: number;
  voice: string | null;
  lines: string[];
}

interface OpenTurn {
  speaker: string | null;
  startMs: number;
  endMs: number;
  parts: string[];
  chars: number;
}

/**
 * Turns caption cues into speaker turns:
 * 1. timings are checked in file order: a cue that ends before it starts gets end = start, a cue
 *    that starts before the previous one is kept where it is; both are warned about;
 * 2. markup is stripped and rolling duplicates are removed (YouTube auto-captions show two lines
 *    and repeat the previous cue's last line at the top of the next one);
 * 3. the speaker is the `<v Name>` voice tag, else a `Name:` prefix when the file uses such
 *    prefixes consistently (see {@link LabelTally});
 * 4. consecutive cues of one speaker merge into one turn (text joined with a space, since cues
 *    split running speech). A cue without a speaker never joins a named speaker's turn: in a
 *    Zoom transcript the unlabelled `Hmm.` is most likely someone else, so it becomes its own
 *    turn with speaker null. Consecutive speaker-less cues (plain captions) are joined into
 *    sentence-like turns: while the previous cue ends mid-sentence, the pause is under 2 s and
 *    the turn is under 500 characters.
 */
export function cuesToTurns(cues: readonly Cue[], warnings: WarningList): TurnDraft[] {
  const pieces = dedupeRolling(checkTimings(cues, warnings));
  const tally = new LabelTally();
  let unvoiced = 0;
  const candidates = pieces.map((p) => {
    if (p.voice !== null) return null;
    unvoiced++;
    const split = splitColonLabel(p.lines[0]!);
    if (split) tally.add(split.label);
    return split;
  });
  const speakers = tally.accepted(unvoiced, 2);
  const turns: OpenTurn[] = [];
  pieces.forEach((piece, k) => {
    const split = candidates[k];
    let speaker = piece.voice;
    let lines = piece.lines;
    if (split && speakers.has(split.label)) {
      speaker = split.label;
      lines = split.rest === '' ? lines.slice(1) : [split.rest, ...lines.slice(1)];
    }
    if (lines.length === 0) return;
    const text = lines.join(' ');
    const cur = turns[turns.length - 1];
    if (cur && cur.speaker === speaker && (speaker !== null || continues(cur, piece))) {
      cur.parts.push(text);
      cur.chars += text.length + 1;
      cur.endMs = Math.max(cur.endMs, piece.endMs);
    } else turns.push({ speaker, startMs: piece.startMs, endMs: piece.endMs, parts: [text], chars: text.length });
  });
  return turns.map((t) => ({ speaker: t.speaker, startMs: t.startMs, endMs: t.endMs, text: t.parts.join(' ') }));
}

function continues(turn: OpenTurn, next: Piece): boolean {
  const last = turn.parts[turn.parts.length - 1]!;
  return !SENTENCE_END.test(last) && next.startMs - turn.endMs < MAX_JOIN_GAP_MS && turn.chars < MAX_JOINED_CHARS;
}

function checkTimings(cues: readonly Cue[], warnings: WarningList): Cue[] {
  let previousStart = -1;
  return cues.map((cue) => {
    let { endMs } = cue;
    if (endMs < cue.startMs) {
      warnings.add('imports.warnCueEndsBeforeStart', cue.line, { end: formatClock(endMs), start: formatClock(cue.startMs) });
      endMs = cue.startMs;
    }
    if (cue.startMs < previousStart)
      warnings.add('imports.warnCueOutOfOrder', cue.line, { start: formatClock(cue.startMs), previous: formatClock(previousStart) });
    previousStart = cue.startMs;
    return endMs === cue.endMs ? cue : { ...cue, endMs };
  });
}

/**
 * Splits cues into voice pieces and drops rolling duplicates: when a cue shows two or more lines,
 * its leading lines that repeat the trailing lines of the cue before (same voice) were already
 * said. Single-line cues are never touched, so a speaker saying "Okay." twice keeps both.
 */
function dedupeRolling(cues: readonly Cue[]): Piece[] {
  const pieces: Piece[] = [];
  let previous: string[] = [];
  let previousVoice: string | null = null;
  for (const cue of cues) {
    for (const segment of cueSegments(cue.lines)) {
      let lines = segment.lines;
      if (cue.lines.length >= 2 && segment.voice === previousVoice) lines = lines.slice(overlap(previous, lines));
      if (lines.length > 0) pieces.push({ startMs: cue.startMs, endMs: cue.endMs, voice: segment.voice, lines });
      previous = segment.lines;
      previousVoice = segment.voice;
    }
  }
  return pieces;
}

/** The largest k such that the first k lines of `next` equal the last k lines of `previous`. */
function overlap(previous: readonly string[], next: readonly string[]): number {
  for (let k = Math.min(previous.length, next.length, MAX_ROLLING_LINES); k > 0; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = next[i] === previous[previous.length - k + i];
    if (same) return k;
  }
  return 0;
}
