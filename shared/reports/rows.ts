import { overlappingTurns } from '../domain/turnIndex';
import type { ReportCoding, ReportData, ReportTurn } from './data';
import type { ReportDefinition } from './definition';

/** A turn as the backend reads it: [document, start, end, participant], by document, then start. */
export type ReportTurnRow = [documentId: string, start: number, end: number, participantId: string | null];
/**
 * A coding as the backend reads it: [id, document, code, start, end, coder], in table order, and its
 * quote (the coded words) when the rows go to a worker, which cannot look one up in the study.
 */
export type ReportCodingRow = [
  id: string,
  documentId: string,
  codeId: string,
  start: number,
  end: number,
  coderId: string | null,
  quote?: string,
];

/** The study's rows a report reads, as plain data: what the backend hands a worker so the counting runs there. */
export interface ReportRows {
  codes: ReportData['codes'];
  sessions: ReportData['sessions'];
  documents: ReportData['documents'];
  /** With each person's sessions as a respondent and as staff: the roles that sort a turn's speaker. */
  participants: ReportData['participants'];
  attributes: ReportData['attributes'];
  coders: ReportData['coders'];
  /** Ids of the starred codings. */
  starred: string[];
  /** Each with its speaker, sorted into respondent or staff by the participants' roles. */
  turns: ReportTurnRow[];
  codings: ReportCodingRow[];
}

/** The codings as columns: the i-th coding is the i-th entry of each list (the backend's one-go read). */
export interface ReportCodingColumns {
  ids: string[];
  documentIds: string[];
  codeIds: string[];
  starts: number[];
  ends: number[];
  coderIds: (string | null)[];
}

/** The rows as the backend may hand them over: the turns row by row, the codings row by row or as columns. */
export type StreamedRows = Omit<ReportRows, 'turns' | 'codings'> & {
  turns: Iterable<ReportTurnRow>;
  codings: Iterable<ReportCodingRow> | ReportCodingColumns;
};

/** What a worker counts: the rows and the report to count from them. */
export type ReportJobInput = ReportRows & { definition: ReportDefinition; generatedAt: string };

/**
 * The aggregation's view of the rows: the one path from rows to report data, whether the backend
 * counts in one go or a worker counts rows sent in slices. Speakers of a coding come from the turns
 * it overlaps, found by binary search per coding, exactly as the codebook counts them, and are sorted
 * into respondents and the people running or watching the session by their role there.
 */
export function reportDataFromRows(rows: StreamedRows, quoteOf: (codingId: string) => string): ReportData {
  const isRespondentIn = respondentTest(rows.participants, rows.documents);
  const same = sharedIds(rows);
  // Turns get study-wide numbers: "same turn" co-occurrence compares small integers, not UUIDs.
  const turnsByDoc = new Map<string, SpokenTurn[]>();
  const allTurns: SpokenTurn[] = [];
  for (const [documentId, start, end, speaker] of rows.turns) {
    const participant = speaker === null ? null : same(speaker);
    const voice = participant === null ? 'none' : isRespondentIn(documentId, participant) ? 'respondent' : 'nonRespondent';
    const n = allTurns.length;
    const speakers = participant === null ? NOBODY : frozen([participant]);
    const alone = {
      participantIds: voice === 'respondent' ? speakers : NOBODY,
      nonRespondentIds: voice === 'nonRespondent' ? speakers : NOBODY,
      turns: frozen([n]),
    };
    const turn: SpokenTurn = { n, start, end, participant, voice, alone };
    allTurns.push(turn);
    const list = turnsByDoc.get(documentId);
    if (list) list.push(turn);
    else turnsByDoc.set(documentId, [turn]);
  }
  const starred = new Set(rows.starred);
  const codings: ReportCoding[] = [];
  let turns: SpokenTurn[] = [];
  let documentId = '';
  let coderId: string | null = null;
  const add = (id: string, readDocument: string, readCode: string, start: number, end: number, readCoder: string | null) => {
    // Rows come mostly document by document and from one coder: compare with the last one first.
    if (readDocument !== documentId) {
      documentId = same(readDocument);
      turns = turnsByDoc.get(documentId) ?? [];
    }
    if (readCoder !== coderId) coderId = readCoder === null ? null : same(readCoder);
    const codeId = same(readCode);
    const hits = overlappingTurns(turns, start, end);
    if (hits.length <= 1) {
      // Most codings lie within one turn (or none): they share that turn's lists instead of three new arrays each.
      const { participantIds, nonRespondentIds, turns: numbers } = hits.length === 0 ? NO_TURN : turns[hits[0]!]!.alone;
      codings.push({
        id,
        documentId,
        codeId,
        start,
        end,
        coderId,
        starred: starred.size > 0 && starred.has(id),
        participantIds,
        nonRespondentIds,
        turns: numbers,
      });
      return;
    }
    const respondents: string[] = [];
    const others: string[] = [];
    const numbers: number[] = [];
    for (const i of hits) {
      const t = turns[i]!;
      numbers.push(t.n);
      if (t.participant === null) continue;
      const list = t.voice === 'respondent' ? respondents : others;
      if (!list.includes(t.participant)) list.push(t.participant);
    }
    codings.push({
      id,
      documentId,
      codeId,
      start,
      end,
      coderId,
      starred: starred.size > 0 && starred.has(id),
      participantIds: respondents,
      nonRespondentIds: others,
      turns: numbers,
    });
  };
  if (isColumns(rows.codings)) {
    const { ids, documentIds, codeIds, starts, ends, coderIds } = rows.codings;
    for (let i = 0; i < ids.length; i++) add(ids[i]!, documentIds[i]!, codeIds[i]!, starts[i]!, ends[i]!, coderIds[i] ?? null);
  } else
    for (const [id, readDocument, readCode, start, end, readCoder] of rows.codings) add(id, readDocument, readCode, start, end, readCoder);
  const { codes, sessions, documents, participants, attributes, coders } = rows;
  return { codes, sessions, documents, participants, attributes, codings, turns: allTurns, coders, quoteOf };
}

