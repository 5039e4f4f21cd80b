import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));

import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../shared/ipc/contract';
import { ok, type Result } from '../../../shared/result';
import type { Dispatch } from '../../../main/api/dispatch';
import { registerIpc, type IpcMainLike } from '../../../main/electron/ipc';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>>;

function setup(dispatch: Dispatch = vi.fn(async () => ok('value'))) {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  const log = vi.fn();
  const unregister = registerIpc(ipcMain as unknown as IpcMainLike, dispatch, log);
  return { handlers, ipcMain, dispatch, log, unregister };
}

function eventFrom(url: string | null, parent: unknown = null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url, parent } } as unknown as IpcMainInvokeEvent;
}

const APP = 'app://verbatim/index.html';

describe('registerIpc', () => {
  it('registers exactly the contract channels', () => {
    const { ipcMain, handlers } = setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes the input of the app main frame to dispatch and returns its result', async () => {
    const { handlers, dispatch } = setup();
    const input = { path: '/studies/a.verbatim' };
    const result = await handlers.get('study:open')!(eventFrom(APP), input);
    expect(dispatch).toHaveBeenCalledWith('study:open', input);
    expect(result).toEqual({ ok: true, value: 'value' });
  });

  it('returns a failed Result from dispatch unchanged', async () => {
    const failure: Result<unknown> = { ok: false, error: { code: 'INVALID_INPUT', message: 'bad' } };
    const { handlers } = setup(vi.fn(async () => failure));
    expect(await handlers.get('study:close')!(eventFrom(APP), { extra: 1 })).toBe(failure);
  });

  it.each([
    ['no sender frame', eventFrom(null)],
    ['a subframe of the app', eventFrom(APP, { url: APP, parent: null })],
    ['a foreign origin', eventFrom('https://evil.example/')],
    ['a file: page', eventFrom('file:///tmp/x.html')],
    ['another app host', eventFrom('app://other/index.html')],
  ])('refuses %s without calling dispatch', async (_label, event) => {
    const { handlers, dispatch, log } = setup();
    const result = await handlers.get('study:recent')!(event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('turns a throwing dispatch into INTERNAL instead of throwing across IPC', async () => {
    const { handlers } = setup(
      vi.fn(async () => {
        throw new Error('boom');
      }),
    );
    await expect(handlers.get('app:info')!(eventFrom(APP), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('can remove every handler again', () => {
    const { unregister, ipcMain, handlers } = setup();
    unregister();
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(CHANNELS.length);
    expect(handlers.size).toBe(0);
  });
});
