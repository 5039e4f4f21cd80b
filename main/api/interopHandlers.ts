import { basename } from 'node:path';
import type { ExportResult } from '../../shared/domain/interop';
import type { interopChannels } from '../../shared/ipc/channels/interopChannels';
import { exportFileName, exportQdc, exportQdpx, writeExportFile } from '../services/refi/exportRefi';
import { importIntoStudy, planQdcFile, planQdpxBytes, reportOf, writePlan } from '../services/refi/importRefi';
import { fileNameFor } from '../services/studyManager';
import { AppError } from './errors';
import type { BackendContext, Handlers } from './handler';

/** Base64 from the contract (already checked) into bytes; Buffer is much faster than atob for 200 MB. */
const bytesOf = (b64: string) => {
  const buf = Buffer.from(b64, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
};

/** Delivers an export: to the path given, else to where the save dialog says, else back to the page as base64. */
async function deliver(ctx: BackendContext, path: string | undefined, format: 'qdpx' | 'qdc', produce: () => { bytes: Uint8Array; notes: string[] }): Promise<ExportResult> {
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
  const { bytes, notes } = produce();
  if (target === null) return { fileName, path: null, dataBase64: Buffer.from(bytes).toString('base64'), notes };
  writeExportFile(target, bytes);
  return { fileName: basename(target), path: target, dataBase64: null, notes };
}

/** Handlers of the REFI-QDA channels (see shared/ipc/channels/interopChannels.ts). */
export const interopHandlers: Pick<Handlers, keyof typeof interopChannels> = {
  'interop:importQdpx': async ({ fileName, dataBase64, into, path }, ctx) => {
    // Read and check the whole file before asking where to save or touching any study.
    const plan = planQdpxBytes(bytesOf(dataBase64));
    if (into === 'open') {
      const report = importIntoStudy(ctx.studies.require(), plan, { fileName, format: 'qdpx' });
      ctx.studies.announceChange();
      return report;
    }
    const title = plan.title.trim().slice(0, 200) || 'Imported project';
    let target = path ?? null;
    if (target === null && ctx.host.nativeDialogs) {
      target = await ctx.host.pickStudyToCreate(`${fileNameFor(title)}.verbatim`);
      if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    }
    target ??= ctx.studies.defaultPathFor(title);
    if (!/\.verbatim$/i.test(target)) target += '.verbatim';
    // The study is created and filled in one transaction; on failure the new file is removed.
    const study = ctx.studies.create(target, title, false, (s) => writePlan(s, plan, false));
    return reportOf(plan, study, { fileName, format: 'qdpx', into: 'new', backupPath: null });
  },
  'interop:importQdc': ({ fileName, dataBase64 }, ctx) => {
    const study = ctx.studies.require();
    const report = importIntoStudy(study, planQdcFile(bytesOf(dataBase64)), { fileName, format: 'qdc' });
    ctx.studies.announceChange();
    return report;
  },
  'interop:exportQdpx': ({ path }, ctx) => deliver(ctx, path, 'qdpx', () => exportQdpx(ctx.studies.require(), ctx.version)),
  'interop:exportQdc': ({ path }, ctx) => deliver(ctx, path, 'qdc', () => exportQdc(ctx.studies.require(), ctx.version)),
};
