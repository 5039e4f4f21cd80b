// The rules of the renderer's one query hook (renderer/ui/liveQuery.ts, bound to React by useQuery.ts):
// when a change event makes it read again, and which answers it keeps.
import { describe, expect, it } from 'vitest';
import type { DataChange } from '../../../shared/domain/dataChange';
import type { Result } from '../../../shared/result';
import { LiveQuery, type QuerySpec } from '../../../renderer/ui/liveQuery';

/** A read whose answers the test releases by hand, in any order. */
function controlledRead<T>() {
  const pending: ((r: Result<T>) => void)[] = [];
  let calls = 0;
  const read = () => {
    calls++;
    return new Promise<Result<T>>((done) => pending.push(done));
  };
  return {
    read,
    calls: () => calls,
    answer: (i: number, value: T) => pending[i]!({ ok: true, value }),
    failAt: (i: number) => pending[i]!({ ok: false, error: { code: 'IO_ERROR', message: 'The disk went away.' } }),
  };
}

const codingsOf = (documentIds?: string[]): DataChange => ({ kinds: ['codings'], documentIds });

function queryOver(spec: QuerySpec) {
  const r = controlledRead<string[]>();
  const q = new LiveQuery(r.read, spec);
  return { q, r };
}

describe('LiveQuery', () => {
  it('is loading until the first answer, then holds it', async () => {
    const { q, r } = queryOver({ kinds: ['codes'] });
    expect(q.state).toEqual({ data: null, error: null, loading: true, fromRead: true });
    const done = q.refetch();
    r.answer(0, ['a']);
    await done;
    expect(q.state).toEqual({ data: ['a'], error: null, loading: false, fromRead: true });
  });

  it('reads again only for changes of the kinds it declares', () => {
    const { q, r } = queryOver({ kinds: ['codes', 'codings'] });
    expect(q.onChange({ kinds: ['participants'] }, null)).toBe(false);
    expect(q.onChange({ kinds: ['memos', 'codings'] }, null)).toBe(true);
    expect(r.calls()).toBe(1);
  });

  it('for one document, passes by changes that name only other documents', () => {
    const { q, r } = queryOver({ kinds: ['documents', 'codings', 'codes'], documentId: 'doc-1' });
    expect(q.onChange(codingsOf(['doc-2']), null)).toBe(false);
    expect(q.onChange(codingsOf(['doc-2', 'doc-1']), null)).toBe(true);
    // A change that could not name its documents may have touched this one.
    expect(q.onChange(codingsOf(undefined), null)).toBe(true);
    // A codebook change reaches every document's view, whichever documents it names.
    expect(q.onChange({ kinds: ['codes', 'codings'], documentIds: ['doc-2'] }, null)).toBe(true);
    expect(r.calls()).toBe(3);
  });

  it('skips the writes its owner applied itself, but not the same write from another page', () => {
    const { q, r } = queryOver({ kinds: ['codings'], documentId: 'doc-1', appliedHere: ['codings:create'] });
    expect(q.onChange(codingsOf(['doc-1']), 'codings:create')).toBe(false);
    // A merge made in the codebook of this page is not applied by the view: it reads again.
    expect(q.onChange(codingsOf(['doc-1']), 'codes:merge')).toBe(true);
    expect(q.onChange(codingsOf(['doc-1']), null)).toBe(true);
    expect(r.calls()).toBe(2);
  });

  it('drops an answer that a newer read overtook', async () => {
    const { q, r } = queryOver({ kinds: ['codes'] });
    const first = q.refetch();
    const second = q.refetch();
    r.answer(1, ['new']);
    await second;
    r.answer(0, ['old']);
    await first;
    expect(q.state.data).toEqual(['new']);
  });

  it('drops an answer that left before a local change', async () => {
    const { q, r } = queryOver({ kinds: ['codes'] });
    const load = q.refetch();
    r.answer(0, ['a']);
    await load;
    const stale = q.refetch();
    q.set((d) => [...d, 'b']);
    r.answer(1, ['a']); // read before the write landed
    await stale;
    expect(q.state).toMatchObject({ data: ['a', 'b'], fromRead: false });
  });

  it('tells its listeners, and keeps the last data with the error when a read fails', async () => {
    const { q, r } = queryOver({ kinds: ['codes'] });
    let heard = 0;
    q.subscribe(() => heard++);
    const load = q.refetch();
    r.answer(0, ['a']);
    await load;
    const again = q.refetch();
    r.failAt(1);
    await again;
    expect(q.state).toEqual({ data: ['a'], error: 'The disk went away.', loading: false, fromRead: true });
    expect(heard).toBe(2);
  });

  it('reads once for a burst of changes, when its scheduler lets it', () => {
    const r = controlledRead<string[]>();
    const waiting: (() => void)[] = [];
    const q = new LiveQuery(r.read, { kinds: ['codings'] }, (run) => waiting.push(run));
    for (let i = 0; i < 5; i++) expect(q.onChange(codingsOf(), null)).toBe(true);
    expect(r.calls()).toBe(0);
    expect(waiting).toHaveLength(1);
    waiting[0]!();
    expect(r.calls()).toBe(1);
    // A change after that read went out asks for another.
    q.onChange(codingsOf(), null);
    expect(waiting).toHaveLength(2);
  });

  it('reads again when the event stream comes back, whatever kinds it holds, once with changes that come with it', () => {
    const r = controlledRead<string[]>();
    const waiting: (() => void)[] = [];
    const q = new LiveQuery(r.read, { kinds: ['codes'], documentId: 'd1' }, (run) => waiting.push(run));
    q.onReconnect();
    q.onChange({ kinds: ['codes'] }, null);
    expect(waiting).toHaveLength(1);
    waiting[0]!();
    expect(r.calls()).toBe(1);
  });
});
