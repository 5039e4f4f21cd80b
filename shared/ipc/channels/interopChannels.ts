import { z } from 'zod';
import { Delivery } from '../../domain/files';
import { ImportReport } from '../../domain/interop';

const MB = 1024 * 1024;
/** Base64 of at most `bytes` bytes (4 characters per 3 bytes). */
const base64Of = (bytes: number, label: string) => z.base64().max(Math.ceil((bytes * 4) / 3) + 4, `file is larger than ${label}`);

/** The largest .qdpx Verbatim accepts: REFI-QDA projects carry their sources (text, DOCX, sometimes media). */
export const MAX_QDPX_BYTES = 200 * MB;
/** The largest .qdc: a codebook is a few kilobytes; this is generous. */
export const MAX_QDC_BYTES = 20 * MB;

const FileName = z.string().min(1).max(260);

/**
 * Channels of REFI-QDA interoperability: import and export of `.qdpx` projects (NVivo, ATLAS.ti,
 * MAXQDA, QualCoder…) and `.qdc` codebooks. Every import returns a report of what was imported, how
 * it was mapped and what was left out and why.
 */
export const interopChannels = {
  /**
   * Imports a .qdpx into a new study (`into: 'new'`; it becomes the open study; Electron asks where
   * to save it and browser mode files it in the studies folder) or merges it into the open one
   * (`into: 'open'`, after a backup). A failed import changes nothing. No path is taken from the page.
   */
  'interop:importQdpx': {
    input: z.strictObject({
      fileName: FileName,
      dataBase64: base64Of(MAX_QDPX_BYTES, '200 MB'),
      into: z.enum(['new', 'open']),
    }),
    output: ImportReport,
  },
  /** Merges a .qdc codebook into the open study: codes matched by GUID, then by path. */
  'interop:importQdc': {
    input: z.strictObject({ fileName: FileName, dataBase64: base64Of(MAX_QDC_BYTES, '20 MB') }),
    output: ImportReport,
  },
  /** Exports the open study as .qdpx, delivered like every export (see Delivery): the page never names a path. */
  'interop:exportQdpx': { input: z.strictObject({}), output: Delivery },
  /** Exports the open study's codebook as .qdc, delivered the same way. */
  'interop:exportQdc': { input: z.strictObject({}), output: Delivery },
} as const;
