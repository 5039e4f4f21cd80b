import { SentenceError } from '../../../shared/i18n/sentence';
import type { AttributeType, ScaleKind } from '../../../shared/domain/attributes';
import type { CodeDescription } from '../../../shared/domain/coding';
import type { SessionKind, SessionRole } from '../../../shared/domain/study';
import { docsFromPlain, docsToPlain, type PlainDocs } from './plainDocs';
import { ReportBuilder, type ReportState } from './report';
import type { LiveMeta } from './verbatimMeta';

/**
 * What an import will write, decided without the database: every text mapped to the stored text's
 * offsets, every reference resolved to a plan key. Matching against an open study (by GUID, then by
 * name or path) happens when the plan is written.
 */

export interface PlanUser {
  key: string;
  guid: string;
  name: string;
}

export interface PlanCode {
  key: string;
  guid: string;
  /** A valid Verbatim code name (no "/", at most 120 characters), unique among its siblings in the file. */
  name: string;
  /** `#rrggbb`, or null for "pick one". */
  color: string | null;
  description: CodeDescription;
  parentKey: string | null;
  /** The number key (1–9) it was pinned to in Verbatim (its `[verbatim]` line), else null. */
  pinned: number | null;
}

export interface PlanAttribute {
  key: string;
  guid: string;
  name: string;
  type: AttributeType;
  options: string[];
  scaleKind: ScaleKind | null;
  scaleMin: number | null;
  scaleMax: number | null;
}

export interface PlanValue {
  attributeKey: string;
  /** The value as written in the file; coerced to the attribute's type when written. */
  raw: string;
}

export interface PlanParticipant {
  key: string;
  guid: string | null;
  name: string;
  notes: string | null;
  values: PlanValue[];
  /** Session keys with the role there. */
  sessions: Map<string, SessionRole>;
}

export interface PlanSession {
  key: string;
  guid: string | null;
  title: string;
  kind: SessionKind;
  date: string | null;
  place: string | null;
  moderator: string | null;
  notes: string | null;
  /** Guide, clock, question marks and speaker mappings, from a Verbatim session set (speakers keyed by case key). */
  live: LiveMeta | null;
}

export interface PlanCoding {
  guid: string;
  codeKey: string;
  start: number;
  end: number;
  memo: string | null;
  coderKey: string | null;
  created: string | null;
}

export interface PlanTurn {
  start: number;
  end: number;
  participantKey: string | null;
  /** What a Verbatim export carries beyond who speaks (absent for turns cut from the text). */
  label?: string | null;
  startMs?: number | null;
  endMs?: number | null;
  /** A guide item id as in the file. */
  questionId?: string | null;
  starred?: boolean;
}

export interface PlanDoc {
  key: string;
  guid: string;
  title: string;
  kind: 'transcript' | 'notes' | 'memo' | 'other';
  sessionKey: string | null;
  /** The stored text: the file's, with CRLF and CR as LF. */
  text: string;
  sourceName: string | null;
  created: string | null;
  creatorKey: string | null;
  codings: PlanCoding[];
  turns: PlanTurn[];
}

export type PlanMemoTarget = { kind: 'project' } | { kind: 'session' | 'document' | 'code' | 'coding'; key: string };

export interface PlanMemo {
  guid: string;
  target: PlanMemoTarget;
  title: string;
  body: string;
  authorKey: string | null;
  created: string | null;
  modified: string | null;
}

export interface ImportPlan {
  title: string;
  origin: string | null;
  users: PlanUser[];
  codes: PlanCode[];
  attributes: PlanAttribute[];
  sessions: PlanSession[];
  participants: PlanParticipant[];
  docs: PlanDoc[];
  memos: PlanMemo[];
  report: ReportBuilder;
}

/** An {@link ImportPlan} as plain data: what a worker hands back after planning a file (documents as in plainDocs.ts). */
export type PlainPlan = Omit<ImportPlan, 'report' | 'docs'> & { report: ReportState; docs: PlainDocs };

/** The plan as plain data, to cross `postMessage`. */
export function planToPlain(plan: ImportPlan): PlainPlan {
  return { ...plan, docs: docsToPlain(plan.docs), report: plan.report.toState() };
}

/** The plan again, with a report builder the write can go on adding to. */
export function planFromPlain(plain: PlainPlan): ImportPlan {
  return { ...plain, docs: docsFromPlain(plain.docs), report: ReportBuilder.fromState(plain.report) };
}

/** A file Verbatim refuses as a whole (ambiguous or unreadable); the sentence is for the user. */
export class ImportRefused extends SentenceError {
  override name = 'ImportRefused';
}
