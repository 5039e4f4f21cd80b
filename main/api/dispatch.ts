import { z } from 'zod';
import { contract, isChannel } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/result';
import { toFailure } from '../../shared/errors';
import type { BackendContext, Handlers } from './handler';

export interface DispatchOptions {
  /** Validate every output against the contract too (tests and development). */
  checkOutput?: boolean;
  log?: (msg: string) => void;
}

/** Calls a channel with untrusted input from any transport. Never throws. */
export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * The single place where untrusted input meets handlers: unknown channels are refused, input is
 * parsed with the channel's schema, and errors come back as typed results.
 */
export function createDispatch(handlers: Handlers, ctx: BackendContext, options: DispatchOptions = {}): Dispatch {
  return async (channel, raw) => {
    if (!isChannel(channel))
      return fail('UNKNOWN_CHANNEL', 'errors.unknownChannel', { channel: typeof channel === 'string' ? channel.slice(0, 80) : `(${typeof channel})` });
    const entry = contract[channel];
    try {
      const parsed = entry.input.safeParse(raw === undefined ? {} : raw);
      if (!parsed.success) return fail('INVALID_INPUT', 'errors.invalidInput', { channel, detail: z.prettifyError(parsed.error) });
      // `as never`: TypeScript cannot correlate the channel with its handler inside a union.
      const value: unknown = await handlers[channel](parsed.data as never, ctx);
      if (options.checkOutput) {
        const checked = entry.output.safeParse(value);
        if (!checked.success) return fail('INTERNAL', 'errors.outsideContract', { channel, detail: z.prettifyError(checked.error) });
      }
      return ok(value);
    } catch (error) {
      return { ok: false, error: toFailure(channel, error, options.log ?? console.error) };
    }
  };
}
