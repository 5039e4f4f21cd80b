import type { interopChannels } from '../../shared/ipc/channels/interopChannels';
import { deliver } from '../services/delivery';
import { exportFileName, exportQdc, exportQdpx } from '../services/refi/exportRefi';
import { importAsNewStudy, importIntoStudy, newStudyTitle, planQdcFile, planQdpxFile } from '../services/refi/importRefi';
import { fileNameFor } from '../services/studyManager';
import { AppError } from './errors';
import type { BackendContext, Handlers } from './handler';

/**
 * Runs an import on a file taken in (services/incoming.ts) and lets the file go afterwards, whatever
 * happened: an upload is used once.
 */
async function withIncoming<T>(ctx: BackendContext, fileId: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
    ctx.incoming.release(fileId);
  }
}

const REFI = {
  qdpx: { title: 'Export REFI-QDA project', filterName: 'REFI-QDA project', mimeType: 'application/zip' },
  qdc: { title: 'Export codebook', filterName: 'REFI-QDA codebook', mimeType: 'application/xml' },
} as const;

/** A REFI-QDA export through the one road out (services/delivery.ts). */
function deliverRefi(ctx: BackendContext, format: 'qdpx' | 'qdc', produce: () => { bytes: Uint8Array; notes: string[] }) {
  const suggestedFileName = exportFileName(ctx.studies.require().summary().title, format);
  const { title, filterName, mimeType } = REFI[format];
  return deliver(ctx.host, { title, suggestedFileName, filterName, extension: format }, async () => {
    const { bytes, notes } = produce();
    return { files: [{ name: suggestedFileName, mimeType, data: bytes }], notes };
  });
}

/** Handlers of the REFI-QDA channels (see shared/ipc/channels/interopChannels.ts). */
export const interopHandlers: Pick<Handlers, keyof typeof interopChannels> = {
  'interop:importQdpx': ({ fileId, into }, ctx) => withIncoming(ctx, fileId, async () => {
    const { name: fileName, path } = ctx.incoming.locate(fileId, 'qdpx');
    // The .qdpx is read from disk by position (recordings inside are never inflated).
    // Read and check the whole file before asking where to save or touching any study.
    const plan = planQdpxFile(path);
    if (into === 'open') {
      const report = importIntoStudy(ctx.studies.require(), plan, { fileName, format: 'qdpx' });
      ctx.studies.announceChange();
      return report;
    }
    const title = newStudyTitle(plan);
    let target: string | null = null;
    if (ctx.host.nativeDialogs) {
      target = await ctx.host.pickStudyToCreate(`${fileNameFor(title)}.verbatim`);
      if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    }
    return importAsNewStudy(ctx.studies, plan, fileName, target ?? ctx.studies.defaultPathFor(title));
  }),
  'interop:importQdc': ({ fileId }, ctx) => withIncoming(ctx, fileId, () => {
    const { name: fileName, bytes } = ctx.incoming.read(fileId, 'qdc');
    const study = ctx.studies.require();
    const report = importIntoStudy(study, planQdcFile(bytes), { fileName, format: 'qdc' });
    ctx.studies.announceChange();
    return report;
  }),
  'interop:exportQdpx': (_, ctx) => deliverRefi(ctx, 'qdpx', () => exportQdpx(ctx.studies.require(), ctx.version)),
  'interop:exportQdc': (_, ctx) => deliverRefi(ctx, 'qdc', () => exportQdc(ctx.studies.require(), ctx.version)),
};
