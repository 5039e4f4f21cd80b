import { overlappingTurns } from '../domain/turnIndex';
import type { ReportCoding, ReportData } from './data';
import type { ReportDefinition } from './definition';

/** A turn as the backend reads it: [document, start, end, participant], by document, then start. */
export type ReportTurnRow = [documentId: string, start: number, end: number, participantId: string | null];
/**
 * A coding as the backend reads it: [id, document, code, start, end, coder, created], in table order,
 * and its quote (the coded words) when the rows go to a worker, which cannot look one up in the study.
 */
export type ReportCodingRow = [id: string, documentId: string, codeId: string, start: number, end: number, coderId: string | null, createdAt: string, quote?: string];

/** The study's rows a report reads, as plain data: what the backend hands a worker so the counting runs there. */
export interface ReportRows {
  codes: ReportData['codes'];
  sessions: ReportData['sessions'];
  documents: ReportData['documents'];
  participants: ReportData['participants'];
  attributes: ReportData['attributes'];
  coders: ReportData['coders'];
  /** Ids of the starred codings. */
  starred: string[];
  turns: ReportTurnRow[];
  codings: ReportCodingRow[];
}

/** What a worker counts: the rows and the report to count from them. */
export type ReportJobInput = ReportRows & { definition: ReportDefinition; generatedAt: string };

/**
 * The aggregation's view of the rows. Speakers of a coding come from the turns it overlaps, found by
 * binary search per coding, exactly as the codebook counts them.
 */
export function reportDataFromRows(rows: ReportRows, quoteOf: (codingId: string) => string): ReportData {
  // Turns get study-wide numbers: "same turn" co-occurrence compares small integers, not UUIDs.
  const turnsByDoc = new Map<string, { n: number; start: number; end: number; participant: string | null }[]>();
  let turnNumber = 0;
  for (const [documentId, start, end, participant] of rows.turns) {
    const turn = { n: turnNumber++, start, end, participant };
    const list = turnsByDoc.get(documentId);
    if (list) list.push(turn);
    else turnsByDoc.set(documentId, [turn]);
  }
  const starred = new Set(rows.starred);
  const codings: ReportCoding[] = [];
  let turns: { n: number; start: number; end: number; participant: string | null }[] = [];
  let turnsDoc = '';
  for (const [id, documentId, codeId, start, end, coderId, createdAt] of rows.codings) {
    if (documentId !== turnsDoc) {
      turnsDoc = documentId;
      turns = turnsByDoc.get(documentId) ?? [];
    }
    const hits = overlappingTurns(turns, start, end);
    const people: string[] = [];
    const numbers: number[] = [];
    for (const i of hits) {
      const t = turns[i]!;
      numbers.push(t.n);
      if (t.participant !== null && !people.includes(t.participant)) people.push(t.participant);
    }
    codings.push({ id, documentId, codeId, start, end, coderId, createdAt, starred: starred.has(id), participantIds: people, turns: numbers });
  }
  const { codes, sessions, documents, participants, attributes, coders } = rows;
  return { codes, sessions, documents, participants, attributes, codings, coders, quoteOf };
}

/** The quotes the rows carry (see {@link ReportCodingRow}), for a worker's `quoteOf`. */
export function quotesCarried(rows: readonly ReportCodingRow[]): (codingId: string) => string {
  const quotes = new Map<string, string>();
  for (const row of rows) quotes.set(row[0], row[7] ?? '');
  return (codingId) => quotes.get(codingId) ?? '';
}
