import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { dialog } = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
}));
vi.mock('electron', () => ({ dialog }));

import type { BrowserWindow } from 'electron';
import { EVENT_CHANNEL } from '../../../main/electron/constants';
import { translatorFor } from '../../../shared/i18n/translator';
import { createElectronHost, STUDY_FILTERS, studyPathFromArgv, withExtension, withStudyExtension } from '../../../main/electron/dialogs';

function fakeWindow(destroyed = false) {
  return {
    isDestroyed: () => destroyed,
    webContents: { send: vi.fn(), isDestroyed: () => destroyed },
  };
}

function host(win: ReturnType<typeof fakeWindow> | null = fakeWindow(), onEmit = vi.fn()) {
  return createElectronHost({ getWindow: () => win as unknown as BrowserWindow | null, defaultDir: '/home/ann/Documents', onEmit });
}

beforeEach(() => vi.clearAllMocks());

describe('Electron host dialogs', () => {
  it('reports native dialogs in electron mode', () => {
    expect(host()).toMatchObject({ mode: 'electron', nativeDialogs: true });
  });

  it('opens one .verbatim file, attached to the window', async () => {
    const win = fakeWindow();
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/s/a.verbatim'] });
    await expect(host(win).pickStudyToOpen()).resolves.toBe('/s/a.verbatim');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(win, expect.objectContaining({ properties: ['openFile'], filters: STUDY_FILTERS }));
    expect(STUDY_FILTERS).toEqual([{ name: 'Verbatim study', extensions: ['verbatim'] }]);
  });

  it('returns null when the open dialog is cancelled, and works without a window', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(host(null).pickStudyToOpen()).resolves.toBeNull();
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: STUDY_FILTERS }));
  });

  it('suggests a file name in the documents folder and adds the extension if the user left it off', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/s/Churn interviews' });
    await expect(host().pickStudyToCreate('Churn interviews.verbatim')).resolves.toBe('/s/Churn interviews.verbatim');
    const options = dialog.showSaveDialog.mock.calls[0]![1];
    expect(options.defaultPath).toBe(join('/home/ann/Documents', 'Churn interviews.verbatim'));
    expect(options.filters).toEqual(STUDY_FILTERS);
  });

  it('never lets the suggested name carry a path', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(host().pickStudyToCreate('../../etc/passwd')).resolves.toBeNull();
    const options = dialog.showSaveDialog.mock.calls[0]![1];
    expect(options.defaultPath.startsWith(join('/home/ann/Documents') + '/')).toBe(true);
    expect(options.defaultPath.slice('/home/ann/Documents/'.length)).not.toContain('/');
  });
});

describe('Electron host: saving an export', () => {
  const request = {
    title: 'menu.exportQdpxDialog',
    suggestedFileName: 'Churn study.qdpx',
    filterName: 'menu.qdpxFilter',
    extension: 'qdpx',
  } as const;

  it('suggests the file in the documents folder with the one file type, attached to the window', async () => {
    const win = fakeWindow();
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/s/out.qdpx' });
    await expect(host(win).pickFileToSave(request)).resolves.toBe('/s/out.qdpx');
    const [parent, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      title: 'Export REFI-QDA project',
      defaultPath: join('/home/ann/Documents', 'Churn study.qdpx'),
      filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
    });
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('adds the extension when the user typed a name without it, and returns null when cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/s/codebook' });
    await expect(host().pickFileToSave({ ...request, extension: 'qdc', suggestedFileName: 'x.qdc' })).resolves.toBe('/s/codebook.qdc');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(host(null).pickFileToSave(request)).resolves.toBeNull();
    expect(withExtension('/a/b.QDPX', 'qdpx')).toBe('/a/b.QDPX');
  });

  it('never lets the suggested name carry a path', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await host().pickFileToSave({ ...request, suggestedFileName: '../../etc/cron.d/x.qdpx' });
    const options = dialog.showSaveDialog.mock.calls[0]![1];
    expect(options.defaultPath.slice('/home/ann/Documents/'.length)).not.toContain('/');
  });
});

