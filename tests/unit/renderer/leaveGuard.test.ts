import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushAll, hasUnsavedWork, registerFlusher } from '../../../renderer/app/flushers';
import { installLeaveGuard, type LeaveHost } from '../../../renderer/app/leaveGuard';

type Listener = (event: Event) => void;

/** A window with just what the guard uses; dispatch() returns whether the unload was held. */
function fakeWindow() {
  const listeners = new Map<string, Set<Listener>>();
  const host: LeaveHost & { closes: number } = {
    closes: 0,
    addEventListener: (type, l) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(l),
    removeEventListener: (type, l) => void listeners.get(type)?.delete(l),
    close: () => void (host.closes += 1),
  };
  const dispatch = (type: 'beforeunload' | 'pagehide' | 'pageshow', persisted = false) => {
    const event = { type, persisted, defaultPrevented: false, returnValue: '', preventDefault: () => (event.defaultPrevented = true) };
    for (const l of listeners.get(type) ?? []) l(event as unknown as Event);
    return event.defaultPrevented;
  };
  return { host, dispatch, count: (type: string) => listeners.get(type)?.size ?? 0 };
}

/** A flusher like the live notes' autosave: `dirty` until its (slow) save settles. */
function fakeNotes(saveMs = 50) {
  const state = { dirty: true, saves: 0 };
  const flush = vi.fn(async () => {
    if (!state.dirty) return;
    await new Promise((r) => setTimeout(r, saveMs));
    state.saves += 1;
    state.dirty = false;
  });
  return { state, flush, unregister: registerFlusher(flush, () => state.dirty) };
}

const cleanups: (() => void)[] = [];
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  vi.useRealTimers();
});

describe('flushers', () => {
  it('reports unsaved work only while a flusher says so, or cannot say', async () => {
    expect(hasUnsavedWork()).toBe(false);
    const notes = fakeNotes(0);
    cleanups.push(notes.unregister);
    expect(hasUnsavedWork()).toBe(true);
    const flushing = flushAll();
    await vi.runAllTimersAsync();
    await flushing;
    expect(hasUnsavedWork()).toBe(false);
    const opaque = registerFlusher(async () => {});
    expect(hasUnsavedWork()).toBe(true);
    opaque();
    expect(hasUnsavedWork()).toBe(false);
  });

  it('a flusher whose check throws counts as unsaved; a failing flush does not stop the others', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const saved = vi.fn(async () => {});
    cleanups.push(
      registerFlusher(
        async () => Promise.reject(new Error('disk full')),
        () => {
          throw new Error('broken');
        },
      ),
      registerFlusher(saved, () => false),
      () => error.mockRestore(),
    );
    expect(hasUnsavedWork()).toBe(true);
    await flushAll();
    expect(saved).toHaveBeenCalled();
    expect(error).toHaveBeenCalled();
  });
});

describe('closing the desktop window with unsaved notes', () => {
  it('holds the close, saves, then closes the window itself; the second close passes', async () => {
    const { host, dispatch } = fakeWindow();
    const leaving = vi.fn();
    cleanups.push(installLeaveGuard(host, { closesItself: true, onLeaving: leaving }));
    const notes = fakeNotes();
    cleanups.push(notes.unregister);

    expect(dispatch('beforeunload')).toBe(true);
    expect(leaving).toHaveBeenCalledWith(true);
    expect(notes.flush).toHaveBeenCalledTimes(1);
    expect(host.closes).toBe(0);
    // A second close request while saving is held too, without a second save.
    expect(dispatch('beforeunload')).toBe(true);
    expect(notes.flush).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(50);
    expect(notes.state.saves).toBe(1);
    expect(host.closes).toBe(1);
    expect(dispatch('beforeunload')).toBe(false);
  });

  it('lets the window close at once when nothing is unsaved or nothing registered', () => {
    const { host, dispatch } = fakeWindow();
    cleanups.push(installLeaveGuard(host, { closesItself: true }));
    expect(dispatch('beforeunload')).toBe(false);
    const notes = fakeNotes();
    notes.state.dirty = false;
    cleanups.push(notes.unregister);
    expect(dispatch('beforeunload')).toBe(false);
    expect(notes.flush).not.toHaveBeenCalled();
  });

  it('a save that hangs does not keep the window open forever', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { host, dispatch } = fakeWindow();
    cleanups.push(installLeaveGuard(host, { closesItself: true, flushTimeoutMs: 1_000 }), () => error.mockRestore());
    cleanups.push(
      registerFlusher(
        () => new Promise<void>(() => {}),
        () => true,
      ),
    );
    expect(dispatch('beforeunload')).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(host.closes).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.closes).toBe(1);
  });

  it('guards again when the close did not come back (cancelled elsewhere)', async () => {
    const { host, dispatch } = fakeWindow();
    cleanups.push(installLeaveGuard(host, { closesItself: true, releaseMs: 3_000 }));
    const notes = fakeNotes();
    cleanups.push(notes.unregister);
    dispatch('beforeunload');
    await vi.advanceTimersByTimeAsync(50);
    expect(host.closes).toBe(1);
    await vi.advanceTimersByTimeAsync(3_000);
    notes.state.dirty = true;
    expect(dispatch('beforeunload')).toBe(true);
  });
});

describe('closing a browser tab with unsaved notes', () => {
  it('asks the user to wait while the save goes out (keepalive), and never calls close()', async () => {
    const { host, dispatch } = fakeWindow();
    const leaving = vi.fn();
    cleanups.push(installLeaveGuard(host, { closesItself: false, onLeaving: leaving }));
    const notes = fakeNotes();
    cleanups.push(notes.unregister);
    expect(dispatch('beforeunload')).toBe(true);
    expect(leaving).toHaveBeenLastCalledWith(true);
    await vi.advanceTimersByTimeAsync(50);
    expect(notes.state.saves).toBe(1);
    expect(host.closes).toBe(0);
    // The user stayed: later calls need no keepalive.
    expect(leaving).toHaveBeenLastCalledWith(false);
    expect(dispatch('beforeunload')).toBe(false);
  });

  it('sends whatever is left when the page goes away, and stops leaving if it comes back from the cache', () => {
    const { host, dispatch } = fakeWindow();
    const leaving = vi.fn();
    cleanups.push(installLeaveGuard(host, { closesItself: false, onLeaving: leaving }));
    const notes = fakeNotes();
    cleanups.push(notes.unregister);
    dispatch('pagehide');
    expect(leaving).toHaveBeenCalledWith(true);
    // The page's last moment: flushers must not wait for answers that will never come.
    expect(notes.flush).toHaveBeenCalledTimes(1);
    expect(notes.flush).toHaveBeenCalledWith(true);
    dispatch('pageshow', false);
    expect(leaving).toHaveBeenLastCalledWith(true);
    dispatch('pageshow', true);
    expect(leaving).toHaveBeenLastCalledWith(false);
  });

  it('removes its listeners when uninstalled', () => {
    const { host, count } = fakeWindow();
    const remove = installLeaveGuard(host, { closesItself: false });
    expect(count('beforeunload') + count('pagehide') + count('pageshow')).toBe(3);
    remove();
    expect(count('beforeunload') + count('pagehide') + count('pageshow')).toBe(0);
  });
});
