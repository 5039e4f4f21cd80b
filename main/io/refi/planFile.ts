import { AppError } from '../../../shared/errors';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { nested } from '../../../shared/i18n/sentence';
import { ImportRefused, type ImportPlan } from './plan';
import { planCodebook, planProject } from './planProject';
import { readQdc, withQdpxBytes, withQdpxFile } from './readFile';

/**
 * Reads and plans the .qdpx at `path` (read by position, never whole: recordings in it are skipped);
 * a file that cannot be imported becomes IMPORT_FAILED with the reason. Runs in a job worker
 * (main/jobs/kinds.ts) and in the CLI, so it lives here below both, not in the import service.
 */
export function planQdpxFile(path: string, progress?: (stage: MessageId, percent: number) => void): ImportPlan {
  return refusedAsAppError(() =>
    withQdpxFile(path, ({ project, files }) => {
      progress?.('imports.stageMatching', 60);
      return planProject(project, files);
    }),
  );
}

/** Plans a .qdpx held in memory; the app plans from files (planQdpxFile), tests use this for archives they build. */
export function planQdpxBytes(bytes: Uint8Array): ImportPlan {
  return refusedAsAppError(() => withQdpxBytes(bytes, ({ project, files }) => planProject(project, files)));
}

/** Reads and plans a .qdc codebook. */
export function planQdcFile(bytes: Uint8Array): ImportPlan {
  return refusedAsAppError(() => {
    const { codes, origin, sets, issues } = readQdc(bytes);
    if (codes.length === 0) throw new ImportRefused('imports.qdcNoCodes');
    return planCodebook(codes, origin, sets, issues);
  });
}

function refusedAsAppError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ImportRefused)
      throw new AppError('IMPORT_FAILED', 'imports.refusedNothingImported', nested('reasonMessage', error.sentence));
    throw error;
  }
}
