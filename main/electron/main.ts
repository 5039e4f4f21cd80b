import { existsSync, mkdirSync } from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import { matchLocale, type Locale, type UiLocale } from '../../shared/i18n/locales';
import { translatorFor, type Translator } from '../../shared/i18n/translator';
import { contract } from '../../shared/ipc/contract';
import { createBackend, type Backend } from '../api/backend';
import { appFile } from '../appFiles';
import { APP_INDEX_URL, EVENT_CHANNEL } from './constants';
import { createElectronHost, studyPathFromArgv } from './dialogs';
import { registerIpc } from './ipc';
import { buildMenuTemplate, type MenuCommand, type RecentEntry } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { wireQuitFlow } from './quitFlow';
import { createSecureWindow, hardenContents, hardenSession } from './security';
import { MIN_WINDOW_SIZE, readWindowState, restoreBounds, trackWindowState } from './windowState';

/**
 * The Electron entry (bundled to out/electron/main.cjs). It only wires things together: the
 * backend is the same one browser mode and the CLI use, and every policy lives in a tested module.
 */

const log = (msg: string): void => console.error(msg);

// The app's own files, found from where this code runs (main/appFiles.ts): the repository in
// development, resources/app.asar when packaged.
const rendererDir = appFile('out', 'renderer');
const preloadPath = appFile('out', 'electron', 'preload.cjs');

// APP_DATA_DIR gives tests (and careful users) a separate profile; Chromium's data goes along,
// which also makes the single-instance lock per data folder.
const appDataDir = process.env.APP_DATA_DIR || app.getPath('userData');
if (process.env.APP_DATA_DIR) {
  mkdirSync(appDataDir, { recursive: true });
  app.setPath('userData', appDataDir);
}

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI, browser mode). In development the
 * Electron build sits in .native/electron (buildNative.mjs); packaged apps are rebuilt by
 * electron-builder, so the normal module loads there.
 */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const candidate = appFile('.native', 'electron', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

let win: BrowserWindow | null = null;
let backend: Backend | null = null;
// The user's Language setting (null: the system's), read again whenever it changes (refreshMenu).
let chosenLanguage: UiLocale | null = null;
// A study named by the OS before the window exists (command line, macOS open-file).
let pendingPath: string | null = studyPathFromArgv(process.argv);

function sendMenuCommand(command: MenuCommand, path?: string): void {
  if (!win || win.isDestroyed()) return;
  win.webContents.send(EVENT_CHANNEL, { name: 'menu:command', payload: path ? { command, path } : { command } });
}

async function recentStudies(): Promise<RecentEntry[]> {
  if (!backend) return [];
  const result = await backend.dispatch('study:recent', {});
  if (!result.ok) return [];
  const parsed = contract['study:recent'].output.safeParse(result.value);
  return parsed.success ? parsed.data : [];
}

async function clearRecent(): Promise<void> {
  if (!backend) return;
  for (const entry of await recentStudies()) await backend.dispatch('study:forgetRecent', { path: entry.path });
  await refreshMenu();
}

/** The system's language as we speak it (the OS's preferred languages, in order). */
function systemLanguage(): Locale {
  return matchLocale(app.getPreferredSystemLanguages());
}

/** The translator for the menu and native dialogs: the Language setting, else the system's language. */
function uiTranslator(): Translator {
  return translatorFor(chosenLanguage ?? systemLanguage());
}

async function readChosenLanguage(): Promise<UiLocale | null> {
  if (!backend) return null;
  const result = await backend.dispatch('app:language', {});
  const parsed = result.ok ? contract['app:language'].output.safeParse(result.value) : null;
  return parsed?.success ? parsed.data.chosen : null;
}

async function chooseLanguage(language: Locale | null): Promise<void> {
  // The backend remembers it and emits language:changed, which rebuilds this menu and switches the page.
  const result = await backend?.dispatch('app:setLanguage', { language });
  if (result && !result.ok) log(`[verbatim] could not change the language: ${result.error.message}`);
}

async function refreshMenu(): Promise<void> {
  chosenLanguage = await readChosenLanguage();
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    recent: await recentStudies(),
    send: sendMenuCommand,
    clearRecent: () => void clearRecent(),
    appName: app.getName(),
    translator: uiTranslator(),
    language: { chosen: chosenLanguage, system: systemLanguage(), choose: (language) => void chooseLanguage(language) },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Opens a study before any window shows it; the renderer then finds it via `study:current`. */
async function openDirectly(path: string): Promise<void> {
  if (!backend) return;
  backend.grantStudyPath(path); // the OS named it (command line, open-file), not the page
  const result = await backend.dispatch('study:open', { path });
  if (!result.ok) dialog.showErrorBox(uiTranslator().t('menu.cannotOpen'), `${path}\n\n${result.error.message}`);
}

function createWindow(): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const state = restoreBounds(readWindowState(appDataDir), displays);
  const created = createSecureWindow(
    {
      x: state.x,
      y: state.y,
      width: state.width,
      height: state.height,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
      show: false,
      title: 'Verbatim',
      backgroundColor: '#ffffff',
    },
    preloadPath,
  );
  if (state.maximized) created.maximize();
  trackWindowState(created, appDataDir);
  created.once('ready-to-show', () => created.show());
  created.on('closed', () => {
    if (win === created) win = null;
  });
  created.loadURL(APP_INDEX_URL).catch((error: unknown) => log(`[verbatim] could not load the window: ${String(error)}`));
  win = created;
  return created;
}

/** A study named by the OS while running: the UI opens it through its usual flow. */
async function openFromOs(path: string): Promise<void> {
  if (win && !win.isDestroyed()) {
    if (win.isMinimized()) win.restore();
    win.focus();
    // The OS named this file, so the page may ask for it by path (studyPaths.ts).
    backend?.grantStudyPath(path);
    sendMenuCommand('study:open', path);
    return;
  }
  if (!backend) {
    pendingPath = path;
    return;
  }
  await openDirectly(path);
  createWindow();
}

/** Closes the open study so its WAL is folded back into the file. Safe to call more than once. */
function closeStudy(): void {
  try {
    backend?.close();
  } catch (error) {
    log(`[verbatim] closing the study failed: ${String(error)}`);
  }
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  hardenSession(ses);
  serveAppProtocol(rendererDir, ses);
  const host = createElectronHost({
    getWindow: () => win,
    defaultDir: app.getPath('documents'),
    onEmit: (event) => {
      if (event === 'study:changed' || event === 'language:changed') void refreshMenu();
    },
    translator: uiTranslator,
  });
  backend = createBackend({ appDataDir, host, nativeBinding: nativeBinding(), version: app.getVersion(), log });
  registerIpc(ipcMain, backend.dispatch, log);
  await refreshMenu();
  if (pendingPath) await openDirectly(pendingPath);
  pendingPath = null;
  createWindow();
}

function main(): void {
  if (!app.requestSingleInstanceLock()) {
    // Another Verbatim owns this data folder; it gets our arguments via 'second-instance'.
    app.quit();
    return;
  }
  // Every renderer sandboxed, whatever a window's options say. Both calls must precede 'ready'.
  app.enableSandbox();
  registerAppScheme();

  // Covers every web contents, including any the page might create, before it can navigate.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = studyPathFromArgv(argv, workingDirectory);
    if (path) void openFromOs(path);
    else if (win && !win.isDestroyed()) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFromOs(path);
  });
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  // The last window ends the app (not on macOS), and the study closes only after the windows saved.
  wireQuitFlow(app, { platform: process.platform, closeStudy });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(`[verbatim] failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      dialog.showErrorBox(uiTranslator().t('menu.cannotStart'), error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

main();
