/**
 * Work the UI still holds in memory (a note typed but not yet autosaved) registers a flusher here,
 * so closing the window, closing the study or switching screens can write it first.
 */
const flushers = new Set<() => Promise<void>>();

/** Registers `flush`; returns the function that unregisters it. */
export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => void flushers.delete(flush);
}

/** Runs every registered flusher; resolves when all have settled (a failed one is logged, not thrown). */
export async function flushAll(): Promise<void> {
  const results = await Promise.allSettled([...flushers].map((f) => f()));
  for (const r of results) if (r.status === 'rejected') console.error('[verbatim] could not save before closing', r.reason);
}

/** True while any flusher is registered (something may be unsaved). */
export function hasFlushers(): boolean {
  return flushers.size > 0;
}
