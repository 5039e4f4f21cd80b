import type { ParsedTranscript } from './types';

/**
 * Labels that name the person running a session, in the languages our researchers work in
 * (English, Norwegian, Croatian, Hungarian, Chinese), alone or followed by a name or number:
 * `Interviewer`, `Moderator (Anna)`, `Intervjuer 2`, `Voditeljica`, `Kérdező`, `主持人`, and the
 * one-letter `I` / `Q` of interview scripts.
 */
const MODERATOR_WORDS = [
  'interviewer',
  'moderator',
  'facilitator',
  'researcher',
  'host',
  'i',
  'q',
  'intervjuer',
  'intervjuar',
  'ordstyrer',
  'fasilitator',
  'voditelj',
  'voditeljica',
  'ispitivač',
  'ispitivačica',
  'anketar',
  'anketarka',
  'istraživač',
  'istraživačica',
  'moderátor',
  'kérdező',
  'interjúkészítő',
  'kutató',
  '主持人',
  '访谈员',
  '访问员',
  '采访者',
  '采访人',
  '访谈者',
  '研究员',
  '调研员',
];
const MODERATOR_LABEL = new RegExp(`^(?:${MODERATOR_WORDS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');

/** True when a speaker label names the interviewer or moderator by role rather than by name. */
export function isModeratorLabel(label: string): boolean {
  return MODERATOR_LABEL.test(label.trim());
}

/** Fewest question turns that make a speaker the likely interviewer, and how far ahead of the next they must be. */
const MIN_QUESTION_TURNS = 3;
const LEAD_FACTOR = 2;

// A turn that hands the word over with a question. Counting every `?` also counts respondents'
// asides ("…you know?"): in refdata's real interviews that left the interviewer under twice ahead.
const ENDS_WITH_QUESTION = /[?？][\s"'”’)）]*$/u;

/**
 * The speaker who asks most of the questions (turns that end with `?` or `？`), when one clearly
 * does: at least {@link MIN_QUESTION_TURNS} such turns and twice as many as anyone else. In an
 * interview or focus group that is the moderator. Null when no one stands out (a chat among
 * equals, a file without speakers).
 */
export function likelyInterviewer(parsed: Pick<ParsedTranscript, 'text' | 'turns'>): string | null {
  const questions = new Map<string, number>();
  for (const t of parsed.turns) {
    if (t.speaker === null) continue;
    const asks = ENDS_WITH_QUESTION.test(parsed.text.slice(t.start, t.end));
    questions.set(t.speaker, (questions.get(t.speaker) ?? 0) + (asks ? 1 : 0));
  }
  if (questions.size < 2) return null;
  const ranked = [...questions].sort((a, b) => b[1] - a[1]);
  const [top, next] = [ranked[0]!, ranked[1]!];
  return top[1] >= MIN_QUESTION_TURNS && top[1] >= LEAD_FACTOR * next[1] ? top[0] : null;
}
