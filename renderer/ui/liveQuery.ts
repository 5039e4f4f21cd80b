import { touches, type DataChange, type DataKind } from '../../shared/domain/dataChange';
import type { Result } from '../../shared/result';

/** What a read depends on, so a change event can tell whether to fetch it again. */
export interface QuerySpec {
  /** The kinds of data the answer is made of. */
  kinds: readonly DataKind[];
  /** For a read of one document: changes that name only other documents pass it by. */
  documentId?: string | null;
  /**
   * Channels whose writes, made from this page, the caller applies to the data itself from the
   * write's answer (with `set`): their change events need no fetch here. Other pages still fetch.
   */
  appliedHere?: readonly string[];
}

export interface QueryState<T> {
  data: T | null;
  error: string | null;
  /** True until the first answer (and while a new one is awaited after an error). */
  loading: boolean;
  /** False when `data` last changed by a local `set` (the caller then knows what changed without comparing). */
  fromRead: boolean;
}

/**
 * One read kept fresh: fetched at start, fetched again when a change event touches what it depends
 * on, and changed in place by the page's own writes (`set`). An answer overtaken by a newer fetch
 * or by a local change is dropped, so a slow read never paints over newer data. Plain TypeScript
 * (no React) so its rules are tested directly; renderer/ui/useQuery.ts binds it to a component.
 */
export class LiveQuery<T> {
  private current: QueryState<T> = { data: null, error: null, loading: true, fromRead: true };
  private readonly listeners = new Set<() => void>();
  /** Bumped by every fetch and every local change; an answer is used only if nothing came after it. */
  private generation = 0;
  /** True while a read asked for by change events waits for its turn (one read for a burst of changes). */
  private waiting = false;

  /**
   * `later` decides when a read a change event asked for goes out: useQuery waits until the page is
   * idle, so such reads never hold up the paint of what the user just did, and a burst of changes
   * (quick coding) costs one read.
   */
  constructor(
    private readonly read: () => Promise<Result<T>>,
    private readonly spec: QuerySpec,
    private readonly later: (run: () => void) => void = (run) => run(),
  ) {}

  get state(): QueryState<T> {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Fetches now; resolves once the answer is in (or was dropped as overtaken). */
  refetch = async (): Promise<void> => {
    const mine = ++this.generation;
    const r = await this.read();
    if (mine !== this.generation) return;
    if (r.ok) this.publish({ data: r.value, error: null, loading: false, fromRead: true });
    else this.publish({ ...this.current, error: r.error.message, loading: false });
  };

  /** Applies a change the page knows the backend has made (from a write's answer). */
  set = (update: (data: T) => T): void => {
    if (this.current.data === null) return;
    this.generation++; // a read already on its way predates this change
    const data = update(this.current.data);
    if (data !== this.current.data) this.publish({ ...this.current, data, fromRead: false });
  };

  /**
   * Hears a change event. `ownChannel` is the channel of this page's call that made it (null when
   * another page did): writes this query's owner applies itself need no fetch.
   */
  onChange(change: DataChange, ownChannel: string | null): boolean {
    if (!touches(change, this.spec.kinds, this.spec.documentId)) return false;
    if (ownChannel !== null && this.spec.appliedHere?.includes(ownChannel)) return false;
    this.readLater();
    return true;
  }

  /** Hears that push events flow again after a break: whatever changed meanwhile was not heard, so read again. */
  onReconnect(): void {
    this.readLater();
  }

  /** One read, when `later` says, for however many reasons come before it goes out. */
  private readLater(): void {
    if (this.waiting) return;
    this.waiting = true;
    this.later(() => {
      this.waiting = false;
      void this.refetch();
    });
  }

  private publish(next: QueryState<T>): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
