import type { App } from 'electron';

/**
 * When the open study is closed, and when the app quits, around the renderer's save-before-close
 * (renderer/app/leaveGuard.ts). A window with unsaved notes cancels its close (and so a quit) with
 * `beforeunload`, saves, and closes itself; so:
 * - the study is closed only once every window is gone ('window-all-closed', 'will-quit'), never in
 *   'before-quit', which comes before the windows close and would pull the study from under the save;
 * - a quit that a saving window cancelled is completed when that window has closed, also on macOS,
 *   where closing the last window alone leaves the app running.
 * Nothing here handles 'will-prevent-unload': allowing it would skip the save.
 */
export function wireQuitFlow(app: Pick<App, 'on' | 'quit'>, options: { platform: NodeJS.Platform; closeStudy: () => void }): void {
  let quitRequested = false;
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('window-all-closed', () => {
    options.closeStudy();
    // macOS apps stay in the dock without windows, unless the user asked to quit.
    if (options.platform !== 'darwin' || quitRequested) app.quit();
  });
  app.on('will-quit', options.closeStudy);
}
