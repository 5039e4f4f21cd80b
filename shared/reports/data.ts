import type { AttributeValue, ScaleKind } from '../domain/attributes';
import type { SessionKind } from '../domain/study';

/**
 * Everything the aggregation reads, loaded set-wise by the backend. Codings already know which
 * participants and turns they touch (through the turns they overlap), so this layer needs no text.
 */
export interface ReportData {
  /** Codes in codebook order (depth-first, by position) with their "Parent/Child" path. */
  codes: { id: string; parentId: string | null; name: string; path: string; definition: string | null }[];
  sessions: { id: string; kind: SessionKind; title: string; date: string | null }[];
  documents: { id: string; sessionId: string | null; kind: 'transcript' | 'notes' | 'memo' | 'other'; title: string }[];
  participants: {
    id: string;
    name: string;
    values: Record<string, AttributeValue>;
    /** Sessions the person took part in as a respondent. */
    sessionIds: string[];
    /** Sessions the person ran or watched (moderator, observer, note-taker). */
    nonRespondentSessionIds: string[];
  }[];
  attributes: {
    id: string;
    name: string;
    type: 'text' | 'number' | 'category' | 'date' | 'score';
    options: string[];
    scaleKind: ScaleKind | null;
  }[];
  codings: ReportCoding[];
  /** Every turn of the study, indexed by the study-wide number `ReportCoding.turns` holds. */
  turns: ReportTurn[];
  /** Users who may have made codings (for naming the coder filter). */
  coders: { id: string; name: string }[];
  /**
   * The coded words of a coding. Looked up only for the quotes a report shows: reading the text of
   * 100,000 codings up front would cost more than the whole aggregation.
   */
  quoteOf: (codingId: string) => string;
}

/** One coding as the aggregation sees it. */
export interface ReportCoding {
  id: string;
  documentId: string;
  codeId: string;
  start: number;
  end: number;
  coderId: string | null;
  starred: boolean;
  /** Distinct respondents of the turns the coding overlaps (by their role in the document's session). */
  participantIds: string[];
  /** Distinct moderators, observers and note-takers of the turns it overlaps. */
  nonRespondentIds: string[];
  /** Study-wide numbers of the turns it overlaps (for "within the same turn" co-occurrence). */
  turns: number[];
}

/**
 * A speaker turn (or a timestamped note) with its offsets and who spoke it: a respondent, someone
 * running or watching the session, or nobody known.
 */
export interface ReportTurn {
  start: number;
  end: number;
  voice: 'respondent' | 'nonRespondent' | 'none';
}
