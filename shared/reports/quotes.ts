import type { Translator } from '../i18n/translator';
import type { ReportCoding, ReportData, ReportTurn } from './data';
import type { QuoteOptions } from './definition';
import type { QuoteKind, ReportQuote } from './result';
import { valueLabel } from './scales';
import type { Scope } from './scope';

/** Live notes and memos are someone's account of what was said, not the words themselves. */
const NOTE_DOCUMENTS = new Set(['notes', 'memo']);

/**
 * Quotes of a theme's own codings. Starred codings come first, all of them, longest first: the
 * researcher chose them, so neither the limit nor the one-per-participant rule drops them. The
 * remaining slots up to `perTheme` go to default picks, never a starred coding again: the longest
 * passage of each participant not already quoted (one per person, so one talkative participant
 * cannot fill the section), longest first; passages nobody spoke count as their own "speaker".
 * Length is measured by offsets, so quote text is read only for the winners. Notes are left out,
 * starred or not, when the options say so.
 */
export function quotePicker(data: ReportData, scope: Scope, options: QuoteOptions, tr: Translator): () => QuoteCollector {
  const persons = new Map(data.participants.map((p) => [p.id, p]));
  const attrs = options.attributeIds.flatMap((id) => data.attributes.filter((a) => a.id === id));
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  const sessions = new Map(data.sessions.map((s) => [s.id, s.title]));
  const kindOf = (c: ReportCoding): QuoteKind => (NOTE_DOCUMENTS.has(docs.get(c.documentId)?.kind ?? '') ? 'note' : 'transcript');
  const toQuote = (c: ReportCoding): ReportQuote => {
    // Respondents come first among a coding's people, so a question and its answer go to the one who answered.
    const person = c.participantIds.length > 0 ? persons.get(c.participantIds[0]!) : undefined;
    const doc = docs.get(c.documentId);
    const sessionId = scope.sessionOfDocument.get(c.documentId) ?? null;
    const kind = kindOf(c);
    const words = data.quoteOf(c.id);
    const { text, question } = kind === 'note' ? { text: words.trim(), question: null } : splitPassage(words, c, data.turns);
    return {
      codingId: c.id,
      kind,
      text,
      question,
      speaker: person?.name ?? null,
      attributes: person ? attrs.flatMap((a) => valueLabel(a, person.values[a.id], tr) ?? []) : [],
      document: doc?.title ?? '',
      session: sessionId === null ? null : (sessions.get(sessionId) ?? null),
      starred: c.starred,
    };
  };
  const length = (c: ReportCoding) => c.end - c.start;
  const longestFirst = (a: ReportCoding, b: ReportCoding) => length(b) - length(a) || (a.id < b.id ? -1 : 1);
  const voiceOf = (c: ReportCoding) => c.participantIds[0] ?? `coding:${c.id}`;
  return () => {
    // Codings arrive one at a time, in the one pass over the report's codings (a big theme has
    // thousands): the starred ones apart, and of the rest each voice's longest passage (or all of
    // them when one a person is not asked for).
    const starred: ReportCoding[] = [];
    const rest: ReportCoding[] = [];
    const best = new Map<string, ReportCoding>();
    const add = (c: ReportCoding) => {
      if (options.perTheme === 0 || (!options.includeNotes && kindOf(c) === 'note')) return;
      if (c.starred) starred.push(c);
      else if (!options.onePerParticipant) rest.push(c);
      else {
        const voice = voiceOf(c);
        const held = best.get(voice);
        if (!held || longestFirst(c, held) < 0) best.set(voice, c);
      }
    };
    const quotes = () => {
      if (options.perTheme === 0) return [];
      starred.sort(longestFirst);
      const room = options.perTheme - starred.length;
      if (room <= 0) return starred.map(toQuote);
      // A voice a starred quote already speaks for gets no default pick.
      for (const c of starred) best.delete(voiceOf(c));
      const pool = options.onePerParticipant ? best.values() : rest;
      return [...starred, ...longest(pool, room, longestFirst)].map(toQuote);
    };
    return { add, quotes };
  };
}

/** The quotes of one theme's own codings, handed over one at a time. */
export interface QuoteCollector {
  add: (coding: ReportCoding) => void;
  quotes: () => ReportQuote[];
}

/**
 * A coded transcript passage as the respondent's words and, apart, the question put to them. When
 * a coding spans turns of a moderator (or observer, note-taker) and of a respondent, the words
 * before the first answer are the question; words of theirs between two answers are cut and
 * marked "[…]", and after the last answer they are dropped. A passage of one kind of voice only,
 * or whose text no longer lines up with its offsets, is quoted whole.
 */
export function splitPassage(words: string, c: ReportCoding, turns: readonly ReportTurn[]): { text: string; question: string | null } {
  const whole = { text: words.trim(), question: null };
  if (words.length !== c.end - c.start) return whole;
  const parts: { words: string; asked: boolean }[] = [];
  for (const n of c.turns) {
    const t = turns[n];
    if (!t) return whole;
    const piece = words.slice(Math.max(t.start, c.start) - c.start, Math.min(t.end, c.end) - c.start).trim();
    if (piece) parts.push({ words: piece, asked: t.voice === 'nonRespondent' });
  }
  if (!parts.some((p) => p.asked) || parts.every((p) => p.asked)) return whole;
  const first = parts.findIndex((p) => !p.asked);
  const question =
    first > 0
      ? parts
          .slice(0, first)
          .map((p) => p.words)
          .join(' ')
      : null;
  let text = '';
  let cut = false;
  for (const p of parts.slice(first)) {
    if (p.asked) cut = true;
    else {
      text += text === '' ? p.words : `${cut ? ' […] ' : '\n\n'}${p.words}`;
      cut = false;
    }
  }
  return { text, question };
}

/** The `k` first items of `items` in `order`, without sorting them all (k is a handful of quotes). */
function longest<T>(items: Iterable<T>, k: number, order: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && order(item, top[k - 1]!) >= 0) continue;
    let at = top.length < k ? top.length : k - 1;
    while (at > 0 && order(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
