import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';

/** A fake of the Electron main-process API, rebuilt for every test. */
const mocks = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  interface FakeWindow {
    options: { webPreferences: Record<string, unknown> };
    webContents: { send: ReturnType<typeof vi.fn>; isDestroyed: () => boolean };
    loadURL: ReturnType<typeof vi.fn>;
  }
  function create(lock: boolean) {
    const appListeners = new Map<string, Listener>();
    const windows: FakeWindow[] = [];
    const BrowserWindow = Object.assign(
      vi.fn(function (this: FakeWindow, options: FakeWindow['options']) {
        Object.assign(this, {
          options,
          webContents: { send: vi.fn(), isDestroyed: () => false },
          loadURL: vi.fn(() => Promise.resolve()),
          once: vi.fn(),
          on: vi.fn(),
          isDestroyed: () => false,
          isMinimized: () => false,
          restore: vi.fn(),
          focus: vi.fn(),
          maximize: vi.fn(),
        });
        windows.push(this);
      }),
      { getAllWindows: () => windows },
    );
    const backend = {
      // The Language setting as the app settings hold it (null: follow the system).
      language: null as string | null,
      dispatch: vi.fn(async (channel: string, input?: unknown): Promise<{ ok: boolean; value: unknown }> => {
        if (channel === 'app:language') return { ok: true, value: { chosen: backend.language } };
        if (channel === 'app:setLanguage') backend.language = (input as { language: string | null }).language;
        return { ok: true, value: channel === 'study:recent' ? [] : null };
      }),
      grantStudyPath: vi.fn(),
      close: vi.fn(),
    };
    return {
      appListeners,
      windows,
      backend,
      createBackend: vi.fn<(options: unknown) => typeof backend>(() => backend),
      app: {
        isPackaged: false,
        requestSingleInstanceLock: vi.fn(() => lock),
        enableSandbox: vi.fn(),
        quit: vi.fn(),
        exit: vi.fn(),
        getAppPath: () => '/repo',
        getPath: vi.fn((name: string) => `/home/ann/${name}`),
        setPath: vi.fn(),
        getVersion: () => '0.1.0',
        getName: () => 'Verbatim',
        getPreferredSystemLanguages: vi.fn(() => ['en-US']),
        on: vi.fn((name: string, l: Listener) => appListeners.set(name, l)),
        whenReady: () => Promise.resolve(),
      },
      BrowserWindow,
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
          on: vi.fn(),
          protocol: { handle: vi.fn() },
        },
      },
      protocol: { registerSchemesAsPrivileged: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    };
  }
  let current = create(true);
  return {
    get state() {
      return current;
    },
    reset(lock: boolean): void {
      current = create(lock);
    },
  };
});

vi.mock('electron', () => ({
  get app() {
    return mocks.state.app;
  },
  get BrowserWindow() {
    return mocks.state.BrowserWindow;
  },
  get session() {
    return mocks.state.session;
  },
  get protocol() {
    return mocks.state.protocol;
  },
  get ipcMain() {
    return mocks.state.ipcMain;
  },
  get Menu() {
    return mocks.state.Menu;
  },
  get screen() {
    return mocks.state.screen;
  },
  get dialog() {
    return mocks.state.dialog;
  },
  shell: { openExternal: vi.fn() },
}));
vi.mock('../../../main/api/backend', () => ({ createBackend: (options: unknown) => mocks.state.createBackend(options) }));

let dataDir: string;

