import type { refiChannels } from '../../shared/ipc/channels/refiChannels';
import { throwIfCancelled, type JobControl } from '../jobs/control';
import { deliver } from '../services/delivery';
import { exportFileName, exportQdc, exportQdpx } from '../services/refi/exportRefi';
import { importAsNewStudy, importIntoStudy, newStudyTitle, planInWorker } from '../services/refi/importRefi';
import type { BackendContext, Handlers } from './handler';
import { withIncoming } from './withIncoming';

const REFI = {
  qdpx: { title: 'menu.exportQdpxDialog', filterName: 'menu.qdpxFilter', mimeType: 'application/zip' },
  qdc: { title: 'menu.exportQdcDialog', filterName: 'menu.qdcFilter', mimeType: 'application/xml' },
} as const;

/** A REFI-QDA export through the one road out (services/delivery.ts). */
function deliverRefi(
  ctx: BackendContext,
  format: 'qdpx' | 'qdc',
  produce: () => Promise<{ bytes: Uint8Array; notes: string[] }>,
  control?: JobControl,
) {
  const suggestedFileName = exportFileName(ctx.studies.require().summary().title, format);
  const { title, filterName, mimeType } = REFI[format];
  return deliver(
    ctx.host,
    { title, suggestedFileName, filterName, extension: format },
    async () => {
      const { bytes, notes } = await produce();
      return { files: [{ name: suggestedFileName, mimeType, data: bytes }], notes };
    },
    control,
  );
}

/** Handlers of the REFI-QDA channels (see shared/ipc/channels/refiChannels.ts). */
export const refiHandlers: Pick<Handlers, keyof typeof refiChannels> = {
  'refi:importQdpx': ({ fileId, into, jobId }, ctx) =>
    withIncoming(ctx, fileId, () =>
      ctx.jobs.follow(jobId, async (control) => {
        const { name: fileName, path } = ctx.incoming.locate(fileId, 'qdpx');
        // The study to merge into is the one open now, not whichever is open when the plan is ready.
        const open = into === 'open' ? ctx.studies.require() : null;
        // Read and check the whole file (in a worker, from disk by position: recordings inside are never
        // inflated) before asking where to save or touching any study.
        const asking = !open && ctx.host.nativeDialogs;
        const plan = await planInWorker(
          { format: 'qdpx', path },
          control,
          asking ? 'imports.stageChooseWhereToSave' : 'imports.stageWritingIntoStudy',
        );
        if (open) {
          return importIntoStudy(open, plan, { fileName, format: 'qdpx' });
        }
        const target = await ctx.studies.newStudyPath(ctx.host, newStudyTitle(plan), ctx.studies.settings.uiTranslator());
        throwIfCancelled(control, 'import');
        control.progress?.('imports.stageWritingNewStudy', 92);
        return importAsNewStudy(ctx.studies, plan, fileName, target);
      }),
    ),
  'refi:importQdc': ({ fileId, jobId }, ctx) =>
    withIncoming(ctx, fileId, () =>
      ctx.jobs.follow(jobId, async (control) => {
        const { name: fileName, bytes } = ctx.incoming.read(fileId, 'qdc');
        const study = ctx.studies.require();
        return importIntoStudy(study, await planInWorker({ format: 'qdc', bytes }, control), { fileName, format: 'qdc' });
      }),
    ),
  'refi:exportQdpx': ({ jobId, turnSelections }, ctx) =>
    ctx.jobs.follow(jobId, (control) =>
      deliverRefi(
        ctx,
        'qdpx',
        async () => {
          const produced = await exportQdpx(ctx.studies.require(), ctx.version, control, { turnSelections: turnSelections ?? false });
          // A cancel that came while the archive was built leaves no file behind.
          throwIfCancelled(control, 'export');
          return produced;
        },
        control,
      ),
    ),
  'refi:exportQdc': (_, ctx) => deliverRefi(ctx, 'qdc', async () => exportQdc(ctx.studies.require(), ctx.version)),
};
