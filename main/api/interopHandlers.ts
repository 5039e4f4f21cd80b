import { basename } from 'node:path';
import type { ExportResult } from '../../shared/domain/interop';
import type { interopChannels } from '../../shared/ipc/channels/interopChannels';
import { exportFileName, exportQdc, exportQdpx, writeExportFile } from '../services/refi/exportRefi';
import { throwIfCancelled, type JobControl } from '../jobs/control';
import { importIntoStudy, planInWorker, reportOf, writePlan } from '../services/refi/importRefi';
import { fileNameFor } from '../services/studyManager';
import { AppError } from './errors';
import type { BackendContext, Handlers } from './handler';

/** Base64 from the contract (already checked) into bytes; Buffer is much faster than atob for 200 MB. */
const bytesOf = (b64: string) => {
  const buf = Buffer.from(b64, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
};

/** Delivers an export: to the path given, else to where the save dialog says, else back to the page as base64. */
async function deliver(
  ctx: BackendContext,
  path: string | undefined,
  format: 'qdpx' | 'qdc',
  produce: () => Promise<{ bytes: Uint8Array; notes: string[] }> | { bytes: Uint8Array; notes: string[] },
  control: JobControl = {},
): Promise<ExportResult> {
  const study = ctx.studies.require();
  const fileName = exportFileName(study.summary().title, format);
  let target = path ?? null;
  if (target === null && ctx.host.nativeDialogs) {
    target = await ctx.host.pickFileToSave({
      title: format === 'qdpx' ? 'Export REFI-QDA project' : 'Export codebook',
      suggestedFileName: fileName,
      filterName: format === 'qdpx' ? 'REFI-QDA project' : 'REFI-QDA codebook',
      extension: format,
    });
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
  }
  const { bytes, notes } = await produce();
  // A cancel that came while the archive was built leaves no file behind.
  throwIfCancelled(control, 'The export');
  if (target === null) return { fileName, path: null, dataBase64: Buffer.from(bytes).toString('base64'), notes };
  await writeExportFile(target, bytes);
  return { fileName: basename(target), path: target, dataBase64: null, notes };
}

/** Handlers of the REFI-QDA channels (see shared/ipc/channels/interopChannels.ts). */
export const interopHandlers: Pick<Handlers, keyof typeof interopChannels> = {
  'interop:importQdpx': ({ fileName, dataBase64, into, path, jobId }, ctx) => ctx.jobs.follow(jobId, async (control) => {
    // The study to merge into is the one open now, not whichever is open when the plan is ready.
    const open = into === 'open' ? ctx.studies.require() : null;
    // Read and check the whole file (in a worker) before asking where to save or touching any study.
    const plan = await planInWorker('qdpx', bytesOf(dataBase64), control);
    if (open) {
      const report = importIntoStudy(open, plan, { fileName, format: 'qdpx' });
      ctx.studies.announceChange();
      return report;
    }
    const title = plan.title.trim().slice(0, 200) || 'Imported project';
    let target = path ?? null;
    if (target === null && ctx.host.nativeDialogs) {
      target = await ctx.host.pickStudyToCreate(`${fileNameFor(title)}.verbatim`);
      if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    }
    throwIfCancelled(control, 'The import');
    target ??= ctx.studies.defaultPathFor(title);
    if (!/\.verbatim$/i.test(target)) target += '.verbatim';
    // The study is created and filled in one transaction; on failure the new file is removed.
    const study = ctx.studies.create(target, title, false, (s) => writePlan(s, plan, false));
    return reportOf(plan, study, { fileName, format: 'qdpx', into: 'new', backupPath: null });
  }),
  'interop:importQdc': ({ fileName, dataBase64, jobId }, ctx) => ctx.jobs.follow(jobId, async (control) => {
    const study = ctx.studies.require();
    const report = importIntoStudy(study, await planInWorker('qdc', bytesOf(dataBase64), control), { fileName, format: 'qdc' });
    ctx.studies.announceChange();
    return report;
  }),
  'interop:exportQdpx': ({ path, jobId }, ctx) =>
    ctx.jobs.follow(jobId, (control) => deliver(ctx, path, 'qdpx', () => exportQdpx(ctx.studies.require(), ctx.version, control), control)),
  'interop:exportQdc': ({ path }, ctx) => deliver(ctx, path, 'qdc', () => exportQdc(ctx.studies.require(), ctx.version)),
};
