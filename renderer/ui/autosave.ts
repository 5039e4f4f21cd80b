/**
 * The one autosave queue of the app: live notes and memos both save through it (pure: no React, no
 * DOM; timers are injectable for tests). Each thing edited (by a local key: a note being begun has
 * no id yet) keeps its latest value; a save goes out ~300 ms after typing pauses but never more than 750 ms after the first unsaved change
 * (so that, with the request's own time and timer slack, a crash loses at most the last second of
 * typing: with 1 s here, tests/e2e/live-kill.spec.ts once lost the characters of the last 1.01 s),
 * only one request per key is in flight, and whatever was typed meanwhile goes out next (the
 * latest value wins). A failed save is retried with a growing pause until it succeeds.
 */

export type SaveState = 'saved' | 'saving' | 'error';

export interface Timers {
  now: () => number;
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface SaverOptions<V> {
  /** Sends one key's latest value; resolves false (or rejects) when the save failed. */
  send: (key: string, value: V) => Promise<boolean>;
  onState?: (state: SaveState) => void;
  debounceMs?: number;
  maxDelayMs?: number;
  retryMs?: number;
  timers?: Timers;
}

interface Entry<V> {
  /** Value not yet sent (null: nothing new). */
  pending: V | null;
  /** When the oldest unsent change was made. */
  since: number;
  inFlight: Promise<void> | null;
  timer: unknown;
  failures: number;
}

const REAL_TIMERS: Timers = {
  now: () => Date.now(),
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Autosaver<V = string> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly timers: Timers;
  private readonly debounceMs: number;
  private readonly maxDelayMs: number;
  private readonly retryMs: number;
  private lastState: SaveState = 'saved';
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: SaverOptions<V>) {
    this.timers = options.timers ?? REAL_TIMERS;
    this.debounceMs = options.debounceMs ?? 300;
    this.maxDelayMs = options.maxDelayMs ?? 750;
    this.retryMs = options.retryMs ?? 1_000;
  }

  /** Records the latest value under `key`. `immediate` sends it at once (the first character of a new note). */
  set(key: string, text: V, immediate = false): void {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { pending: null, since: 0, inFlight: null, timer: null, failures: 0 };
      this.entries.set(key, entry);
    }
    if (entry.pending === null) entry.since = this.timers.now();
    entry.pending = text;
    this.report();
    if (immediate) this.kick(key, 0);
    else this.schedule(key);
  }

  /** True while a note has text not yet saved (or a save under way). */
  isDirty(key?: string): boolean {
    const dirty = (e: Entry<V>) => e.pending !== null || e.inFlight !== null;
    if (key !== undefined) {
      const e = this.entries.get(key);
      return e ? dirty(e) : false;
    }
    return [...this.entries.values()].some(dirty);
  }

  /** Sends a note's (or every note's) unsaved text now; resolves once it is saved or a save failed. */
  async flush(key?: string): Promise<void> {
    const keys = key === undefined ? [...this.entries.keys()] : [key];
    await Promise.all(keys.map((k) => this.flushOne(k)));
  }

  /**
   * The page is going away: every note's unsaved text goes out at once, beside any save still on
   * its way (whose answer will never arrive to release it). Sent later, it lands later: the
   * latest text still wins.
   */
  async flushLeaving(): Promise<void> {
    const sends: Promise<unknown>[] = [];
    for (const [key, entry] of this.entries) {
      if (entry.pending === null) continue;
      this.clearTimer(entry);
      const text = entry.pending;
      entry.pending = null;
      sends.push(Promise.resolve().then(() => this.options.send(key, text)));
    }
    this.report();
    await Promise.allSettled(sends);
  }

  get state(): SaveState {
    return this.lastState;
  }

  /** Calls `listener` whenever the state changes (for useSyncExternalStore); returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private async flushOne(key: string): Promise<void> {
    // Another round may be needed when text arrives while a save is in flight.
    for (let round = 0; round < 5; round++) {
      const entry = this.entries.get(key);
      if (!entry) return;
      if (entry.inFlight) {
        await entry.inFlight;
        continue;
      }
      if (entry.pending === null) return;
      this.clearTimer(entry);
      await this.sendNow(key, entry);
      if (entry.failures > 0) return;
    }
  }

  private schedule(key: string): void {
    const entry = this.entries.get(key)!;
    if (entry.inFlight) return; // sent when the current request settles
    const waited = this.timers.now() - entry.since;
    this.kick(key, Math.max(0, Math.min(this.debounceMs, this.maxDelayMs - waited)));
  }

  private kick(key: string, delay: number): void {
    const entry = this.entries.get(key)!;
    if (entry.inFlight) return;
    this.clearTimer(entry);
    entry.timer = this.timers.set(() => {
      entry.timer = null;
      void this.sendNow(key, entry);
    }, delay);
  }

  private clearTimer(entry: Entry<V>): void {
    if (entry.timer !== null) this.timers.clear(entry.timer);
    entry.timer = null;
  }

  private sendNow(key: string, entry: Entry<V>): Promise<void> {
    if (entry.inFlight) return entry.inFlight;
    const text = entry.pending;
    if (text === null) return Promise.resolve();
    entry.pending = null;
    const run = (async () => {
      let ok = false;
      try {
        // Through a microtask, so even a send that throws at once settles after `inFlight` is set.
        ok = await Promise.resolve().then(() => this.options.send(key, text));
      } catch (error) {
        console.error('[verbatim] autosave failed', error);
      }
      entry.inFlight = null;
      if (ok) {
        entry.failures = 0;
        if (entry.pending !== null) this.schedule(key);
      } else {
        // Keep the newest text: what was typed meanwhile, or what failed to go out.
        if (entry.pending === null) {
          entry.pending = text;
          entry.since = this.timers.now();
        }
        entry.failures += 1;
        this.kick(key, Math.min(this.retryMs * entry.failures, 10_000));
      }
      if (!ok || entry.pending === null) this.forgetIfClean(key, entry);
      this.report();
    })();
    entry.inFlight = run;
    // Only now: reported before `inFlight` is set, a save on its way would count as saved.
    this.report();
    return run;
  }

  private forgetIfClean(key: string, entry: Entry<V>): void {
    if (entry.pending === null && entry.inFlight === null && entry.timer === null) this.entries.delete(key);
  }

  private report(): void {
    const all = [...this.entries.values()];
    const state: SaveState = all.some((e) => e.failures > 0)
      ? 'error'
      : all.some((e) => e.pending !== null || e.inFlight)
        ? 'saving'
        : 'saved';
    if (state === this.lastState) return;
    this.lastState = state;
    this.options.onState?.(state);
    for (const listener of this.listeners) listener();
  }
}
