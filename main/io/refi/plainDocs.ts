import type { PlanCoding, PlanDoc, PlanTurn } from './plan';

/**
 * A plan's documents as plain data that crosses `postMessage` cheaply. A 100,000-coding project has
 * 100,000 codings and 100,000 turns; sent as one object each, the backend thread spent about a second
 * rebuilding them from the structured clone (measured: 0.85–1.5 s, against 0.1 s in this form), and
 * the worker 0.3 s writing them. Here a document's codings and turns are a few typed arrays and one
 * list of GUIDs, and every other string they name (a code, a coder, a date, a speaker) is sent once.
 */
export interface PlainDocs {
  /** The distinct strings the codings and turns name, referred to by index. */
  strings: string[];
  docs: PlainDoc[];
}

export interface PlainDoc extends Omit<PlanDoc, 'codings' | 'turns'> {
  codingGuids: string[];
  /** Per coding: start, end. */
  codingSpans: Float64Array;
  /** Per coding: code, memo, coder, created, as {@link PlainDocs.strings} indexes ({@link NULL} for null). */
  codingRefs: Int32Array;
  /** Per turn: start, end, startMs, endMs (0 where the flags say null or absent). */
  turnNumbers: Float64Array;
  /** Per turn: participant, label, question ({@link NULL} null, {@link ABSENT} absent), then {@link TurnFlag}s. */
  turnRefs: Int32Array;
}

const NULL = -1;
/** A turn cut from the text carries no label, times, question or star at all (not even null): kept so. */
const ABSENT = -2;

const TurnFlag = {
  startMsNull: 1,
  startMsAbsent: 2,
  endMsNull: 4,
  endMsAbsent: 8,
  starredAbsent: 16,
  starred: 32,
} as const;

const CODING_REFS = 4;
const TURN_NUMBERS = 4;
const TURN_REFS = 4;

/** The documents in the form above. */
export function docsToPlain(docs: readonly PlanDoc[]): PlainDocs {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const ref = (value: string | null | undefined): number => {
    if (value === undefined) return ABSENT;
    if (value === null) return NULL;
    let i = indexes.get(value);
    if (i === undefined) {
      i = strings.push(value) - 1;
      indexes.set(value, i);
    }
    return i;
  };
  const plain = docs.map(({ codings, turns, ...doc }): PlainDoc => {
    const codingGuids = new Array<string>(codings.length);
    const codingSpans = new Float64Array(codings.length * 2);
    const codingRefs = new Int32Array(codings.length * CODING_REFS);
    codings.forEach((c, i) => {
      codingGuids[i] = c.guid;
      codingSpans[2 * i] = c.start;
      codingSpans[2 * i + 1] = c.end;
      const r = i * CODING_REFS;
      codingRefs[r] = ref(c.codeKey);
      codingRefs[r + 1] = ref(c.memo);
      codingRefs[r + 2] = ref(c.coderKey);
      codingRefs[r + 3] = ref(c.created);
    });
    const turnNumbers = new Float64Array(turns.length * TURN_NUMBERS);
    const turnRefs = new Int32Array(turns.length * TURN_REFS);
    turns.forEach((t, i) => {
      const n = i * TURN_NUMBERS;
      turnNumbers[n] = t.start;
      turnNumbers[n + 1] = t.end;
      turnNumbers[n + 2] = t.startMs ?? 0;
      turnNumbers[n + 3] = t.endMs ?? 0;
      const flags =
        (t.startMs === null ? TurnFlag.startMsNull : 0) |
        (t.startMs === undefined ? TurnFlag.startMsAbsent : 0) |
        (t.endMs === null ? TurnFlag.endMsNull : 0) |
        (t.endMs === undefined ? TurnFlag.endMsAbsent : 0) |
        (t.starred === undefined ? TurnFlag.starredAbsent : 0) |
        (t.starred === true ? TurnFlag.starred : 0);
      const r = i * TURN_REFS;
      turnRefs[r] = ref(t.participantKey);
      turnRefs[r + 1] = ref(t.label);
      turnRefs[r + 2] = ref(t.questionId);
      turnRefs[r + 3] = flags;
    });
    return { ...doc, codingGuids, codingSpans, codingRefs, turnNumbers, turnRefs };
  });
  return { strings, docs: plain };
}

/** The documents again, each coding and turn exactly as it was planned. */
export function docsFromPlain({ strings, docs }: PlainDocs): PlanDoc[] {
  const text = (i: number) => (i === NULL ? null : strings[i]!);
  const optional = (i: number) => (i === ABSENT ? undefined : text(i));
  return docs.map(({ codingGuids, codingSpans, codingRefs, turnNumbers, turnRefs, ...doc }): PlanDoc => {
    const codings = new Array<PlanCoding>(codingGuids.length);
    for (let i = 0; i < codings.length; i++) {
      const r = i * CODING_REFS;
      codings[i] = {
        guid: codingGuids[i]!,
        codeKey: strings[codingRefs[r]!]!,
        start: codingSpans[2 * i]!,
        end: codingSpans[2 * i + 1]!,
        memo: text(codingRefs[r + 1]!),
        coderKey: text(codingRefs[r + 2]!),
        created: text(codingRefs[r + 3]!),
      };
    }
    const turns = new Array<PlanTurn>(turnRefs.length / TURN_REFS);
    for (let i = 0; i < turns.length; i++) {
      const n = i * TURN_NUMBERS;
      const r = i * TURN_REFS;
      const flags = turnRefs[r + 3]!;
      const number = (at: number, isNull: number, absent: number) =>
        flags & absent ? undefined : flags & isNull ? null : turnNumbers[n + at]!;
      const turn: PlanTurn = { start: turnNumbers[n]!, end: turnNumbers[n + 1]!, participantKey: text(turnRefs[r]!) };
      // Only the fields the planned turn had, so the turn is the same object shape it was.
      const label = optional(turnRefs[r + 1]!);
      if (label !== undefined) turn.label = label;
      const startMs = number(2, TurnFlag.startMsNull, TurnFlag.startMsAbsent);
      if (startMs !== undefined) turn.startMs = startMs;
      const endMs = number(3, TurnFlag.endMsNull, TurnFlag.endMsAbsent);
      if (endMs !== undefined) turn.endMs = endMs;
      const questionId = optional(turnRefs[r + 2]!);
      if (questionId !== undefined) turn.questionId = questionId;
      if (!(flags & TurnFlag.starredAbsent)) turn.starred = (flags & TurnFlag.starred) !== 0;
      turns[i] = turn;
    }
    return { ...doc, codings, turns };
  });
}