/** Whether the codings came as columns (the backend's one-go read) rather than rows (a worker's slices). */
function isColumns(codings: StreamedRows['codings']): codings is ReportCodingColumns {
  return 'ids' in codings;
}

/**
 * The one string of each id the catalog holds (documents, codes, people, coders) for the same id
 * read again from a big table's rows. The database hands over a new string per row; with one
 * string per id, the sets and maps the aggregation fills by document, code and person hash each id
 * once and compare by identity, and the rows' copies are garbage at once instead of kept.
 */
function sharedIds(rows: StreamedRows): (id: string) => string {
  const ids = new Map<string, string>();
  for (const list of [rows.documents, rows.codes, rows.participants, rows.coders]) for (const { id } of list) ids.set(id, id);
  return (id) => ids.get(id) ?? id;
}

/** The people and turn numbers of a coding within a single turn: one frozen set of lists per turn, never written to. */
type Alone = Pick<ReportCoding, 'participantIds' | 'nonRespondentIds' | 'turns'>;
/** A list shared by many codings: frozen, so a stray write throws instead of changing them all. */
const frozen = <T>(items: T[]): T[] => Object.freeze(items) as T[];
const NOBODY = frozen<string>([]);
const NO_TURN: Alone = { participantIds: NOBODY, nonRespondentIds: NOBODY, turns: frozen<number>([]) };

interface SpokenTurn extends ReportTurn {
  n: number;
  participant: string | null;
  alone: Alone;
}

/**
 * Whether a speaker of a document is a respondent there: by their role in the document's session.
 * Someone with no role in that session (or a document outside sessions) counts as a respondent,
 * unless they never took part as one anywhere and ran or watched some session: then they are
 * taken for the moderator or note-taker they are elsewhere rather than counted as a customer.
 */
export function respondentTest(
  people: readonly Pick<ReportRows['participants'][number], 'id' | 'sessionIds' | 'nonRespondentSessionIds'>[],
  documents: readonly Pick<ReportRows['documents'][number], 'id' | 'sessionId'>[],
) {
  const sessionOf = new Map(documents.map((d) => [d.id, d.sessionId]));
  // A person has one role per session: respondent in `sessionIds`, running or watching in the other list.
  const respondentIn = new Map<string, Set<string>>();
  const staffIn = new Map<string, Set<string>>();
  const staffOnly = new Set<string>();
  for (const p of people) {
    respondentIn.set(p.id, new Set(p.sessionIds));
    staffIn.set(p.id, new Set(p.nonRespondentSessionIds));
    if (p.sessionIds.length === 0 && p.nonRespondentSessionIds.length > 0) staffOnly.add(p.id);
  }
  return (documentId: string, participantId: string): boolean => {
    const sessionId = sessionOf.get(documentId) ?? null;
    if (sessionId !== null && respondentIn.get(participantId)?.has(sessionId)) return true;
    if (sessionId !== null && staffIn.get(participantId)?.has(sessionId)) return false;
    return !staffOnly.has(participantId);
  };
}

/** The quotes the rows carry (see {@link ReportCodingRow}), for a worker's `quoteOf`. */
export function quotesCarried(rows: readonly ReportCodingRow[]): (codingId: string) => string {
  const quotes = new Map<string, string>();
  for (const row of rows) quotes.set(row[0], row[6] ?? '');
  return (codingId) => quotes.get(codingId) ?? '';
}
