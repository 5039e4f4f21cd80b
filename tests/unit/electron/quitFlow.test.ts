import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn() }, BrowserWindow: vi.fn() }));

import type { WebContents } from 'electron';
import { wireQuitFlow } from '../../../main/electron/quitFlow';
import { hardenContents } from '../../../main/electron/security';

/** A fake `app` that records its listeners; quit() is a spy. */
function fakeApp() {
  const listeners = new Map<string, () => void>();
  const app = { on: vi.fn((name: string, l: () => void) => listeners.set(name, l)), quit: vi.fn() };
  const emit = (name: string) => listeners.get(name)!();
  return { app, emit, listeners };
}

describe('quitting around the save-before-close', () => {
  it('closes the study only after the windows are gone, not in before-quit', () => {
    const { app, emit } = fakeApp();
    const closeStudy = vi.fn();
    wireQuitFlow(app as never, { platform: 'linux', closeStudy });
    emit('before-quit');
    expect(closeStudy).not.toHaveBeenCalled();
    emit('window-all-closed');
    expect(closeStudy).toHaveBeenCalledTimes(1);
    emit('will-quit');
    expect(closeStudy).toHaveBeenCalledTimes(2);
  });

  it('on Windows and Linux the last window closing quits the app', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const { app, emit } = fakeApp();
      wireQuitFlow(app as never, { platform, closeStudy: vi.fn() });
      emit('window-all-closed');
      expect(app.quit).toHaveBeenCalledTimes(1);
    }
  });

  it('on macOS closing the window keeps the app, but a quit a saving window held up is completed', () => {
    const { app, emit } = fakeApp();
    const closeStudy = vi.fn();
    wireQuitFlow(app as never, { platform: 'darwin', closeStudy });
    emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    expect(closeStudy).toHaveBeenCalledTimes(1);
    // Cmd+Q: the window's beforeunload cancels it, saves, and closes the window itself.
    emit('before-quit');
    emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('nothing allows a held-up unload (will-prevent-unload), which would skip the save', () => {
    const on = vi.fn();
    hardenContents({ on, setWindowOpenHandler: vi.fn() } as unknown as WebContents);
    expect(on.mock.calls.map(([name]) => name as string)).not.toContain('will-prevent-unload');
  });
});
