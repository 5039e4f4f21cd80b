import type { NoteRecord } from '../../../shared/domain/live';
import { formatTimestamp } from '../../../shared/text/time';

/** A note as the exports write it: the record plus the guide section its question falls under. */
export type NoteGroupRow = NoteRecord & { section: string | null };

/** What the notes exports are given: a title and, per session, its notes in time order. */
export interface NotesExport {
  title: string;
  sessions: { title: string; date: string | null; place: string | null; rows: NoteGroupRow[] }[];
}

export const noteTime = (ms: number | null) => (ms === null ? '' : formatTimestamp(ms));

/** A run of notes under one heading: a new section and/or question starts a new run. */
export interface NoteRun {
  /** Set when this run starts a new guide section. */
  section: string | null;
  /** The question heading of this run; "Other notes" for notes off the guide; null without a guide. */
  question: string | null;
  rows: NoteGroupRow[];
}

/**
 * Splits notes (in time order) into runs under guide headings. Time order is kept: a question
 * the moderator came back to gets a heading again. Sessions whose notes carry no question get one
 * run without headings.
 */
export function noteRuns(rows: readonly NoteGroupRow[]): NoteRun[] {
  if (!rows.some((r) => r.question !== null)) return rows.length ? [{ section: null, question: null, rows: [...rows] }] : [];
  const runs: NoteRun[] = [];
  let section: string | null = null;
  for (const r of rows) {
    const last = runs.at(-1);
    if (last && last.rows[0]!.question === r.question && last.rows[0]!.section === r.section) {
      last.rows.push(r);
      continue;
    }
    const newSection = r.section !== null && r.section !== section ? r.section : null;
    if (r.section !== null) section = r.section;
    runs.push({ section: newSection, question: r.question ?? 'Other notes', rows: [r] });
  }
  return runs;
}
