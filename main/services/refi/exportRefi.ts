import { AppError } from '../../../shared/errors';
import { createRefiRepo } from '../../db/repos/refiRepo';
import { exportCodebookXml } from '../../io/refi/exportCodebook';
import {
  PACKED_CODINGS,
  PACKED_TURNS,
  SOURCES_READY,
  type ExportInput,
  type ExportOptions,
  type PackedGroup,
  type StudySnapshot,
} from '../../io/refi/snapshot';
import type { PackedCoding, PackedTurn } from '../../db/repos/refiRepo';
import type { JobPart } from '../../jobs/protocol';
import { jobOptions, throwIfClosed, type JobControl } from '../../jobs/control';
import { runJob } from '../../jobs/runJob';
import { ChangedWhileReading, nextTurn, watchForWrites } from '../sliceReads';
import type { Study } from '../study';

/** Reads everything an export needs in one read transaction, so the file is one consistent state. */
export function snapshotOf(study: Study, version: string, options: ExportOptions = { turnSelections: false }): StudySnapshot {
  return study.db.transaction(() => {
    const { repos } = study;
    const refi = createRefiRepo(study.db);
    const info = repos.study.info();
    return {
      title: info?.title ?? 'Verbatim study',
      createdAt: info?.createdAt ?? new Date().toISOString(),
      origin: `Verbatim ${version}`,
      userId: study.userId,
      notInExport: refi.notInExport(),
      ...options,
      users: refi.users().map((u) => ({ id: u.id, name: u.name })),
      codes: repos.codes.all(),
      attributes: repos.attributes.list(),
      sessions: repos.sessions.list(),
      participants: repos.participants.list(),
      documents: refi.documents(),
      turns: refi.turnsByDocument(),
      codings: refi.codings(),
      memos: repos.memos.all(),
      live: refi.sessionLive(),
    };
  })();
}

/** The snapshot as the export job takes it: turns as one list, which the worker groups again. */
export function exportInputOf(snap: StudySnapshot): ExportInput {
  return { ...snap, turns: [...snap.turns.values()].flat() };
}

/** Documents whose turns and codings go in one slice: about 1,000 rows in a typical study, a few milliseconds. */
const DOCS_PER_SLICE = 3;

/**
 * The snapshot a slice at a time, with a turn of the event loop between slices, so a UI call (or a
 * live-notes autosave) waits at most one slice. Slices only fit together if nothing was written in
 * between: any write (total_changes) ends the reading with {@link ChangedWhileReading}.
 */
async function* snapshotSlices(study: Study, control: JobControl | undefined): AsyncGenerator<JobPart> {
  const unchanged = watchForWrites(study);
  const { repos } = study;
  const refi = createRefiRepo(study.db);
  const small: [string, () => unknown[]][] = [
    ['users', () => refi.users().map((u) => ({ id: u.id, name: u.name }))],
    ['codes', () => repos.codes.all()],
    ['attributes', () => repos.attributes.list()],
    ['sessions', () => repos.sessions.list()],
    ['participants', () => repos.participants.list()],
    ['memos', () => repos.memos.all()],
    ['live', () => refi.sessionLive()],
  ];
  for (const [field, read] of small) {
    yield { field, rows: read() };
    await nextTurn();
    unchanged();
  }
  const documents = refi.documents();
  const ids = documents.map((d) => d.id);
  yield { field: 'documents', rows: documents };
  await nextTurn();
  unchanged();
  // Turns and codings by document, in the order of the documents, each group announced as complete,
  // so the worker writes those documents' sources while the next group is read.
  yield { field: 'turns', rows: [] };
  yield { field: 'codings', rows: [] };
  for (let i = 0; i < ids.length; i += DOCS_PER_SLICE) {
    const slice = ids.slice(i, i + DOCS_PER_SLICE);
    // Packed (value arrays, no document id per row): this loop is most of the backend's share of an export.
    yield {
      field: PACKED_TURNS,
      rows: slice.map((documentId): PackedGroup<PackedTurn> => ({ documentId, rows: refi.packedTurnsOfDocument(documentId) })),
    };
    yield {
      field: PACKED_CODINGS,
      rows: slice.map((documentId): PackedGroup<PackedCoding> => ({ documentId, rows: refi.packedCodingsOfDocument(documentId) })),
    };
    yield { field: SOURCES_READY, rows: slice };
    control?.progress?.('imports.stageReadingStudy', (40 * (i + slice.length)) / ids.length);
    await nextTurn();
    unchanged();
  }
  // All read: what is left is the worker's (the last sources, the cases, then compressing).
  control?.progress?.('imports.stageWritingProjectFile', 40);
}

/** Sliced reads to try before reading the whole study at once: a live-notes autosave is one short write. */
const SLICED_ATTEMPTS = 3;

/**
 * The study as a .qdpx archive (project.qde + sources/), with notes for the user. The study is read
 * here, in slices between which the backend answers other calls; building and compressing the
 * archive runs in a worker, which starts while the slices are still being read. If the study is
 * written to meanwhile (an autosave), it is read in slices again; only after {@link SLICED_ATTEMPTS}
 * interrupted reads is it read in one transaction (a short freeze, but one consistent state). A
 * study closed meanwhile is CONFLICT: its export must not read whatever is open now.
 */
export async function exportQdpx(
  study: Study,
  version: string,
  control?: JobControl,
  options: ExportOptions = { turnSelections: false },
): Promise<{ bytes: Uint8Array; notes: string[] }> {
  control?.progress?.('imports.stageReadingStudy', 0);
  const info = study.repos.study.info();
  const notInExport = createRefiRepo(study.db).notInExport();
  const head = {
    title: info?.title ?? 'Verbatim study',
    createdAt: info?.createdAt ?? new Date().toISOString(),
    origin: `Verbatim ${version}`,
    userId: study.userId,
    notInExport,
    ...options,
  };
  for (let attempt = 1; attempt <= SLICED_ATTEMPTS; attempt++) {
    try {
      // The lists (users, codes… codings) arrive as slices and are appended to `head` in the worker.
      const expectedRows = createRefiRepo(study.db).rowCounts();
      return await runJob('qdpx:export', { ...head, expectedRows } as ExportInput, {
        ...jobOptions(control, 40, 99, 'export'),
        parts: snapshotSlices(study, control),
      });
    } catch (error) {
      if (!(error instanceof ChangedWhileReading)) throw error;
      throwIfClosed(study.db, 'export');
    }
  }
  return runJob('qdpx:export', exportInputOf(snapshotOf(study, version, options)), jobOptions(control, 40, 99, 'export'));
}

/** The codebook alone as a .qdc file. */
export function exportQdc(study: Study, version: string): { bytes: Uint8Array; notes: string[] } {
  const codes = study.repos.codes.all();
  if (codes.length === 0) throw new AppError('INVALID_INPUT', 'imports.codebookEmptyExport');
  return { bytes: Buffer.from(exportCodebookXml(codes, `Verbatim ${version}`), 'utf8'), notes: [] };
}

/** A file name for an export, from the study title (no path separators or characters Windows refuses). */
export function exportFileName(title: string, extension: 'qdpx' | 'qdc'): string {
  const base =
    title
      // eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 80) || 'Verbatim study';
  return `${base}.${extension}`;
}
