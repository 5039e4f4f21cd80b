import { test as base, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SaveFileRequest } from '../../main/app/host';
import { serveBrowserMode } from '../../main/server/index';

const STATIC_DIR = resolve(import.meta.dirname, '../../out/renderer');

/**
 * Stands a fake preload bridge (`window.api`) over the browser-mode server, as the Electron preload
 * would expose it (Electron itself cannot run here). `emitForTest` plays the main process sending
 * an event. Call before the page loads the app.
 */
export async function installFakeBridge(page: Page, appUrl: string): Promise<void> {
  const token = decodeURIComponent(new URL(appUrl).hash.replace('#token=', ''));
  await page.addInitScript((t) => {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const api = {
      invoke: async (channel: string, input: unknown) => {
        const r = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t}` },
          body: JSON.stringify({ channel, input }),
        });
        return r.json();
      },
      on: (event: string, listener: (payload: unknown) => void) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
        return () => listeners.get(event)!.delete(listener);
      },
    };
    Object.assign(window, { api, emitForTest: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)) });
  }, token);
}

/**
 * Counts every use of the page's download code (a Blob URL, a click on an `<a download>`): in the
 * desktop app that code must never run, because the shell cancels every download.
 */
async function instrumentDownloads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const touches: string[] = [];
    Object.assign(window, { downloadTouches: touches });
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      touches.push('createObjectURL');
      return createObjectURL(blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.hasAttribute('download')) touches.push(`a[download=${this.download}]`);
      return click.call(this);
    };
  });
}

export interface DesktopApp {
  /** The address with the access token (the test process uses it for set-up calls). */
  url: string;
  appDataDir: string;
  /** Where the fake save dialog puts every export: the file name the backend suggested, in this folder. */
  saveDir: string;
  /** Every save dialog the backend opened, in order. */
  saveRequests: SaveFileRequest[];
  /** What the next save dialog answers instead of a path in saveDir (null: the user cancels). */
  nextSaveAnswer: { value: string | null } | null;
  /** What the next open dialog (for an import) answers; null: the user cancels. */
  nextOpenAnswer: string | null;
  /** What the page did with its download code so far. */
  downloadTouches(): Promise<string[]>;
}

/**
 * The desktop app's path, as far as it can run here: the renderer talks through a fake preload
 * bridge to a backend whose host has native dialogs, answered by the test with paths in a temp dir.
 */
export const desktopTest = base.extend<{ desktop: DesktopApp }>({
  desktop: async ({ page }, use) => {
    const appDataDir = await mkdtemp(join(tmpdir(), 'verbatim-e2e-desktop-'));
    const saveDir = join(appDataDir, 'Chosen by the user');
    const saveRequests: SaveFileRequest[] = [];
    const app: DesktopApp = {
      url: '',
      appDataDir,
      saveDir,
      saveRequests,
      nextSaveAnswer: null,
      nextOpenAnswer: null,
      downloadTouches: () => page.evaluate(() => (window as unknown as { downloadTouches: string[] }).downloadTouches.slice()),
    };
    const running = await serveBrowserMode({
      appDataDir,
      staticDir: STATIC_DIR,
      port: 0,
      desktopDialogs: {
        pickStudyToOpen: async () => null,
        pickStudyToCreate: async (name) => join(saveDir, name),
        pickFileToSave: async (request) => {
          saveRequests.push(request);
          const answer = app.nextSaveAnswer;
          app.nextSaveAnswer = null;
          return answer ? answer.value : join(saveDir, request.suggestedFileName);
        },
        pickFileToOpen: async () => {
          const answer = app.nextOpenAnswer;
          app.nextOpenAnswer = null;
          return answer;
        },
      },
    });
    app.url = running.server.url;
    await mkdir(saveDir);
    try {
      await installFakeBridge(page, running.server.url);
      await instrumentDownloads(page);
      await page.goto(new URL('/', running.server.url).toString()); // no token in the address: the bridge is used
      await use(app);
    } finally {
      await running.close();
      await rm(appDataDir, { recursive: true, force: true });
    }
  },
});
