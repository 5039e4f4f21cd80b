import type { Attribute, Participant, Session } from '../../../shared/domain/study';
import type { CodeRow } from '../../db/repos/codesRepo';
import type { DocumentRow } from '../../db/repos/documentsRepo';
import type { ExportCodingRow, ExportTurnRow, NotInExport, PackedCoding, PackedTurn, SessionLiveRow } from '../../db/repos/refiRepo';
import type { MemoRecord } from '../../db/repos/memosRepo';

/** Choices the person exporting makes. */
export interface ExportOptions {
  /**
   * Write each participant's turns as text selections their Case points to. NVivo can use them;
   * QualCoder turns each into an empty annotation. Verbatim itself reads speakers from its own data.
   */
  turnSelections: boolean;
}

/** Everything an export writes, read from a study in one go (see services/refi/exportRefi.ts). */
export interface StudySnapshot extends ExportOptions {
  title: string;
  createdAt: string;
  /** "Verbatim 0.1.0": the `origin` other tools show. */
  origin: string;
  /** The person exporting (the project's creating/modifying user). */
  userId: string;
  /** What the file has no place for (the export's notes say so). */
  notInExport: NotInExport;
  users: { id: string; name: string }[];
  codes: CodeRow[];
  attributes: Attribute[];
  sessions: Session[];
  participants: Participant[];
  documents: DocumentRow[];
  turns: Map<string, ExportTurnRow[]>;
  codings: ExportCodingRow[];
  memos: MemoRecord[];
  /** Sessions' live capture (guide, clock, question marks, speaker mappings), for those that have any. */
  live: SessionLiveRow[];
}

/**
 * The part that says these documents (ids, in the order of the snapshot's `documents`) have all their
 * turns and codings sent: their TextSources can be written now, while the rest of the study is read.
 */
export const SOURCES_READY = 'sourcesReady';

/**
 * Parts whose rows are {@link PackedGroup}s: each a document's turns (or codings) as value arrays.
 * The streamed export sends these instead of `turns` and `codings` objects (cheaper to read and to copy).
 */
export const PACKED_TURNS = 'packedTurns';
export const PACKED_CODINGS = 'packedCodings';

/** One document's rows, packed (see refiRepo.ts PackedTurn, PackedCoding). */
export interface PackedGroup<Row extends PackedTurn | PackedCoding> {
  documentId: string;
  rows: Row[];
}

/** A snapshot as it crosses to the export's worker: turns as one list in document order. */
export type ExportInput = Omit<StudySnapshot, 'turns'> & {
  turns: ExportTurnRow[];
  /** How many turns and codings are to come, when the lists arrive in slices (sizes the output up front). */
  expectedRows?: { turns: number; codings: number };
};

/** The snapshot again, with turns grouped by document (in their order). */
export function snapshotFromInput(input: ExportInput): StudySnapshot {
  const turns = new Map<string, ExportTurnRow[]>();
  for (const t of input.turns) {
    const list = turns.get(t.document_id);
    if (list) list.push(t);
    else turns.set(t.document_id, [t]);
  }
  return { ...input, turns };
}

/** xsd:dateTime as vendors write it (UTC, whole seconds), or undefined for anything unreadable. */
export function xsdDateTime(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  // Stored times are already ISO-8601 UTC; only a well-formed one skips the (costly, at 100,000 codings) Date round trip.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(iso)) return `${iso.slice(0, 19)}Z`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A number as xsd:decimal: plain digits, never an exponent (JavaScript writes 1e21 and 1e-7 that way). */
export function xsdDecimal(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  if (Number.isInteger(n)) return BigInt(n).toString();
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', exp] = m;
  const digits = lead! + frac;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point).padEnd(point, '0')}${digits.length > point ? `.${digits.slice(point)}` : ''}`;
}

/** Codes in tree order (parents before children, siblings by position), as the codebook nests them. */
export function codeChildren(codes: readonly CodeRow[]): Map<string | null, CodeRow[]> {
  const out = new Map<string | null, CodeRow[]>();
  for (const c of codes) {
    const list = out.get(c.parent_id) ?? [];
    list.push(c);
    out.set(c.parent_id, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  return out;
}
