import { z } from 'zod';
import { ExportResult, ImportReport } from '../../domain/interop';
import { JobId } from './jobChannels';
import { StudyPath } from './studyChannels';

const MB = 1024 * 1024;
/** Base64 of at most `bytes` bytes (4 characters per 3 bytes). */
const base64Of = (bytes: number, label: string) => z.base64().max(Math.ceil((bytes * 4) / 3) + 4, `file is larger than ${label}`);

/** The largest .qdpx Verbatim accepts: REFI-QDA projects carry their sources (text, DOCX, sometimes media). */
export const MAX_QDPX_BYTES = 200 * MB;
/** The largest .qdc: a codebook is a few kilobytes; this is generous. */
export const MAX_QDC_BYTES = 20 * MB;

const FileName = z.string().min(1).max(260);
/** Files are only ever written to absolute paths (a dialog's answer, or the CLI's resolved argument), never relative to wherever the backend runs. */
const AbsolutePath = StudyPath.refine((p) => /^(\/|[a-zA-Z]:[\\/]|\\\\)/.test(p), 'must be an absolute path');

/**
 * Channels of REFI-QDA interoperability: import and export of `.qdpx` projects (NVivo, ATLAS.ti,
 * MAXQDA, QualCoder…) and `.qdc` codebooks. Every import returns a report of what was imported, how
 * it was mapped and what was left out and why.
 */
export const interopChannels = {
  /**
   * Imports a .qdpx into a new study (`into: 'new'`; it becomes the open study; without a path
   * Electron asks where to save it and browser mode files it in the studies folder) or merges it
   * into the open one (`into: 'open'`, after a backup). A failed import changes nothing.
   */
  'interop:importQdpx': {
    input: z.strictObject({
      fileName: FileName,
      dataBase64: base64Of(MAX_QDPX_BYTES, '200 MB'),
      into: z.enum(['new', 'open']),
      path: AbsolutePath.optional(),
      jobId: JobId.optional(),
    }),
    output: ImportReport,
  },
  /** Merges a .qdc codebook into the open study: codes matched by GUID, then by path. */
  'interop:importQdc': {
    input: z.strictObject({ fileName: FileName, dataBase64: base64Of(MAX_QDC_BYTES, '20 MB'), jobId: JobId.optional() }),
    output: ImportReport,
  },
  /** Exports the open study as .qdpx: to `path`, else through a save dialog (Electron), else as base64 to download (browser mode). */
  'interop:exportQdpx': { input: z.strictObject({ path: AbsolutePath.optional(), jobId: JobId.optional() }), output: ExportResult },
  /** Exports the open study's codebook as .qdc, delivered like {@link interopChannels}'s project export. */
  'interop:exportQdc': { input: z.strictObject({ path: AbsolutePath.optional() }), output: ExportResult },
} as const;
