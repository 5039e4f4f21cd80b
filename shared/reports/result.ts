import type { Locale } from '../i18n/locales';
/** A counted share: `count` of `n`, and the fraction (null when n is 0). */
export interface Share {
  count: number;
  n: number;
  share: number | null;
}

/**
 * Where a quote comes from: a transcript holds the speaker's own words (verbatim); a live note is
 * the note-taker's paraphrase, never to be shown in quotation marks.
 */
export type QuoteKind = 'transcript' | 'note';

/** A quote under a theme, with who said it and the attributes the report shows. */
export interface ReportQuote {
  codingId: string;
  kind: QuoteKind;
  /** The respondent's words (or the note); a moderator's question the coding spans is in `question`. */
  text: string;
  /** The moderator's (or observer's) words the coding spans before the answer, or null. */
  question: string | null;
  /**
   * The speaker's pseudonym (display name): the respondent whose words these are, or whom the note
   * is about; null when no participant spoke the passage (for a note: an observation).
   */
  speaker: string | null;
  /** Attribute labels in the chosen order, e.g. ["Promoter", "35–44", "Urban"]. */
  attributes: string[];
  document: string;
  session: string | null;
  starred: boolean;
}

/** One theme (code) of the summary; parents' counts include their children's (distinct for sets). */
export interface ThemeSummary {
  codeId: string;
  /** The code path exactly as `verbatim codings` writes it. */
  code: string;
  name: string;
  depth: number;
  description: string | null;
  codings: number;
  documents: number;
  sessions: number;
  participants: number;
  /** Participants who mentioned it, out of the participants in scope. */
  share: Share;
  quotes: ReportQuote[];
  children: ThemeSummary[];
}

/** A column of the breakdown: one value (or group) of one attribute. */
export interface BreakdownColumn {
  attributeId: string;
  attribute: string;
  key: string;
  label: string;
  /** Participants in scope in this group. */
  n: number;
  /** Fewer than 5 people: percentages are shown but should not be read as a pattern. */
  smallN: boolean;
}

export interface BreakdownRow {
  codeId: string;
  code: string;
  depth: number;
  /** One cell per column: participants of that group who mentioned the theme, and column share. */
  cells: Share[];
}

export interface Breakdown {
  columns: BreakdownColumn[];
  rows: BreakdownRow[];
}

/** One theme compared between an unhappy and a happy group. */
export interface DriverRow {
  codeId: string;
  code: string;
  low: Share;
  high: Share;
  /** low share − high share, in percentage points (null when a group is empty). */
  differencePts: number | null;
  /** low share ÷ high share (null when the happy group never raised it or a group is empty). */
  lift: number | null;
  /** A plain sentence that says only what the counts say. */
  sentence: string;
}

export interface Drivers {
  scale: 'nps' | 'csat';
  attribute: string;
  lowLabel: string;
  highLabel: string;
  lowN: number;
  highN: number;
  rows: DriverRow[];
  caveat: string;
}

export interface ScoreValue {
  group: string;
  n: number;
  /** NPS −100…100, CSAT 0–100 (% satisfied), CES mean; null when n is 0. */
  value: number | null;
  detail: string;
}

export interface ScoreSummary {
  attributeId: string;
  attribute: string;
  kind: 'nps' | 'csat' | 'ces';
  overall: ScoreValue;
  /** Per value of each category attribute ("segment"). */
  bySegment: (ScoreValue & { attribute: string })[];
}

export interface CooccurrenceCell {
  /** Pairs of codings of the two codes that overlap in the same document. */
  overlaps: number;
  /** Turns coded with both codes. */
  sameTurn: number;
  /** sameTurn ÷ turns coded with either (0–1). */
  jaccard: number;
}

export interface Cooccurrence {
  codes: { codeId: string; code: string; turns: number }[];
  /** cells[i][j] for codes i and j (symmetric; the diagonal is empty). */
  cells: CooccurrenceCell[][];
}

/** The computed report: what snapshots store and every export renders. */
export interface ReportResult {
  title: string;
  /** The language its words are in; snapshots made before reports had one are English. */
  language?: Locale;
  generatedAt: string;
  /** Participants in scope (the n of every share): respondents, unless `respondentsOnly` is false. */
  participantsInScope: number;
  /** False when moderators, observers and note-takers were counted and quoted like respondents. */
  respondentsOnly: boolean;
  codingsInScope: number;
  /** A sentence naming each filter applied, for the report's front matter. */
  scopeNote: string;
  themes: ThemeSummary[];
  breakdown: Breakdown;
  drivers: Drivers[];
  scores: ScoreSummary[];
  cooccurrence: Cooccurrence;
}
