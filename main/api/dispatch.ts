import { AsyncLocalStorage } from 'node:async_hooks';
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

/**
 * Calls a channel with untrusted input from any transport. Never throws. `callId` is the page's own
 * name for this call: the change event a write publishes repeats it, so the page that made the
 * write knows the change is one it has already applied (see renderer/api.ts).
 */
export type Dispatch = (channel: unknown, input: unknown, callId?: unknown) => Promise<Result<unknown>>;

/** The call id of the request being handled, for the change event its writes publish. */
const currentCall = new AsyncLocalStorage<string>();

/** The id the page gave the call that is running now, if it gave a well-formed one. */
export function currentCallId(): string | undefined {
  return currentCall.getStore();
}

const CALL_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The single place where untrusted input meets handlers: unknown channels are refused, input is
 * parsed with the channel's schema, and errors come back as typed results.
 */
export function createDispatch(handlers: Handlers, ctx: BackendContext, options: DispatchOptions = {}): Dispatch {
  return async (channel, raw, callId) => {
    if (typeof callId === 'string' && CALL_ID.test(callId)) return currentCall.run(callId, () => run(channel, raw));
    return run(channel, raw);
  };

  async function run(channel: unknown, raw: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel))
      return fail('UNKNOWN_CHANNEL', 'errors.unknownChannel', {
        channel: typeof channel === 'string' ? channel.slice(0, 80) : `(${typeof channel})`,
      });
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
  }
}
