import type { Db } from '../connection';
import type { CodingRow } from './codingsRepo';
import type { DocumentRow, TurnRow } from './documentsRepo';

/** A coding as an export writes it: the quote is left out (the export cuts the words from the text). */
export type ExportCodingRow = Omit<CodingRow, 'quote'>;

/** A turn as an export reads it: where it is, who speaks it, when, and (a live note) its question and star. */
export type ExportTurnRow = Pick<
  TurnRow,
  | 'id'
  | 'document_id'
  | 'participant_id'
  | 'speaker_label'
  | 'start_offset'
  | 'end_offset'
  | 'start_ms'
  | 'end_ms'
  | 'question_id'
  | 'starred'
>;

/** A session's live capture as an export writes it (see io/refi/verbatimMeta.ts LiveMeta). */
export interface SessionLiveRow {
  sessionId: string;
  guide: { id: string; title: string; items: { id: string; kind: 'section' | 'question'; text: string; minutes: number | null }[] } | null;
  clock: { startedAt: string; runningSince: string | null; elapsedMs: number; stoppedAt: string | null } | null;
  marks: [number, string | null][];
  speakers: Record<string, string>;
  /** Where the notes clock sits on the transcript's timeline, when the user said so (transcript_offsets). */
  offsetMs: number | null;
}

/** Counts of what a REFI-QDA export leaves out: report definitions, generated reports, quotes starred for reports. */
export interface NotInExport {
  reports: number;
  snapshots: number;
  quotes: number;
}

/**
 * A document's turn as the export's backend sends it: values in this order, without the document id
 * (its group names it once). Plain arrays cost less to read from SQLite and to copy to the worker than
 * 100,000 objects with ten keys each; {@link turnFromPacked} makes the object again.
 */
export type PackedTurn = [
  id: string,
  participant_id: string | null,
  speaker_label: string | null,
  start_offset: number,
  end_offset: number,
  start_ms: number | null,
  end_ms: number | null,
  question_id: string | null,
  starred: 0 | 1,
];
const PACKED_TURN_COLUMNS = 'id, participant_id, speaker_label, start_offset, end_offset, start_ms, end_ms, question_id, starred';

export function turnFromPacked(document_id: string, t: PackedTurn): ExportTurnRow {
  return {
    id: t[0],
    document_id,
    participant_id: t[1],
    speaker_label: t[2],
    start_offset: t[3],
    end_offset: t[4],
    start_ms: t[5],
    end_ms: t[6],
    question_id: t[7],
    starred: t[8],
  };
}

/** A document's coding as the export's backend sends it (see {@link PackedTurn}); {@link codingFromPacked} makes the object again. */
export type PackedCoding = [
  id: string,
  code_id: string,
  start_offset: number,
  end_offset: number,
  status: CodingRow['status'],
  memo: string | null,
  coder_id: string | null,
  created_at: string,
];
const PACKED_CODING_COLUMNS = 'id, code_id, start_offset, end_offset, status, memo, coder_id, created_at';

export function codingFromPacked(document_id: string, c: PackedCoding): ExportCodingRow {
  return {
    id: c[0],
    document_id,
    code_id: c[1],
    start_offset: c[2],
    end_offset: c[3],
    status: c[4],
    memo: c[5],
    coder_id: c[6],
    created_at: c[7],
  };
}

export interface UserRow {
  id: string;
  name: string;
  created_at: string;
}

/**
 * What REFI-QDA import and export need beyond the other repositories: users by id (coders and memo
 * authors keep their identity across tools), and whole-study reads in a few set-wise queries so that
 * exporting a 500-session study does not run a query per row.
 */
