import type { ExportCodingRow, ExportTurnRow } from '../../db/repos/refiRepo';
import type { ZipFileSpec } from '../../formats/zipWriter';
import type { XmlOut } from '../../formats/xmlWriter';
import { withMeta } from './descriptions';
import { SourcePositions } from './positions';
import { TURNS_READABLE, type DocumentMeta } from './verbatimMeta';
import { xsdDateTime, type StudySnapshot } from './snapshot';

/**
 * The GUID of the selection a coding sits on: the coding's own with its first group inverted, so it is
 * stable across exports, distinct from the coding's, and still an RFC UUID (version and variant untouched).
 */
export function selectionGuid(codingId: string): string {
  const first = (~Number.parseInt(codingId.slice(0, 8), 16) >>> 0).toString(16).padStart(8, '0');
  return `${first}${codingId.slice(8)}`;
}

/** What writing the sources learns for the rest of the project. */
export interface SourcesOut {
  files: ZipFileSpec[];
  notes: string[];
}

/** Participant id → the turn selections they speak (Case SelectionRef) and the documents those are in. */
export type Spoken = Map<string, { selections: string[]; documents: Set<string> }>;

/**
 * Who speaks where, in the order {@link writeSources} writes the turn selections. The Cases come before
 * the Sources in the file, so this is worked out first instead of writing the sources aside and copying them in.
 */
export function spokenTurns(snap: StudySnapshot): Spoken {
  const spoken: Spoken = new Map();
  for (const doc of snap.documents) addSpoken(spoken, doc.id, snap.turns.get(doc.id) ?? []);
  return spoken;
}

/** One document's part of {@link spokenTurns}. */
function addSpoken(spoken: Spoken, documentId: string, turns: readonly ExportTurnRow[]): void {
  for (const t of turns) {
    if (!t.participant_id || t.end_offset <= t.start_offset) continue;
    const mine = spoken.get(t.participant_id) ?? { selections: [], documents: new Set<string>() };
    mine.selections.push(t.id);
    mine.documents.add(documentId);
    spoken.set(t.participant_id, mine);
  }
}

const NVIVO_UNITS = { unit: 'utf16', crlfAsOne: false, bomCounted: false } as const;

/** A document's turns as its `[verbatim]` line carries them (verbatimMeta.ts DocumentMeta), positions as in the exported text. */
function turnsMeta(turns: readonly ExportTurnRow[], at: (p: number) => number, length: number): DocumentMeta {
  return {
    document: {
      length,
      turns: turns.map((t) => [
        at(t.start_offset),
        at(t.end_offset),
        t.participant_id,
        t.speaker_label,
        t.start_ms,
        t.end_ms,
        t.question_id,
        t.starred === 1 ? 1 : 0,
      ]),
    },
  };
}
const NAME_MAX = 100;

/**
 * Writes `<Sources>`: one TextSource per document, its text as `sources/<guid>.txt` (UTF-8, no BOM,
 * LF only, so no tool can count line breaks differently) and positions in UTF-16 code units, half-open,
 * as NVivo reads them (INTEROP.md §6). Each coding is its own PlainTextSelection (NVivo's shape) whose
 * `name` holds the coded words, which lets an importer detect drift; its memo is the selection's
 * Description. Each document's turns (speakers, times, questions, stars) ride in its Description's
 * `[verbatim]` line; with `turnSelections`, turns spoken by a participant are also selections without
 * a coding that the participant's Case points to.
 */
export function writeSources(out: XmlOut, snap: StudySnapshot, users: ReadonlySet<string>, memos: SourceMemos): SourcesOut {
  const byDoc = new Map<string, ExportCodingRow[]>();
  for (const c of snap.codings) {
    const list = byDoc.get(c.document_id);
    if (list) list.push(c);
    else byDoc.set(c.document_id, [c]);
  }
  const writer = new SourcesWriter(out, snap, users, memos);
  for (const doc of snap.documents) writer.write(doc, snap.turns.get(doc.id) ?? [], byDoc.get(doc.id) ?? []);
  return writer.finish();
}

/** Memo GUIDs by the document or coding they are about. */
export type SourceMemos = { document: Map<string, string[]>; coding: Map<string, string[]> };

/**
 * Writes `<Sources>` one document at a time, in the order of `head.documents`, so an export can write
 * each document as soon as its turns and codings have been read (see exportStreamed.ts).
 */
export class SourcesWriter {
  private written = 0;
  private orphans = 0;
  private astral = 0;
  private carriage = 0;
  /** Whether a participant speaks any turn of the documents written. */
  private speaks = false;
  readonly files: ZipFileSpec[] = [];
  /**
   * Who speaks where in the documents written so far ({@link spokenTurns} over them): a streamed
   * export keeps this for the Cases instead of every turn to the end.
   */
  readonly spoken: Spoken = new Map();

