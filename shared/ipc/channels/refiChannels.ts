import { z } from 'zod';
import { Delivery } from '../../domain/files';
import { ImportReport } from '../../domain/refi';
import { JobId } from './jobChannels';

/** A file taken in by the one road in (shared/ipc/channels/fileChannels.ts), named by its id. */
const FileId = z.uuid();

/**
 * Channels of REFI-QDA interoperability: import and export of `.qdpx` projects (NVivo, ATLAS.ti,
 * MAXQDA, QualCoder…) and `.qdc` codebooks. Every import returns a report of what was imported, how
 * it was mapped and what was left out and why.
 */
export const refiChannels = {
  /**
   * Imports a .qdpx into a new study (`into: 'new'`; it becomes the open study; Electron asks where
   * to save it and browser mode files it in the studies folder) or merges it into the open one
   * (`into: 'open'`, after a backup). A failed import changes nothing. No path is taken from the page.
   */
  'refi:importQdpx': {
    input: z.strictObject({ fileId: FileId, into: z.enum(['new', 'open']), jobId: JobId.optional() }),
    output: ImportReport,
  },
  /** Merges a .qdc codebook into the open study: codes matched by GUID, then by path. */
  'refi:importQdc': {
    input: z.strictObject({ fileId: FileId, jobId: JobId.optional() }),
    output: ImportReport,
  },
  /**
   * Exports the open study as .qdpx, delivered like every export (see Delivery): the page never names a path.
   * `turnSelections`: also write each participant's turns as text selections of their Case (NVivo can use
   * them; QualCoder shows each as an empty annotation). Off by default: Verbatim carries speakers itself.
   */
  'refi:exportQdpx': { input: z.strictObject({ jobId: JobId.optional(), turnSelections: z.boolean().optional() }), output: Delivery },
  /** Exports the open study's codebook as .qdc, delivered the same way. */
  'refi:exportQdc': { input: z.strictObject({}), output: Delivery },
} as const;
