import { z } from 'zod';
import { IncomingFile, IncomingKind } from '../../domain/files';

/**
 * The road in for files. In the desktop app the backend asks the host's open dialog; browser mode
 * has none, so the page uploads the file to the local server instead (renderer/api.ts). Either way
 * the page gets an opaque id for the import channels, never a path.
 */
export const fileChannels = {
  /** Asks with the open dialog (desktop app); CANCELLED when the user cancels, INVALID_INPUT where there is no dialog. */
  'files:pickToOpen': { input: z.strictObject({ kind: IncomingKind }), output: IncomingFile },
} as const;
