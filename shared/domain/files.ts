import { z } from 'zod';

/** A file handed back to the page to download: only where the host has no save dialog (browser mode, the CLI). */
export const DownloadFile = z.object({ name: z.string(), mimeType: z.string(), dataBase64: z.string() });
export type DownloadFile = z.infer<typeof DownloadFile>;

/**
 * What every export answers. Where the host has native dialogs the backend asked where to save and
 * wrote the files itself: `saved` lists their paths and `files` is empty. Without dialogs nothing
 * was written: `files` carries the bytes to download. `notes` are what the user should know about
 * the result. The renderer never decides which: it downloads only what came back.
 */
export const Delivery = z.object({
  saved: z.array(z.string()),
  files: z.array(DownloadFile),
  notes: z.array(z.string()),
});
export type Delivery = z.infer<typeof Delivery>;

const MB = 1024 * 1024;

/** The kinds of file the app takes in by the one road in (the host's open dialog, or an upload in browser mode). */
export const INCOMING_KINDS = ['qdpx', 'qdc', 'transcript', 'csv'] as const;
export const IncomingKind = z.enum(INCOMING_KINDS);
export type IncomingKind = z.infer<typeof IncomingKind>;

/**
 * The largest file of each kind Verbatim takes in: the one number the UI states and the backend
 * enforces (an upload past it is cut off). REFI-QDA projects carry their sources (text, DOCX,
 * sometimes recordings, which are never read): a .qdpx is read from disk by position, so its limit is
 * what a zip without zip64 can describe (4 GB). A codebook is a few kilobytes, so its limit is generous.
 * A three-hour transcript is about 300 KB as text, but a Word document with pasted images can be tens
 * of megabytes (only its text is read). A 5,000-participant CSV is about 1 MB; 20 MB leaves room for
 * wide sheets without letting a wrong file (an export of everything) through.
 */
export const INCOMING_LIMITS: Record<IncomingKind, { bytes: number; label: string }> = {
  qdpx: { bytes: 0xffffffff, label: '4 GB' },
  qdc: { bytes: 20 * MB, label: '20 MB' },
  transcript: { bytes: 60 * MB, label: '60 MB' },
  csv: { bytes: 20 * MB, label: '20 MB' },
};

/** A file taken in and held by the backend under an opaque id until an import uses it (then it is let go). */
export const IncomingFile = z.object({ fileId: z.uuid(), name: z.string(), size: z.int().nonnegative() });
export type IncomingFile = z.infer<typeof IncomingFile>;