export function createRefiRepo(db: Db) {
  const users = db.prepare<[], UserRow>('SELECT id, name, created_at FROM users ORDER BY created_at, name');
  const insertUser = db.prepare<[string, string, string]>('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)');
  const documents = db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY created_at, title');
  // Only the columns the export writes: about a third less time for 100,000 turns than every column.
  const turnColumns = 'id, document_id, participant_id, speaker_label, start_offset, end_offset, start_ms, end_ms, question_id, starred';
  const turns = db.prepare<[], ExportTurnRow>(`SELECT ${turnColumns} FROM turns ORDER BY document_id, position`);
  const turnsOfDocument = db.prepare<[string], ExportTurnRow>(`SELECT ${turnColumns} FROM turns WHERE document_id = ? ORDER BY position`);
  const packedTurnsOfDocument = db
    .prepare<[string], PackedTurn>(`SELECT ${PACKED_TURN_COLUMNS} FROM turns WHERE document_id = ? ORDER BY position`)
    .raw(true);
  const rowCounts = db.prepare<[], { turns: number; codings: number }>(
    'SELECT (SELECT COUNT(*) FROM turns) AS turns, (SELECT COUNT(*) FROM codings) AS codings',
  );
  // Reading 100,000 quotes into strings the export never uses took about a fifth of the export's database read.
  const codingColumns = 'id, document_id, code_id, start_offset, end_offset, status, memo, coder_id, created_at';
  const codings = db.prepare<[], ExportCodingRow>(`SELECT ${codingColumns} FROM codings ORDER BY document_id, start_offset, end_offset`);
  const codingsOfDocument = db.prepare<[string], ExportCodingRow>(
    `SELECT ${codingColumns} FROM codings WHERE document_id = ? ORDER BY start_offset, end_offset`,
  );
  const packedCodingsOfDocument = db
    .prepare<[string], PackedCoding>(`SELECT ${PACKED_CODING_COLUMNS} FROM codings WHERE document_id = ? ORDER BY start_offset, end_offset`)
    .raw(true);
  const sessionGuides = db.prepare<[], { session_id: string; guide_id: string; title: string }>(
    'SELECT s.id AS session_id, g.id AS guide_id, g.title FROM sessions s JOIN guides g ON g.id = s.guide_id',
  );
  const guideItems = db.prepare<
    [],
    { id: string; guide_id: string; kind: 'section' | 'question'; text: string; planned_minutes: number | null }
  >('SELECT id, guide_id, kind, text, planned_minutes FROM guide_items ORDER BY guide_id, position');
  const clocks = db.prepare<
    [],
    { session_id: string; started_at: string; running_since: string | null; elapsed_ms: number; stopped_at: string | null }
  >('SELECT * FROM session_clocks');
  const marks = db.prepare<[], { session_id: string; at_ms: number; item_id: string | null }>(
    'SELECT session_id, at_ms, item_id FROM question_marks ORDER BY session_id, seq',
  );
  const offsets = db.prepare<[], { session_id: string; offset_ms: number }>('SELECT session_id, offset_ms FROM transcript_offsets');
  const mappings = db.prepare<[], { session_id: string; label: string; participant_id: string }>(
    'SELECT session_id, label, participant_id FROM speaker_mappings ORDER BY session_id, label',
  );
  /** Every session's live capture (guide, clock, question marks, speaker mappings, transcript offset), for those that have any. */
  const sessionLive = (): SessionLiveRow[] => {
    const out = new Map<string, SessionLiveRow>();
    const row = (sessionId: string) => {
      let r = out.get(sessionId);
      if (!r) out.set(sessionId, (r = { sessionId, guide: null, clock: null, marks: [], speakers: {}, offsetMs: null }));
      return r;
    };
    const items = new Map<string, NonNullable<SessionLiveRow['guide']>['items']>();
    for (const i of guideItems.iterate()) {
      const list = items.get(i.guide_id) ?? [];
      list.push({ id: i.id, kind: i.kind, text: i.text, minutes: i.planned_minutes });
      items.set(i.guide_id, list);
    }
    for (const g of sessionGuides.iterate())
      row(g.session_id).guide = { id: g.guide_id, title: g.title, items: items.get(g.guide_id) ?? [] };
    for (const c of clocks.iterate())
      row(c.session_id).clock = {
        startedAt: c.started_at,
        runningSince: c.running_since,
        elapsedMs: c.elapsed_ms,
        stoppedAt: c.stopped_at,
      };
    for (const m of marks.iterate()) row(m.session_id).marks.push([m.at_ms, m.item_id]);
    for (const m of mappings.iterate()) row(m.session_id).speakers[m.label] = m.participant_id;
    for (const o of offsets.iterate()) row(o.session_id).offsetMs = o.offset_ms;
    return [...out.values()];
  };
  const notInExport = db.prepare<[], NotInExport>(
    'SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM report_snapshots) AS snapshots, (SELECT count(*) FROM report_quotes) AS quotes',
  );
  return {
    sessionLive,
    /** What a REFI-QDA export has no place for, counted so the export can say so. */
    notInExport: () => notInExport.get()!,
    users: () => users.all(),
    insertUser: (id: string, name: string, at: string) => void insertUser.run(id, name, at),
    documents: () => documents.all(),
    /** How many turns and codings the study holds (to size an export's buffers). */
    rowCounts: () => rowCounts.get()!,
    /** Every coding without its quote, in document and position order. */
    codings: () => codings.all(),
    /** One document's codings without their quotes, in position order (a slice of {@link codings}). */
    codingsOfDocument: (documentId: string) => codingsOfDocument.all(documentId),
    /** {@link codingsOfDocument} as packed rows (see {@link PackedCoding}). */
    packedCodingsOfDocument: (documentId: string) => packedCodingsOfDocument.all(documentId) as unknown as PackedCoding[],
    /** {@link turnsOfDocument} as packed rows (see {@link PackedTurn}). */
    packedTurnsOfDocument: (documentId: string) => packedTurnsOfDocument.all(documentId) as unknown as PackedTurn[],
    /** One document's turns (the columns the export writes), in order (a slice of {@link turnsByDocument}). */
    turnsOfDocument: (documentId: string) => turnsOfDocument.all(documentId),
    /** Every turn, grouped by document id, in order. */
    turnsByDocument: () => {
      const out = new Map<string, ExportTurnRow[]>();
      for (const t of turns.iterate()) {
        const list = out.get(t.document_id);
        if (list) list.push(t);
        else out.set(t.document_id, [t]);
      }
      return out;
    },
  };
}
export type RefiRepo = ReturnType<typeof createRefiRepo>;
