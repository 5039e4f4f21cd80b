import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/result';
import type { Dispatch } from '../api/dispatch';
import { isAppMainFrame } from './security';

/** The part of `ipcMain` this module uses (a narrow type keeps the tests honest). */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/**
 * Registers one `ipcMain.handle` per contract channel. Each handler first checks that the message
 * comes from the app's own top frame, then hands the untrusted input to `dispatch`, which
 * validates it. A Result always comes back: Electron would pass on only the message of a thrown
 * error. Returns a function that removes the handlers again.
 */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, log: (msg: string) => void = console.error): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown, callId?: unknown): Promise<Result<unknown>> => {
      if (!isAppMainFrame(event.senderFrame)) {
        log(`[verbatim] refused ${channel} from a frame that is not the app's main frame`);
        return fail('FORBIDDEN', 'errors.notFromWindow');
      }
      try {
        return await (callId === undefined ? dispatch(channel, input) : dispatch(channel, input, callId));
      } catch (error) {
        // dispatch promises not to throw; this guards the boundary if that ever breaks.
        log(`[verbatim] ${channel} threw across the IPC edge: ${String(error)}`);
        return fail('INTERNAL', 'errors.insideFailure');
      }
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