async function startMain(lock = true): Promise<void> {
  mocks.reset(lock);
  vi.resetModules();
  await import('../../../main/electron/main');
  // Let whenReady().then(start) and its awaits run.
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'verbatim-main-'));
  vi.stubEnv('APP_DATA_DIR', dataDir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('main.ts wiring', () => {
  it('quits at once when another instance holds the lock', async () => {
    await startMain(false);
    expect(mocks.state.app.quit).toHaveBeenCalled();
    expect(mocks.state.app.enableSandbox).not.toHaveBeenCalled();
    expect(mocks.state.createBackend).not.toHaveBeenCalled();
  });

  it('sandboxes, registers the scheme, hardens the session, serves IPC and opens a secure window', async () => {
    await startMain();
    const { app, session, ipcMain, BrowserWindow, protocol } = mocks.state;
    expect(app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(mocks.state.createBackend).toHaveBeenCalledWith(expect.objectContaining({ appDataDir: dataDir }));
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
    expect(mocks.state.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(BrowserWindow).toHaveBeenCalledTimes(1);
    const win = mocks.state.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    // Found from where the code lies (main/appFiles.ts), not from app.getAppPath(): here, the sources.
    expect(win.options.webPreferences.preload).toBe(join(import.meta.dirname, '..', '..', '..', 'out', 'electron', 'preload.cjs'));
    expect(win.loadURL).toHaveBeenCalledWith('app://verbatim/index.html');
  });

  it('closes the study when the last window closes, and quits off macOS', async () => {
    await startMain();
    mocks.state.appListeners.get('window-all-closed')!();
    expect(mocks.state.backend.close).toHaveBeenCalled();
    if (process.platform !== 'darwin') expect(mocks.state.app.quit).toHaveBeenCalled();
    mocks.state.appListeners.get('will-quit')!();
    expect(mocks.state.backend.close).toHaveBeenCalledTimes(2);
  });

  it('keeps the study open in before-quit, while windows may still be saving notes', async () => {
    await startMain();
    mocks.state.appListeners.get('before-quit')!();
    expect(mocks.state.backend.close).not.toHaveBeenCalled();
  });

  it('a second launch, with or without a study, focuses the one window and never opens another', async () => {
    await startMain();
    const win = mocks.state.windows[0]! as unknown as { focus: ReturnType<typeof vi.fn> };
    mocks.state.appListeners.get('second-instance')!({}, ['/opt/verbatim', 'a.verbatim'], '/home/ann');
    mocks.state.appListeners.get('second-instance')!({}, ['/opt/verbatim'], '/home/ann');
    mocks.state.appListeners.get('open-file')!({ preventDefault: vi.fn() }, '/home/ann/a.verbatim');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mocks.state.BrowserWindow).toHaveBeenCalledTimes(1);
    expect(win.focus).toHaveBeenCalledTimes(3);
    // The study itself is opened by the UI's usual flow, which saves what is unsaved first; the backend
    // hands back the open study when it is the same file (tests/integration/oneWindow.test.ts).
    expect(mocks.state.backend.dispatch).not.toHaveBeenCalledWith('study:open', expect.anything());
  });

  it('forwards a study from a second launch to the UI as a menu command', async () => {
    await startMain();
    mocks.state.appListeners.get('second-instance')!({}, ['/opt/verbatim', 'b.verbatim'], '/home/ann');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The OS named the file, so the page may open it by path (main/app/studyPaths.ts).
    expect(mocks.state.backend.grantStudyPath).toHaveBeenCalledWith('/home/ann/b.verbatim');
    expect(mocks.state.windows[0]!.webContents.send).toHaveBeenCalledWith('verbatim:event', {
      name: 'menu:command',
      payload: { command: 'study:open', path: join('/home/ann', 'b.verbatim') },
    });
  });

  /** The labels of the application menu as last set. */
  function menuLabels(): string[] {
    const calls = mocks.state.Menu.setApplicationMenu.mock.calls;
    return (calls.at(-1)![0] as { label?: string }[]).map((m) => m.label ?? '');
  }

  it("speaks the system's language in the menu and native dialogs until the user picks one", async () => {
    mocks.reset(true);
    await startMainWith((state) => state.app.getPreferredSystemLanguages.mockReturnValue(['zh-TW', 'nb-NO', 'en-US']));
    // Traditional Chinese is not ours; Norwegian comes next.
    expect(menuLabels()).toEqual(['&Fil', '&Rediger', '&Vis', '&Hjelp']);
    const options = mocks.state.createBackend.mock.calls[0]![0] as { host: { pickStudyToOpen: () => Promise<string | null> } };
    mocks.state.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await options.host.pickStudyToOpen();
    expect(mocks.state.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ title: 'Åpne studie', filters: [{ name: 'Verbatim-studie', extensions: ['verbatim'] }] }),
    );
  });

  it('rebuilds the menu in the new language as soon as the Language setting changes', async () => {
    await startMain();
    expect(menuLabels()).toEqual(['&File', '&Edit', '&View', '&Help']);
    const host = (mocks.state.createBackend.mock.calls[0]![0] as { host: { emit: (event: string, payload: unknown) => void } }).host;
    // What the app:setLanguage handler does after remembering the choice (main/api/handlers.ts).
    mocks.state.backend.language = 'hu';
    host.emit('language:changed', { chosen: 'hu' });
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(menuLabels()).toEqual(['&Fájl', 'S&zerkesztés', '&Nézet', '&Súgó']);
    // The page hears it too, so it switches without a reload.
    expect(mocks.state.windows[0]!.webContents.send).toHaveBeenCalledWith('verbatim:event', {
      name: 'language:changed',
      payload: { chosen: 'hu' },
    });
  });

  it('changes the language from View ▸ Language through the backend, which remembers it', async () => {
    await startMain();
    const template = mocks.state.Menu.setApplicationMenu.mock.calls.at(-1)![0] as {
      label?: string;
      submenu?: { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    }[];
    const language = template.find((m) => m.label === '&View')!.submenu!.find((i) => i.label === 'Language')!.submenu!;
    language.find((i) => i.label === 'Hrvatski')!.click!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mocks.state.backend.dispatch).toHaveBeenCalledWith('app:setLanguage', { language: 'hr' });
  });
});

/** Starts main.ts after `prepare` adjusted the fresh Electron fake (e.g. the system's languages). */
async function startMainWith(prepare: (state: typeof mocks.state) => void): Promise<void> {
  vi.resetModules();
  prepare(mocks.state);
  await import('../../../main/electron/main');
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
