import type { Sentence } from '../../../shared/i18n/sentence';

/**
 * A REFI-QDA project as read from `project.qde` (or a `.qdc`), before anything is decided about
 * Verbatim. Every reference is a {@link guidKey}; positions are still in the exporter's unit.
 */

export interface RefiUser {
  key: string;
  guid: string;
  name: string | null;
  /** NVivo for Mac puts initials here. */
  initials: string | null;
}

export interface RefiCode {
  key: string;
  guid: string;
  name: string;
  color: string | null;
  codable: boolean;
  description: string | null;
  noteRefs: string[];
  children: RefiCode[];
}

export type VariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface RefiVariable {
  key: string;
  guid: string;
  name: string;
  type: VariableType;
  description: string | null;
}

/** A `<VariableValue>`: which variable and the value as written (type from its element name). */
export interface RefiValue {
  variableKey: string;
  type: VariableType;
  value: string;
}

export interface RefiCase {
  key: string;
  guid: string;
  name: string | null;
  description: string | null;
  codeRefs: string[];
  values: RefiValue[];
  sourceRefs: string[];
  selectionRefs: string[];
}

/** Who did something and when, as written (user GUID key, ISO date). */
export interface Stamp {
  user: string | null;
  at: string | null;
}

export interface RefiCoding {
  key: string;
  codeKey: string | null;
  created: Stamp;
  noteRefs: string[];
}

export interface RefiSelection {
  key: string;
  guid: string;
  /** ATLAS.ti and QualCoder write the selected text here; NVivo leaves it empty. */
  name: string | null;
  /** Integers as written; null when missing or not an integer (then `badPosition` says what was there). */
  start: number | null;
  end: number | null;
  badPosition: string | null;
  description: string | null;
  codings: RefiCoding[];
  noteRefs: string[];
  created: Stamp;
}

/** Where a text came from, for the report and for reading it. */
export interface TextRef {
  /** `plainTextPath` as written, or null. */
  path: string | null;
  /** `PlainTextContent`, or null. */
  content: string | null;
}

/** Something with text and text selections: a TextSource, a PDF's text representation, an A/V transcript. */
export interface RefiText {
  key: string;
  guid: string;
  name: string | null;
  /** What it came from: a plain text source, a PDF's text representation, or a transcript of audio/video. */
  kind: 'text' | 'pdf' | 'transcript';
  /** For representations and transcripts: the name of the PDF or recording it belongs to. */
  parentName: string | null;
  text: TextRef;
  richTextPath: string | null;
  description: string | null;
  selections: RefiSelection[];
  /** Whole-source codings. */
  codings: RefiCoding[];
  noteRefs: string[];
  values: RefiValue[];
  created: Stamp;
  modified: string | null;
}

/** A source Verbatim cannot hold (picture, PDF pages, audio/video media), kept for the report. */
export interface RefiOtherSource {
  key: string;
  name: string;
  element: string;
  selections: number;
  codings: number;
  values: RefiValue[];
}

export interface RefiNote {
  key: string;
  guid: string;
  name: string | null;
  text: TextRef;
  description: string | null;
  /** QualCoder annotations: a note holding the selection (in its source's positions) it annotates. */
  selections: RefiSelection[];
  created: Stamp;
  modified: string | null;
}

export interface RefiLink {
  key: string;
  name: string | null;
  origin: string | null;
  target: string | null;
}

export interface RefiSet {
  key: string;
  guid: string;
  name: string;
  description: string | null;
  codes: string[];
  sources: string[];
  notes: string[];
}

/**
 * Something left out while reading, and why (reported as dropped). Sentences only: a hostile file can
 * make millions of these, and they are said in the reader's language only when the report is shown.
 */
export interface ReadIssue {
  what: Sentence;
  why: Sentence;
}

/** A decision made while reading that the user should see (reported as mapped). */
export interface ReadNote {
  what: Sentence;
  how: Sentence;
}

/** Where readers put what they noticed. */
export interface ReadIssues {
  dropped: ReadIssue[];
  mapped: ReadNote[];
}

export interface RefiProject {
  name: string;
  origin: string | null;
  description: string | null;
  created: Stamp;
  noteRefs: string[];
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  texts: RefiText[];
  others: RefiOtherSource[];
  notes: RefiNote[];
  links: RefiLink[];
  sets: RefiSet[];
  graphs: number;
  /** Read problems that drop something (reported as dropped). */
  dropped: ReadIssue[];
  /** Read decisions the user should see (reported as mapped). */
  mapped: ReadNote[];
}