  constructor(
    private readonly out: XmlOut,
    private readonly head: Pick<StudySnapshot, 'documents' | 'participants' | 'turnSelections'>,
    private readonly users: ReadonlySet<string>,
    private readonly memos: SourceMemos,
  ) {}

  /** How many documents are written. */
  get count(): number {
    return this.written;
  }

  private user(id: string | null): string | undefined {
    return id && this.users.has(id) ? id : undefined;
  }

  /** The next document of `head.documents` with its turns and codings (orphaned ones are counted, not written). */
  write(doc: StudySnapshot['documents'][number], turns: readonly ExportTurnRow[], codings: readonly ExportCodingRow[]): void {
    const { out, memos } = this;
    if (this.head.documents[this.written] !== doc) throw new Error('the sources are written out of order');
    if (this.written++ === 0) out.open('Sources');
    const positions = new SourcePositions(doc.plain_text, false);
    const at = (p: number) => positions.map(p, NVIVO_UNITS) ?? positions.text.length;
    if (positions.hasCrlf || doc.plain_text.includes('\r')) this.carriage++;
    if (positions.hasAstral) this.astral++;
    const text = positions.text;
    const file = `${doc.id}.txt`;
    this.files.push({ name: `sources/${file}`, data: text });
    out.open('TextSource', [
      ['guid', doc.id],
      ['name', doc.title],
      ['plainTextPath', `internal://${file}`],
      ['creatingUser', this.user(doc.created_by)],
      ['creationDateTime', xsdDateTime(doc.created_at)],
      ['modifiedDateTime', xsdDateTime(doc.updated_at)],
    ]);
    if (turns.length > 0) out.text('Description', withMeta(TURNS_READABLE, turnsMeta(turns, at, text.length)));
    addSpoken(this.spoken, doc.id, turns);
    if (!this.speaks) this.speaks = turns.some((t) => t.participant_id);
    for (const c of codings) {
      if (c.status === 'orphaned') {
        this.orphans++;
        continue;
      }
      const start = at(c.start_offset);
      const end = at(c.end_offset);
      const quote = text.slice(start, end);
      // The selection and its coding carry the same author and time: worked out once for both.
      const coder = this.user(c.coder_id);
      const created = xsdDateTime(c.created_at);
      out.open('PlainTextSelection', [
        ['guid', selectionGuid(c.id)],
        ['name', quote.length > NAME_MAX ? `${quote.slice(0, NAME_MAX - 1)}…` : quote],
        ['startPosition', start],
        ['endPosition', end],
        ['creatingUser', coder],
        ['creationDateTime', created],
      ]);
      if (c.memo) out.text('Description', c.memo);
      const noteRefs = memos.coding.get(c.id) ?? [];
      const codingAttrs = [
        ['guid', c.id],
        ['creatingUser', coder],
        ['creationDateTime', created],
      ] as const;
      out.open('Coding', codingAttrs).empty('CodeRef', [['targetGUID', c.code_id]]);
      for (const n of noteRefs) out.empty('NoteRef', [['targetGUID', n]]);
      out.close('Coding').close('PlainTextSelection');
    }
    for (const t of this.head.turnSelections ? turns : []) {
      if (!t.participant_id || t.end_offset <= t.start_offset) continue;
      out.empty('PlainTextSelection', [
        ['guid', t.id],
        ['name', ''],
        ['startPosition', at(t.start_offset)],
        ['endPosition', at(t.end_offset)],
      ]);
    }
    for (const n of memos.document.get(doc.id) ?? []) out.empty('NoteRef', [['targetGUID', n]]);
    out.close('TextSource');
  }

  /** Closes `<Sources>` once every document is written. */
  finish(): SourcesOut {
    const { head, astral, carriage, orphans } = this;
    if (this.written !== head.documents.length) throw new Error(`${head.documents.length - this.written} document(s) were not written`);
    if (this.written > 0) this.out.close('Sources');
    const result: SourcesOut = { files: this.files, notes: [] };
    if (astral > 0)
      result.notes.push(
        // Measured with QualCoder run on an export: its document view places codings right, its reports do not.
        `${astral} document(s) contain emoji or other rare characters. NVivo reads every coding exactly. QualCoder shows the codings in the right place in its documents, but its reports show each coded passage shifted by one character for every emoji or rare character earlier in the document.`,
      );
    if (carriage > 0)
      result.notes.push(
        `${carriage} document(s) had Windows line breaks; they were written with LF line breaks and positions adjusted to match.`,
      );
    if (!head.turnSelections && head.participants.length > 0 && this.speaks)
      result.notes.push(
        'Who speaks each turn is kept in Verbatim’s own data, which only Verbatim reads: other tools see each participant linked to the documents they speak in, not to their turns. Export ▸ REFI-QDA project with turns, for NVivo (on the command line: verbatim export-qdpx --turn-selections) gives NVivo the turns too; QualCoder shows each of them as an empty annotation.',
      );
    if (orphans > 0) result.notes.push(`${orphans} coding(s) whose words were deleted (marked for review) were not exported.`);
    return result;
  }
}
