import { contextBridge, ipcRenderer, type IpcRenderer, type IpcRendererEvent } from 'electron';
import { isChannel } from '../../shared/ipc/contract';
import { isEventName, type Bridge } from '../../shared/ipc/events';
import { fail } from '../../shared/result';
import { EVENT_CHANNEL } from './constants';

/**
 * The preload: the only code with an IPC handle inside the renderer. It exposes `window.api`
 * with exactly `invoke` and `on`, for names in the contract only; ipcRenderer itself and the
 * IPC event objects (which carry `sender`) never reach the page. It runs sandboxed, so it is
 * bundled to one CommonJS file that requires nothing but `electron` (bundle.mjs).
 */

/** The part of `ipcRenderer` the bridge uses. */
export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/** Builds the bridge over an ipcRenderer (a parameter so tests can pass a fake). */
export function createBridge(renderer: IpcRendererLike): Bridge {
  return {
    invoke(channel: string, input: unknown, callId?: string): Promise<unknown> {
      if (!isChannel(channel)) {
        return Promise.resolve(fail('UNKNOWN_CHANNEL', 'errors.unknownChannel', { channel: String(channel).slice(0, 80) }));
      }
      // A rejection here means the input could not be cloned or main had no handler; keep the
      // promise of a Result rather than throwing into the page.
      const sent = typeof callId === 'string' ? renderer.invoke(channel, input, callId) : renderer.invoke(channel, input);
      return sent.catch((error: unknown) =>
        fail('INTERNAL', 'errors.notDelivered', { channel, detail: error instanceof Error ? error.message : String(error) }),
      );
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (!isEventName(event) || typeof listener !== 'function') return () => {};
      const handler = (_event: IpcRendererEvent, message: unknown): void => {
        if (typeof message !== 'object' || message === null) return;
        const { name, payload } = message as { name?: unknown; payload?: unknown };
        if (name === event) listener(payload);
      };
      renderer.on(EVENT_CHANNEL, handler);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        renderer.removeListener(EVENT_CHANNEL, handler);
      };
    },
  };
}

contextBridge.exposeInMainWorld('api', createBridge(ipcRenderer));
