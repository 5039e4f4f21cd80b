/**
 * The one autosave queue of the app: live notes and memos both save through it (pure: no React, no
 * DOM; timers are injectable for tests). Each thing edited (by a local key: a note being begun has
 * no id yet) keeps its latest value; a save goes out ~300 ms after typing pauses but never more than 750 ms after the first unsaved change
 * (so that, with the request's own time and timer slack, a crash loses at most the last second of
 * typing: with 1 s here, tests/e2e/live-kill.spec.ts once lost the characters of the last 1.01 s),
 * only one request per key is in flight, and whatever was typed meanwhile goes out next (the
 * latest value wins). A failed save is retried with a growing pause until it succeeds, unless the
 * failure cannot heal by retrying ('permanent'): then that key stops, keeping its latest value so
 * that nothing typed is lost, and its owner tells the user and offers a way out.
 */
import type { ErrorCode } from '../../shared/result';

/** 'error': a save failed and is being retried; 'stopped': a save can never succeed as it stands. */
export type SaveState = 'saved' | 'saving' | 'error' | 'stopped';

/** What a send reports: true saved, false failed but may heal (retried), 'permanent' will fail again. */
export type SendOutcome = boolean | 'permanent';

/**
 * Whether a failure of this code can heal by sending the same save again. The thing is gone
 * (deleted in another window or by undo there), the input is refused, the study's state contradicts
 * the save, or no study is open: the same request gets the same answer, so retrying only hides the
 * loss. A full or read-only disk can be fixed while we wait, a lock (STUDY_IN_USE) is let go, a dropped
 * connection (IO_ERROR, INTERNAL: the call failed on its way, FORBIDDEN: not connected) comes back.
 * Every code must be decided here, so a new one cannot slip in unconsidered.
 */
const HEALS_BY_RETRYING: Record<ErrorCode, boolean> = {
  IO_ERROR: true,
  STUDY_IN_USE: true,
  INTERNAL: true,
  FORBIDDEN: true,
  CANCELLED: true,
  NOT_FOUND: false,
  INVALID_INPUT: false,
  CONFLICT: false,
  NO_STUDY_OPEN: false,
  UNKNOWN_CHANNEL: false,
  NOT_A_STUDY: false,
  STUDY_CORRUPT: false,
  STUDY_FROM_NEWER_VERSION: false,
  STUDY_UNTRUSTED: false,
  ALREADY_EXISTS: false,
  LIMIT_EXCEEDED: false,
  UNSUPPORTED: false,
  IMPORT_FAILED: false,
};

/** The outcome of a failed save with this error code (see HEALS_BY_RETRYING). */
export function failedSave(code: ErrorCode): SendOutcome {
  return HEALS_BY_RETRYING[code] ? false : 'permanent';
}

export interface Timers {
  now: () => number;
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface SaverOptions<V> {
  /** Sends one key's latest value; resolves false (or rejects) when the save failed, 'permanent' when it never can. */
  send: (key: string, value: V) => Promise<SendOutcome>;
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
  /** A save failed for good: nothing is sent for this key again until its owner {@link Autosaver.forget}s it. */
  stopped: boolean;
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
      entry = { pending: null, since: 0, inFlight: null, timer: null, failures: 0, stopped: false };
      this.entries.set(key, entry);
    }
    if (entry.pending === null) entry.since = this.timers.now();
    entry.pending = text;
    this.report();
    // Kept (the owner offers it back), never sent: it would fail like the last one.
    if (entry.stopped) return;
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

  /** The latest value of a key whose save failed for good (see 'permanent'); undefined otherwise. */
  stoppedValue(key: string): V | undefined {
    const e = this.entries.get(key);
    return e?.stopped ? (e.pending ?? undefined) : undefined;
  }

  /** Drops a key and its unsaved value (its owner rescued the text some other way). */
  forget(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.clearTimer(e);
    this.entries.delete(key);
    this.report();
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
      if (entry.pending === null || entry.stopped) continue;
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
      if (entry.pending === null || entry.stopped) return;
      this.clearTimer(entry);
      await this.sendNow(key, entry);
      if (entry.failures > 0 || entry.stopped) return;
    }
  }

  private schedule(key: string): void {
    const entry = this.entries.get(key)!;
    if (entry.inFlight || entry.stopped) return; // sent when the current request settles
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
      let outcome: SendOutcome = false;
      try {
        // Through a microtask, so even a send that throws at once settles after `inFlight` is set.
        outcome = await Promise.resolve().then(() => this.options.send(key, text));
      } catch (error) {
        console.error('[verbatim] autosave failed', error);
      }
      entry.inFlight = null;
      const ok = outcome === true;
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
        if (outcome === 'permanent') {
          entry.stopped = true;
          this.clearTimer(entry);
        } else this.kick(key, Math.min(this.retryMs * entry.failures, 10_000));
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
    const state: SaveState = all.some((e) => e.stopped)
      ? 'stopped'
      : all.some((e) => e.failures > 0)
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
