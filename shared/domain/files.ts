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
