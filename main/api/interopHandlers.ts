import type { interopChannels } from '../../shared/ipc/channels/interopChannels';
import { deliver } from '../services/delivery';
import { exportFileName, exportQdc, exportQdpx } from '../services/refi/exportRefi';
import { importAsNewStudy, importIntoStudy, newStudyTitle, planQdcFile, planQdpxFile } from '../services/refi/importRefi';
import { fileNameFor } from '../services/studyManager';
import { AppError } from './errors';
import type { BackendContext, Handlers } from './handler';

/** Base64 from the contract (already checked) into bytes; Buffer is much faster than atob for 200 MB. */
const bytesOf = (b64: string) => {
  const buf = Buffer.from(b64, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
};

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
  'interop:importQdpx': async ({ fileName, dataBase64, into }, ctx) => {
    // Read and check the whole file before asking where to save or touching any study.
    const plan = planQdpxFile(bytesOf(dataBase64));
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
  },
  'interop:importQdc': ({ fileName, dataBase64 }, ctx) => {
    const study = ctx.studies.require();
    const report = importIntoStudy(study, planQdcFile(bytesOf(dataBase64)), { fileName, format: 'qdc' });
    ctx.studies.announceChange();
    return report;
  },
  'interop:exportQdpx': (_, ctx) => deliverRefi(ctx, 'qdpx', () => exportQdpx(ctx.studies.require(), ctx.version)),
  'interop:exportQdc': (_, ctx) => deliverRefi(ctx, 'qdc', () => exportQdc(ctx.studies.require(), ctx.version)),
};