describe('Electron host: open dialog for imports', () => {
  it('offers only the kind of file asked for and returns the chosen path, or null when cancelled', async () => {
    const win = fakeWindow();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/ann/nvivo.qdpx'] });
    await expect(
      host(win).pickFileToOpen({ title: 'menu.importQdpxDialog', filterName: 'menu.qdpxFilter', extensions: ['qdpx'] }),
    ).resolves.toBe('/home/ann/nvivo.qdpx');
    const [parent, options] = dialog.showOpenDialog.mock.calls.at(-1)!;
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      title: 'Import REFI-QDA project',
      properties: ['openFile'],
      filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
    });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(
      host(null).pickFileToOpen({ title: 'menu.importQdcDialog', filterName: 'menu.qdcFilter', extensions: ['qdc'] }),
    ).resolves.toBeNull();
  });
});

describe('Electron host events', () => {
  it('sends {name, payload} on the event channel and notifies onEmit', () => {
    const win = fakeWindow();
    const onEmit = vi.fn();
    host(win, onEmit).emit('study:changed', { path: '/s/a.verbatim' });
    expect(win.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { name: 'study:changed', payload: { path: '/s/a.verbatim' } });
    expect(onEmit).toHaveBeenCalledWith('study:changed');
  });

  it('does nothing to a destroyed or missing window', () => {
    const win = fakeWindow(true);
    host(win).emit('study:changed', { path: null });
    expect(win.webContents.send).not.toHaveBeenCalled();
    expect(() => host(null).emit('study:changed', { path: null })).not.toThrow();
  });
});

describe('studyPathFromArgv', () => {
  it('finds the last .verbatim argument, resolved against the working directory', () => {
    expect(studyPathFromArgv(['/opt/Verbatim/verbatim', 'Study.VERBATIM'], '/home/ann')).toBe(resolve('/home/ann', 'Study.VERBATIM'));
    expect(studyPathFromArgv(['electron', '.', '/a.verbatim', '/b.verbatim'], '/')).toBe('/b.verbatim');
  });

  it('skips flags, the executable and other files', () => {
    expect(studyPathFromArgv(['/x/study.verbatim'])).toBeNull();
    expect(studyPathFromArgv(['electron', '.', '--inspect=9229', '--file=a.verbatim', 'notes.txt'])).toBeNull();
  });

  it('adds the extension only when missing', () => {
    expect(withStudyExtension('/a/b')).toBe('/a/b.verbatim');
    expect(withStudyExtension('/a/b.Verbatim')).toBe('/a/b.Verbatim');
  });
});

describe("Electron host dialogs in the UI's language", () => {
  const speaking = (locale: 'hu' | 'zh-Hans') =>
    createElectronHost({ getWindow: () => null, defaultDir: '/home/ann/Documents', translator: () => translatorFor(locale) });

  it('names the title, the button and the file type of an export in that language', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await speaking('hu').pickFileToSave({
      title: 'menu.exportQdpxDialog',
      suggestedFileName: 'Churn.qdpx',
      filterName: 'menu.qdpxFilter',
      extension: 'qdpx',
    });
    expect(dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({
      title: 'REFI-QDA-projekt exportálása',
      buttonLabel: 'Exportálás',
      filters: [{ name: 'REFI-QDA-projekt', extensions: ['qdpx'] }],
    });
  });

  it('names an import, and the study dialogs, in that language', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await speaking('hu').pickFileToOpen({ title: 'menu.importTranscriptDialog', filterName: 'common.transcript', extensions: ['vtt'] });
    expect(dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({
      title: 'Átirat importálása',
      buttonLabel: 'Importálás',
      filters: [{ name: 'Átirat', extensions: ['vtt'] }],
    });
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await speaking('zh-Hans').pickStudyToCreate('  ');
    expect(dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({
      title: '新建研究',
      buttonLabel: '创建',
      defaultPath: join('/home/ann/Documents', '未命名研究.verbatim'),
      filters: [{ name: 'Verbatim 研究', extensions: ['verbatim'] }],
    });
  });
});
