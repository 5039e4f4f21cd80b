import { IncomingKind, INCOMING_LIMITS, type IncomingFile } from '../../shared/domain/files';
import { fail, ok, type Result } from '../../shared/result';
import { toFailure } from '../../shared/errors';
import type { BackendContext } from './handler';

/** Takes an upload's raw bytes (browser mode) into the backend's incoming files; never throws. */
export type ReceiveUpload = (
  kind: unknown,
  name: unknown,
  declaredBytes: number | null,
  body: AsyncIterable<Uint8Array>,
) => Promise<Result<IncomingFile>>;

/**
 * Browser mode's half of the road in (the desktop app asks its open dialog instead): the upload is
 * checked like any channel input, capped at the kind's limit, and answered with an id.
 */
export function createUploadReceiver(ctx: BackendContext, log?: (msg: string) => void): ReceiveUpload {
  return async (kind, name, declaredBytes, body) => {
    const parsed = IncomingKind.safeParse(kind);
    if (!parsed.success) return fail('INVALID_INPUT', 'errors.uploadKindUnknown');
    if (typeof name !== 'string' || name.length > 1000) return fail('INVALID_INPUT', 'errors.uploadNeedsName');
    const limit = INCOMING_LIMITS[parsed.data];
    if (declaredBytes !== null && declaredBytes > limit.bytes)
      return fail('INVALID_INPUT', 'errors.uploadTooLarge', { limit: limit.label });
    try {
      return ok(await ctx.incoming.receive(parsed.data, name, body));
    } catch (error) {
      return { ok: false, error: toFailure('upload', error, log ?? console.error) };
    }
  };
}
