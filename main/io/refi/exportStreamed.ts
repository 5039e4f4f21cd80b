import {
  codingFromPacked,
  turnFromPacked,
  type ExportCodingRow,
  type ExportTurnRow,
  type PackedCoding,
  type PackedTurn,
} from '../../db/repos/refiRepo';
import { XmlOut } from '../../formats/xmlWriter';
import { PIECE_BYTES, PieceDeflater, type ZipFileSpec } from '../../formats/zipWriter';
import { projectFilesOf, projectRefs, sourceMemosOf, writeProjectHead, writeProjectTail } from './exportProject';
import { SourcesWriter } from './exportSources';
import { PACKED_CODINGS, PACKED_TURNS, SOURCES_READY, type ExportInput, type PackedGroup, type StudySnapshot } from './snapshot';

/** A slice of the snapshot's lists as it arrives from the backend (jobs/protocol.ts JobPart). */
export interface SnapshotPart {
  field: string;
  rows: unknown[];
}

function appendGrouped<T extends { document_id: string }>(rows: readonly T[], into: Map<string, T[]>): void {
  for (const row of rows) {
    const list = into.get(row.document_id);
    if (list) list.push(row);
    else into.set(row.document_id, [row]);
  }
}

/** Packed groups made rows again, appended to their document's list (one document's rows arrive in one group). */
function appendPacked<P extends PackedTurn | PackedCoding, T>(
  groups: readonly PackedGroup<P>[],
  unpack: (documentId: string, row: P) => T,
  into: Map<string, T[]>,
): void {
  for (const { documentId, rows } of groups) {
    const list = into.get(documentId) ?? [];
    for (const row of rows) list.push(unpack(documentId, row));
    into.set(documentId, list);
  }
}

/**
 * The same files as exportProjectFiles, built while the snapshot arrives: `head` holds the scalar
 * fields, `parts` the lists (users, codes… documents first, then turns and codings a few documents at
 * a time, each group followed by {@link SOURCES_READY}). The Sources, nearly all of project.qde, are
 * written and compressed as their documents arrive; the Cases, which come before them in the file but
 * need every turn, are written at the end and put in front.
 */
export async function exportProjectStreamed(
  head: ExportInput,
  parts: AsyncIterable<SnapshotPart>,
): Promise<{ files: ZipFileSpec[]; notes: string[] }> {
  const lists = head as unknown as Record<string, unknown[]>;
  const turns = new Map<string, ExportTurnRow[]>();
  const codings = new Map<string, ExportCodingRow[]>();
  const sourcesDeflater = new PieceDeflater(1);
  // Sized up front (see exportProjectFiles): growing it would copy tens of megabytes and hold both copies.
  const expected = head.expectedRows ?? { turns: 0, codings: 0 };
  const expectedBytes = expected.codings * 800 + expected.turns * 400;
  const sourcesOut = new XmlOut({
    fragment: true,
    depth: 1,
    expectedBytes,
    pieces: { bytes: PIECE_BYTES, take: (piece) => sourcesDeflater.push(piece) },
  });
  let writer = null as SourcesWriter | null; // made when the first group is announced (assigned in writeNext)
  // Of the codings, the rest of the project needs only which were written (memos about them): a document's
  // coding rows are let go once it is written, instead of 100,000 rows kept (and copied by the collector) to the end.
  const written = new Set<string>();
  // The same for the turns: the Cases need only who speaks where (SourcesWriter.spoken).
  const snap = (): StudySnapshot => ({ ...head, turns: new Map(), codings: [] });
  const writeNext = (id: string) => {
    // The lists before the turns (documents, memos, users…) are complete once the first group is announced.
    writer ??= new SourcesWriter(sourcesOut, head, new Set(head.users.map((u) => u.id)), sourceMemosOf(head.memos));
    const doc = head.documents[writer.count];
    if (doc?.id !== id) throw new Error('the export received its documents out of order');
    const mine = codings.get(id) ?? [];
    codings.delete(id);
    writer.write(doc, turns.get(id) ?? [], mine);
    turns.delete(id);
    for (const c of mine) if (c.status !== 'orphaned') written.add(c.id);
  };
  for await (const part of parts) {
    if (part.field === SOURCES_READY) for (const id of part.rows as string[]) writeNext(id);
    else if (part.field === 'turns') appendGrouped(part.rows as ExportTurnRow[], turns);
    else if (part.field === 'codings') appendGrouped(part.rows as ExportCodingRow[], codings);
    else if (part.field === PACKED_TURNS) appendPacked(part.rows as PackedGroup<PackedTurn>[], turnFromPacked, turns);
    else if (part.field === PACKED_CODINGS) appendPacked(part.rows as PackedGroup<PackedCoding>[], codingFromPacked, codings);
    else (lists[part.field] ??= []).push(...part.rows);
  }
  head.turns ??= [];
  head.codings ??= [];
  // Documents never announced (none, when the backend announces every group) are written now.
  for (let i = writer?.count ?? 0; i < head.documents.length; i++) writeNext(head.documents[i]!.id);
  const whole = snap();
  const refs = projectRefs(whole, written);
  writer ??= new SourcesWriter(sourcesOut, head, refs.users, refs);
  const sources = writer.finish();
  const headOut = new XmlOut({ expectedBytes: head.participants.length * 1000 + (1 << 20) });
  writeProjectHead(headOut, whole, refs, writer.spoken);
  const tailOut = new XmlOut({ fragment: true, depth: 1 });
  const memoFiles = writeProjectTail(tailOut, whole, refs);
  const [before, middle, after] = [headOut.toBuffer(), sourcesOut.toBuffer(), tailOut.toBuffer()];
  // In its three parts: the archive takes them as they are (one 80 MB copy less at the end of a large export).
  const qde = [before, middle, after];
  let deflated: Promise<Buffer> | undefined;
  if (sourcesDeflater.started) {
    sourcesDeflater.pushFirst(before);
    deflated = sourcesDeflater.finish(Buffer.concat([middle.subarray(sourcesOut.bytesHandedOver), after]));
  }
  const replaced = headOut.replaced + sourcesOut.replaced + tailOut.replaced;
  return projectFilesOf(whole, { qde, deflated, replaced }, sources, memoFiles, refs);
}
