import type { BackendContext } from './handler';

/**
 * Runs an import on a file taken in (services/incoming.ts) and lets the file go afterwards, whatever
 * happened: a file is imported once, and a failed import must be chosen again (nothing stays held).
 */
export async function withIncoming<T>(ctx: BackendContext, fileId: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
    ctx.incoming.release(fileId);
  }
}
