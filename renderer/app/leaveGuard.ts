import { flushAll, hasFlushers, hasUnsavedWork } from './flushers';

/**
 * Closing the window (Electron) or the tab (browser mode) writes unsaved work first.
 *
 * In Electron a prevented `beforeunload` cancels the close silently (the main process leaves
 * `will-prevent-unload` alone), so the guard holds the window open, flushes, and closes it again
 * with `window.close()`; the second `beforeunload` passes. Quitting works the same way: app.quit()
 * is cancelled by the first pass and main/electron/quitFlow.ts quits once the window has closed.
 * A browser tab cannot close itself: the user gets the leave-page prompt while the flush runs, and
 * the requests go out with `keepalive` (see `onLeaving`) so they survive the tab if the user leaves.
 * The page cannot tell a close from a reload: in development builds (the only ones with View ▸
 * Reload) a reload with unsaved notes saves them and then closes the window.
 */

/** The part of `window` the guard uses (a parameter so tests can pass a fake). */
export interface LeaveHost {
  addEventListener(type: 'beforeunload' | 'pagehide' | 'pageshow', listener: (event: Event) => void): void;
  removeEventListener(type: 'beforeunload' | 'pagehide' | 'pageshow', listener: (event: Event) => void): void;
  close(): void;
}

export interface LeaveGuardOptions {
  /** True in Electron, where `window.close()` closes the window; false for a browser tab. */
  closesItself: boolean;
  /** Called when leaving starts (true) and when a browser user stayed after all (false). */
  onLeaving?: (leaving: boolean) => void;
  /** A flush that hangs must not keep the window open forever. */
  flushTimeoutMs?: number;
  /** How long the second `beforeunload` may take to arrive after `close()`. */
  releaseMs?: number;
}

/** Installs the guard; returns the function that removes it. */
export function installLeaveGuard(host: LeaveHost, options: LeaveGuardOptions): () => void {
  const flushTimeoutMs = options.flushTimeoutMs ?? 5_000;
  const releaseMs = options.releaseMs ?? 3_000;
  let flushing: Promise<void> | null = null;
  let released = false;

  const flushBounded = (): Promise<void> =>
    new Promise<void>((done) => {
      const timer = setTimeout(() => {
        console.error(`[verbatim] saving before closing took over ${flushTimeoutMs} ms; closing anyway`);
        done();
      }, flushTimeoutMs);
      void flushAll().finally(() => {
        clearTimeout(timer);
        done();
      });
    });

  const onBeforeUnload = (event: Event): void => {
    if (released || !hasFlushers() || !hasUnsavedWork()) return;
    options.onLeaving?.(true);
    event.preventDefault();
    // Chromium (and so Electron) still looks at returnValue; any non-empty value holds the page.
    (event as BeforeUnloadEvent).returnValue = 'unsaved';
    if (flushing) return;
    flushing = flushBounded().then(() => {
      flushing = null;
      if (options.closesItself) {
        released = true;
        // If the close does not come back (something else cancelled it), guard again.
        setTimeout(() => (released = false), releaseMs);
        host.close();
      } else {
        options.onLeaving?.(false);
      }
    });
  };

  // The last chance in a browser (the user confirmed leaving, or nothing looked unsaved): send
  // whatever is left; keepalive carries it past the page's end. No answer reaches a page that is
  // gone, so nothing may wait for one: a save still on its way would hold back the newest text.
  const onPageHide = (): void => {
    if (!hasFlushers()) return;
    options.onLeaving?.(true);
    void flushAll(true);
  };

  // A page restored from the back/forward cache is not leaving any more.
  const onPageShow = (event: Event): void => {
    if ((event as PageTransitionEvent).persisted) options.onLeaving?.(false);
  };

  host.addEventListener('beforeunload', onBeforeUnload);
  host.addEventListener('pagehide', onPageHide);
  host.addEventListener('pageshow', onPageShow);
  return () => {
    host.removeEventListener('beforeunload', onBeforeUnload);
    host.removeEventListener('pagehide', onPageHide);
    host.removeEventListener('pageshow', onPageShow);
  };
}
