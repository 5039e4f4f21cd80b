import { beforeEach, describe, expect, it, vi } from 'vitest';

const { contextBridge, ipcRenderer } = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => ({ ok: true, value: null })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => ({ contextBridge, ipcRenderer }));

import type { Bridge } from '../../../shared/ipc/events';
import { EVENT_CHANNEL } from '../../../main/electron/constants';
import { createBridge, type IpcRendererLike } from '../../../main/electron/preload';

type Listener = (event: unknown, message: unknown) => void;

function fakeRenderer() {
  const listeners = new Set<Listener>();
  const renderer = {
    invoke: vi.fn<(channel: string, input: unknown) => Promise<unknown>>(async () => ({ ok: true, value: 1 })),
    on: vi.fn((_channel: string, l: Listener) => listeners.add(l)),
    removeListener: vi.fn((_channel: string, l: Listener) => listeners.delete(l)),
  };
  const push = (message: unknown): void => listeners.forEach((l) => l({ sender: 'ipcRenderer!' }, message));
  return { bridge: createBridge(renderer as unknown as IpcRendererLike), renderer, listeners, push };
}

beforeEach(() => vi.clearAllMocks());

describe('createBridge', () => {
  it('has exactly invoke and on, and no ipcRenderer', () => {
    const { bridge } = fakeRenderer();
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
  });

  it('invokes contract channels through ipcRenderer', async () => {
    const { bridge, renderer } = fakeRenderer();
    await expect(bridge.invoke('study:recent', {})).resolves.toEqual({ ok: true, value: 1 });
    expect(renderer.invoke).toHaveBeenCalledWith('study:recent', {});
  });

  it.each(['nope:nope', '__proto__', 'constructor', 'toString', 'verbatim:event', ''])(
    'refuses channel %j without calling ipcRenderer',
    async (channel) => {
      const { bridge, renderer } = fakeRenderer();
      await expect(bridge.invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(renderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('resolves to a failed Result when delivery fails', async () => {
    const { bridge, renderer } = fakeRenderer();
    renderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect(bridge.invoke('study:open', { path: () => 1 })).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('refuses unknown events without subscribing', () => {
    const { bridge, renderer } = fakeRenderer();
    const off = bridge.on('ipc:anything', vi.fn());
    expect(typeof off).toBe('function');
    off();
    expect(renderer.on).not.toHaveBeenCalled();
    bridge.on('study:changed', 'not a function' as unknown as () => void);
    expect(renderer.on).not.toHaveBeenCalled();
  });

  it('delivers only payloads of the subscribed event, never the IPC event', () => {
    const { bridge, renderer, push } = fakeRenderer();
    const listener = vi.fn();
    bridge.on('study:changed', listener);
    expect(renderer.on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));
    push({ name: 'menu:command', payload: { command: 'study:new' } });
    push(null);
    push('study:changed');
    push({ name: 'study:changed', payload: { path: '/a.verbatim' } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ path: '/a.verbatim' });
  });

  it('unsubscribes (once) with the returned function', () => {
    const { bridge, renderer, listeners, push } = fakeRenderer();
    const listener = vi.fn();
    const off = bridge.on('menu:command', listener);
    off();
    off();
    expect(renderer.removeListener).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
    push({ name: 'menu:command', payload: { command: 'study:new' } });
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('module side effect', () => {
  it('calls exposeInMainWorld exactly once with api = {invoke, on}', async () => {
    vi.resetModules();
    await import('../../../main/electron/preload');
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0]! as [string, Bridge];
    expect(key).toBe('api');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(api).not.toHaveProperty('ipcRenderer');
    // The real ipcRenderer is used behind the bridge, but its other methods are not reachable.
    await api.invoke('app:info', {});
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:info', {});
    expect(ipcRenderer.send).not.toHaveBeenCalled();
  });
});
