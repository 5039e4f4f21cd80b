/**
 * Work the UI still holds in memory (a note typed but not yet autosaved) registers a flusher here,
 * so closing the window, closing the study or switching screens can write it first
 * (renderer/app/leaveGuard.ts and useStudyLifecycle.ts call {@link flushAll}).
 */
interface Flusher {
  /**
   * Writes what is unsaved. `leaving`: the page is going away and will never see an answer, so
   * the latest state goes out at once, without waiting for a save already on its way.
   */
  flush: (leaving: boolean) => Promise<void>;
  /** True while something is unsaved; a flusher without it always counts as possibly unsaved. */
  pending?: () => boolean;
}

const flushers = new Set<Flusher>();

/**
 * Registers `flush`; returns the function that unregisters it. Pass `pending` (e.g. the autosave
 * queue's `isDirty`) so that leaving asks the user to wait only when something is actually unsaved.
 */
export function registerFlusher(flush: (leaving: boolean) => Promise<void>, pending?: () => boolean): () => void {
  const entry: Flusher = { flush, pending };
  flushers.add(entry);
  return () => void flushers.delete(entry);
}

/**
 * Runs every registered flusher; resolves when all have settled (a failed one is logged, not thrown).
 * `leaving` is for the page's last moment (pagehide), when no answer will come back.
 */
export async function flushAll(leaving = false): Promise<void> {
  const results = await Promise.allSettled([...flushers].map((f) => f.flush(leaving)));
  for (const r of results) if (r.status === 'rejected') console.error('[verbatim] could not save before closing', r.reason);
}

/** True while any flusher is registered (something may be unsaved). */
export function hasFlushers(): boolean {
  return flushers.size > 0;
}

/** True when some registered work is unsaved (or cannot say that it is not). */
export function hasUnsavedWork(): boolean {
  for (const f of flushers) {
    try {
      if (!f.pending || f.pending()) return true;
    } catch (error) {
      console.error('[verbatim] could not tell whether work is unsaved', error);
      return true;
    }
  }
  return false;
}
