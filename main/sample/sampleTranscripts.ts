import { z } from 'zod';
import fg1 from '../../resources/sample/freshBasket/fg1.json' with { type: 'json' };
import fg2 from '../../resources/sample/freshBasket/fg2.json' with { type: 'json' };
import ic1 from '../../resources/sample/freshBasket/ic1.json' with { type: 'json' };
import ic2 from '../../resources/sample/freshBasket/ic2.json' with { type: 'json' };
import ic3 from '../../resources/sample/freshBasket/ic3.json' with { type: 'json' };
import ic4 from '../../resources/sample/freshBasket/ic4.json' with { type: 'json' };
import ic5 from '../../resources/sample/freshBasket/ic5.json' with { type: 'json' };
import int1 from '../../resources/sample/freshBasket/int1.json' with { type: 'json' };
import int2 from '../../resources/sample/freshBasket/int2.json' with { type: 'json' };
import int3 from '../../resources/sample/freshBasket/int3.json' with { type: 'json' };
import type { Study } from '../services/study';

/** One transcript file per session: resources/sample/freshBasket/<session key>.json (bundled, never read from disk). */
const TRANSCRIPT_FILES: unknown[] = [fg1, fg2, int1, int2, int3, ic1, ic2, ic3, ic4, ic5];

/** A turn's text as the canonical convention requires: not empty, trimmed, no blank line inside. */
const TurnText = z
  .string()
  .min(1)
  .refine((t) => t.trim() === t && !t.includes('\n\n'), 'a turn text must be trimmed and contain no blank line');

/**
 * A coded passage: `quote` is the exact words inside turn number `turn` (0-based, first occurrence).
 * With `through`, the passage runs on into the next turn and ends after those words there.
 */
export const SampleCoding = z.strictObject({
  turn: z.int().nonnegative(),
  code: z.string().min(1),
  quote: z.string().min(1),
  through: z.string().min(1).optional(),
  memo: z.string().min(1).optional(),
});
export type SampleCoding = z.infer<typeof SampleCoding>;

/** Turns are `[speaker, start ms from the session start, text]`; speakers are the session's people, by name. */
export const SampleTranscript = z.strictObject({
  session: z.string(),
  title: z.string().min(1),
  turns: z.array(z.tuple([z.string().min(1), z.int().nonnegative(), TurnText])).min(1),
  codings: z.array(SampleCoding),
});
export type SampleTranscript = z.infer<typeof SampleTranscript>;

/** A transcript as written to the study, with the offsets of each of its turns. */
export interface SampleDocument {
  session: string;
  documentId: string;
  text: string;
  turns: { speaker: string; start: number; end: number }[];
  codings: SampleCoding[];
}

/** What the rest of the sample loader needs to know about the sessions and people it inserted. */
export interface SampleIds {
  /** Session key → session id. */
  sessions: Map<string, string>;
  /** Session key → (person's name → participant id) for everyone in that session, whatever their role. */
  people: Map<string, Map<string, string>>;
}

/** The sample's transcripts, validated. */
export function sampleTranscripts(): SampleTranscript[] {
  return TRANSCRIPT_FILES.map((file, i) => {
    const parsed = SampleTranscript.safeParse(file);
    if (!parsed.success) throw new Error(`sample transcript #${i + 1}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

/**
 * The canonical text of a transcript exactly as a transcript import builds it: the turn texts
 * joined with "\n\n", each turn's `[start, end)` in UTF-16 code units.
 */
export function buildSampleText(texts: string[]): { text: string; turns: { start: number; end: number }[] } {
  const turns: { start: number; end: number }[] = [];
  let offset = 0;
  for (const t of texts) {
    turns.push({ start: offset, end: offset + t.length });
    offset += t.length + 2;
  }
  return { text: texts.join('\n\n'), turns };
}

/**
 * Where a sample coding's words are in its document: the first occurrence of `quote` inside its
 * turn (and of `through` inside the next turn). Throws naming the session, turn and quote when the
 * words are not there, so a typo in the sample data fails loudly instead of coding the wrong words.
 */
export function anchorSampleCoding(
  doc: Pick<SampleDocument, 'session' | 'text' | 'turns'>,
  coding: SampleCoding,
): { start: number; end: number; quote: string } {
  const where = `sample coding in ${doc.session}, turn ${coding.turn}`;
  const find = (index: number, words: string): number => {
    const turn = doc.turns[index];
    if (!turn) throw new Error(`${where}: ${doc.session} has no turn ${index} (it has ${doc.turns.length})`);
    const at = doc.text.slice(turn.start, turn.end).indexOf(words);
    if (at < 0) throw new Error(`${where} (${turn.speaker}): "${words}" is not in turn ${index} of ${doc.session}`);
    return turn.start + at;
  };
  const start = find(coding.turn, coding.quote);
  const end = coding.through === undefined ? start + coding.quote.length : find(coding.turn + 1, coding.through) + coding.through.length;
  return { start, end, quote: doc.text.slice(start, end) };
}

/**
 * Writes one transcript document per session, with its turns linked to the session's people.
 * Runs inside the caller's transaction.
 */
export function insertSampleTranscripts(study: Study, ids: SampleIds, at: string): SampleDocument[] {
  const transcripts = sampleTranscripts();
  const seen = new Set<string>();
  const documents: SampleDocument[] = [];
  for (const t of transcripts) {
    const sessionId = ids.sessions.get(t.session);
    const people = ids.people.get(t.session);
    if (!sessionId || !people) throw new Error(`sample transcript "${t.title}": unknown session ${t.session}`);
    if (seen.has(t.session)) throw new Error(`sample transcript "${t.title}": ${t.session} already has a transcript`);
    seen.add(t.session);
    let previousMs = 0;
    for (const [i, [speaker, ms]] of t.turns.entries()) {
      if (!people.has(speaker)) throw new Error(`sample transcript ${t.session}, turn ${i}: ${speaker} is not one of the session's people`);
      if (ms < previousMs) throw new Error(`sample transcript ${t.session}, turn ${i}: starts at ${ms} ms, before the turn above it`);
      previousMs = ms;
    }
    const { text, turns } = buildSampleText(t.turns.map(([, , words]) => words));
    const documentId = crypto.randomUUID();
    study.repos.documents.insert({
      id: documentId,
      session_id: sessionId,
      kind: 'transcript',
      title: t.title,
      plain_text: text,
      editor_state: null,
      rev: 0,
      created_at: at,
      updated_at: at,
      created_by: study.userId,
      source_name: null,
      source_format: null,
    });
    t.turns.forEach(([speaker, ms], position) =>
      study.repos.documents.insertTurn({
        id: crypto.randomUUID(),
        document_id: documentId,
        position,
        start_offset: turns[position]!.start,
        end_offset: turns[position]!.end,
        speaker_label: speaker,
        participant_id: people.get(speaker)!,
        start_ms: ms,
        end_ms: null,
      }),
    );
    // A later import of a transcript for the same session proposes the same people for these labels.
    for (const speaker of new Set(t.turns.map(([s]) => s))) study.repos.documents.rememberSpeaker(sessionId, speaker, people.get(speaker)!);
    documents.push({
      session: t.session,
      documentId,
      text,
      turns: t.turns.map(([speaker], i) => ({ speaker, ...turns[i]! })),
      codings: t.codings,
    });
  }
  const missing = [...ids.sessions.keys()].filter((key) => !seen.has(key));
  if (missing.length > 0) throw new Error(`sample sessions without a transcript: ${missing.join(', ')}`);
  return documents;
}
