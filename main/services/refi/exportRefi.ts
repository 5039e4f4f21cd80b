import { AppError } from '../../api/errors';
import { createInteropRepo } from '../../db/repos/interopRepo';
import { exportCodebookXml } from '../../io/qdpx/exportCodebook';
import { exportProjectFiles } from '../../io/qdpx/exportProject';
import type { StudySnapshot } from '../../io/qdpx/snapshot';
import { writeZip } from '../../io/zipWriter';
import type { Study } from '../study';

/** Reads everything an export needs in one read transaction, so the file is one consistent state. */
export function snapshotOf(study: Study, version: string): StudySnapshot {
  return study.db.transaction(() => {
    const { repos } = study;
    const interop = createInteropRepo(study.db);
    const info = repos.study.info();
    return {
      title: info?.title ?? 'Verbatim study',
      createdAt: info?.created_at ?? new Date().toISOString(),
      origin: `Verbatim ${version}`,
      userId: study.userId,
      users: interop.users().map((u) => ({ id: u.id, name: u.name })),
      codes: repos.codes.all(),
      attributes: repos.attributes.list(),
      sessions: repos.sessions.list(),
      participants: repos.participants.list(),
      documents: interop.documents(),
      turns: interop.turnsByDocument(),
      codings: interop.codings(),
      memos: repos.memos.all(),
    };
  })();
}

/** The study as a .qdpx archive (project.qde + sources/), with notes for the user. */
export function exportQdpx(study: Study, version: string): { bytes: Uint8Array; notes: string[] } {
  const { files, notes } = exportProjectFiles(snapshotOf(study, version));
  return { bytes: writeZip(files), notes };
}

/** The codebook alone as a .qdc file. */
export function exportQdc(study: Study, version: string): { bytes: Uint8Array; notes: string[] } {
  const codes = study.repos.codes.all();
  if (codes.length === 0) throw new AppError('INVALID_INPUT', 'The codebook is empty: add codes before exporting it.');
  return { bytes: Buffer.from(exportCodebookXml(codes, `Verbatim ${version}`), 'utf8'), notes: [] };
}

/** A file name for an export, from the study title (no path separators or characters Windows refuses). */
export function exportFileName(title: string, extension: 'qdpx' | 'qdc'): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
  const base = title.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '').slice(0, 80) || 'Verbatim study';
  return `${base}.${extension}`;
}
