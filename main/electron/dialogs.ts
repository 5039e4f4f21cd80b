import { basename, extname, join, resolve } from 'node:path';
import { dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { translatorFor, type Translator } from '../../shared/i18n/translator';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { Host, OpenFileRequest, SaveFileRequest } from '../app/host';
import { EVENT_CHANNEL, STUDY_EXTENSION } from './constants';

/** The file-type filter every study dialog uses, named in the UI's language. */
export function studyFilters({ t }: Translator): FileFilter[] {
  return [{ name: t('menu.studyFilter'), extensions: [STUDY_EXTENSION] }];
}

/** The study filter in English (the default when the host is given no translator). */
export const STUDY_FILTERS: FileFilter[] = studyFilters(translatorFor('en'));

export interface ElectronHostOptions {
  /** The window dialogs attach to and events go to (null while there is none). */
  getWindow: () => BrowserWindow | null;
  /** Where the save dialog starts (the user's documents folder). */
  defaultDir: string;
  /** Called after each event is sent, e.g. to rebuild the recent-studies menu. */
  onEmit?: (event: EventName) => void;
  /** The UI's language now, for dialog titles, buttons and file types (English when not given). */
  translator?: () => Translator;
}

/** Adds `.verbatim` when the user typed a name without it (GTK save dialogs do not add it). */
export function withStudyExtension(filePath: string): string {
  return extname(filePath).toLowerCase() === `.${STUDY_EXTENSION}` ? filePath : `${filePath}.${STUDY_EXTENSION}`;
}

/** Adds `.ext` when the user typed a file name without it (GTK save dialogs do not add it). */
export function withExtension(filePath: string, extension: string): string {
  return extname(filePath).toLowerCase() === `.${extension.toLowerCase()}` ? filePath : `${filePath}.${extension}`;
}

/** A suggested name reduced to a file name: the suggestion comes from a study title, never a path. */
function safeName(suggested: string, fallback: string): string {
  return basename(suggested.replace(/[\\/]/g, ' ').trim() || fallback);
}

/**
 * The study file named on a command line (a double-clicked file, or a second launch), if any.
 * Flags and the executable itself are skipped; the last matching argument wins.
 */
export function studyPathFromArgv(argv: readonly string[], cwd: string = process.cwd()): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-') || arg.includes('\0')) continue;
    if (extname(arg).toLowerCase() === `.${STUDY_EXTENSION}`) return resolve(cwd, arg);
  }
  return null;
}

function usableWindow(options: ElectronHostOptions): BrowserWindow | null {
  const win = options.getWindow();
  return win && !win.isDestroyed() ? win : null;
}

/** The backend's {@link Host} inside Electron: native open/save dialogs and events over IPC. */
export function createElectronHost(options: ElectronHostOptions): Host {
  const translator = options.translator ?? (() => translatorFor('en'));
  return {
    mode: 'electron',
    nativeDialogs: true,

    async pickStudyToOpen(): Promise<string | null> {
      const tr = translator();
      const dialogOptions: OpenDialogOptions = { title: tr.t('menu.openStudyDialog'), properties: ['openFile'], filters: studyFilters(tr) };
      const win = usableWindow(options);
      const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      const picked = result.filePaths[0];
      return result.canceled || !picked ? null : picked;
    },

    async pickStudyToCreate(suggestedFileName: string): Promise<string | null> {
      // The suggestion comes from a study title: keep only a file name, never a path.
      const tr = translator();
      const name = withStudyExtension(basename(suggestedFileName.replace(/[\\/]/g, ' ').trim() || tr.t('common.untitledStudy')));
      const dialogOptions: SaveDialogOptions = {
        title: tr.t('menu.newStudyDialog'),
        buttonLabel: tr.t('menu.createButton'),
        defaultPath: join(options.defaultDir, name),
        filters: studyFilters(tr),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = usableWindow(options);
      const result = win ? await dialog.showSaveDialog(win, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? null : withStudyExtension(result.filePath);
    },

    async pickFileToSave(request: SaveFileRequest): Promise<string | null> {
      const extension = request.extension.replace(/^\./, '');
      const { t } = translator();
      const dialogOptions: SaveDialogOptions = {
        title: t(request.title),
        buttonLabel: t('common.export'),
        defaultPath: join(options.defaultDir, withExtension(safeName(request.suggestedFileName, `Export.${extension}`), extension)),
        filters: [{ name: t(request.filterName), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = usableWindow(options);
      const result = win ? await dialog.showSaveDialog(win, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, extension);
    },

    async pickFileToOpen(request: OpenFileRequest): Promise<string | null> {
      const { t } = translator();
      const dialogOptions: OpenDialogOptions = {
        title: t(request.title),
        buttonLabel: t('common.import'),
        defaultPath: options.defaultDir,
        properties: ['openFile'],
        filters: [{ name: t(request.filterName), extensions: request.extensions.map((e) => e.replace(/^\./, '')) }],
      };
      const win = usableWindow(options);
      const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      const picked = result.filePaths[0];
      return result.canceled || !picked ? null : picked;
    },

    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      const win = usableWindow(options);
      if (win && !win.webContents.isDestroyed()) win.webContents.send(EVENT_CHANNEL, { name: event, payload });
      options.onEmit?.(event);
    },
  };
}
