import { z } from 'zod';
import { GuideItemKind, MAX_TRANSCRIPT_OFFSET_MS } from '../../../shared/domain/live';

/**
 * What Verbatim keeps that REFI-QDA has no field for, as it rides in `[verbatim]` lines (see
 * descriptions.ts): the turns of a document with their speakers, times, questions and stars; a
 * session's discussion guide, clock and speaker mappings; a code's number key. Other tools show these
 * lines as text and leave them alone; Verbatim reads them back, checked here, so a line someone edited
 * by hand is refused as a whole (and reported) rather than half believed.
 */

const Ms = z.int().nonnegative().nullable();
const Text = (max: number) => z.string().max(max);

/**
 * One turn: `[start, end, participant GUID, speaker label, start ms, end ms, question id, starred]`.
 * Positions are UTF-16 indexes into the source's text file (which Verbatim writes with LF only), the
 * same text the import stores. A tuple, not an object: a long transcript has thousands of turns.
 */
export const TurnMeta = z.tuple([
  z.int().nonnegative(),
  z.int().nonnegative(),
  Text(100).nullable(),
  Text(200).nullable(),
  Ms,
  Ms,
  Text(100).nullable(),
  z.union([z.literal(0), z.literal(1)]),
]);
export type TurnMeta = z.infer<typeof TurnMeta>;

/** What other tools show above a document's `[verbatim]` line (and what an import knows is not a description). */
export const TURNS_READABLE = 'Verbatim keeps who speaks each turn, and when, in the line below.';

/** A TextSource's `[verbatim]` line: its turns, and the length of the text they were cut from (a text changed elsewhere no longer fits). */
export const DocumentMeta = z.object({
  document: z.object({ length: z.int().nonnegative(), turns: z.array(TurnMeta).max(2_000_000) }),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isCountOrNull = (v: unknown) => v === null || isCount(v);
const isTextOrNull = (v: unknown, max: number) => v === null || (typeof v === 'string' && v.length <= max);

/** The checks of {@link TurnMeta}, written out: the zod schema took a tenth of a second over the 100,000 turns of a large import. */
function isPlainTurn(t: unknown): boolean {
  if (!Array.isArray(t) || t.length !== 8) return false;
  return (
    isCount(t[0]) &&
    isCount(t[1]) &&
    isTextOrNull(t[2], 100) &&
    isTextOrNull(t[3], 200) &&
    isCountOrNull(t[4]) &&
    isCountOrNull(t[5]) &&
    isTextOrNull(t[6], 100) &&
    (t[7] === 0 || t[7] === 1)
  );
}

/**
 * A document's `[verbatim]` data read as {@link DocumentMeta}, or null when it is not that. A line as
 * Verbatim writes it is taken after plain checks that accept only what the schema accepts; anything
 * else goes through the schema itself, which has the last word.
 */
export function readDocumentMeta(meta: unknown): DocumentMeta | null {
  const document = (meta as { document?: unknown } | null)?.document as { length?: unknown; turns?: unknown } | undefined;
  if (
    typeof document === 'object' &&
    document !== null &&
    !Array.isArray(document) &&
    isCount(document.length) &&
    Array.isArray(document.turns) &&
    document.turns.length <= 2_000_000 &&
    document.turns.every(isPlainTurn)
  ) {
    return { document: { length: document.length as number, turns: document.turns as TurnMeta[] } };
  }
  const parsed = DocumentMeta.safeParse(meta);
  return parsed.success ? parsed.data : null;
}

/** A discussion guide as a session carries it (a guide used by several sessions travels with each; ids make them one again). */
export const GuideMeta = z.object({
  id: Text(100),
  title: Text(200).min(1),
  items: z
    .array(z.object({ id: Text(100), kind: GuideItemKind, text: Text(2000).min(1), minutes: z.number().nonnegative().nullable() }))
    .max(2000),
});
export type GuideMeta = z.infer<typeof GuideMeta>;

/** A session's live capture: its guide, its clock, when each question became current, and which transcript speaker label is which person. */
export const LiveMeta = z.object({
  guide: GuideMeta.nullable().default(null),
  clock: z
    // The live screen computes session time from these: only real UTC timestamps are taken in.
    .object({
      startedAt: z.iso.datetime(),
      runningSince: z.iso.datetime().nullable(),
      elapsedMs: z.int().nonnegative(),
      stoppedAt: z.iso.datetime().nullable(),
    })
    .nullable()
    .default(null),
  /** `[ms, guide item id or null]`, in order. */
  marks: z
    .array(z.tuple([z.int().nonnegative(), Text(100).nullable()]))
    .max(100_000)
    .default([]),
  /** Speaker label → participant (case) GUID. */
  speakers: z.record(Text(200), Text(100)).default({}),
  /** Transcript time minus notes time, when the user set it; bounded as the live:setTranscriptOffset channel bounds it. */
  offsetMs: z.int().min(-MAX_TRANSCRIPT_OFFSET_MS).max(MAX_TRANSCRIPT_OFFSET_MS).nullable().default(null),
});
export type LiveMeta = z.infer<typeof LiveMeta>;

/** A code's `[verbatim]` line: the number key (1–9) it is pinned to. */
export const CodeMeta = z.object({ code: z.object({ pinned: z.int().min(1).max(9) }) });
