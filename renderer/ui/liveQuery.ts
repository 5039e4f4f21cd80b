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
}

/**
 * One read kept fresh: fetched at start, fetched again when a change event touches what it depends
 * on, and changed in place by the page's own writes (`set`). An answer overtaken by a newer fetch
 * or by a local change is dropped, so a slow read never paints over newer data. Plain TypeScript
 * (no React) so its rules are tested directly; renderer/ui/useQuery.ts binds it to a component.
 */
export class LiveQuery<T> {
  private current: QueryState<T> = { data: null, error: null, loading: true };
  private readonly listeners = new Set<() => void>();
  /** Bumped by every fetch and every local change; an answer is used only if nothing came after it. */
  private generation = 0;

  constructor(
    private readonly read: () => Promise<Result<T>>,
    private readonly spec: QuerySpec,
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
    if (r.ok) this.publish({ data: r.value, error: null, loading: false });
    else this.publish({ data: this.current.data, error: r.error.message, loading: false });
  };

  /** Applies a change the page knows the backend has made (from a write's answer). */
  set = (update: (data: T) => T): void => {
    if (this.current.data === null) return;
    this.generation++; // a read already on its way predates this change
    const data = update(this.current.data);
    if (data !== this.current.data) this.publish({ ...this.current, data });
  };

  /**
   * Hears a change event. `ownChannel` is the channel of this page's call that made it (null when
   * another page did): writes this query's owner applies itself need no fetch.
   */
  onChange(change: DataChange, ownChannel: string | null): boolean {
    if (!touches(change, this.spec.kinds, this.spec.documentId)) return false;
    if (ownChannel !== null && this.spec.appliedHere?.includes(ownChannel)) return false;
    void this.refetch();
    return true;
  }

  private publish(next: QueryState<T>): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
