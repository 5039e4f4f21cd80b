import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Channel, In, Out } from '../../shared/ipc/contract';
import { eventsAreConnected, invoke, on, onEventsConnected, ownChannelOf } from '../api';
import { LiveQuery, type QuerySpec, type QueryState } from './liveQuery';

const NOTHING: QueryState<never> = { data: null, error: null, loading: false, fromRead: true };
const noSubscription = () => () => {};

/**
 * A read from the backend that keeps itself fresh: `channel` with `input` (null: nothing to read
 * yet) gives data, loading and error, and is read again when a write (from this page, another
 * window or another browser tab) changes a kind in `spec.kinds`, when another study opens, and when
 * browser mode's event stream reopens after a break. `set`
 * applies a write's answer in place; `refetch` reads again at once.
 */
export function useQuery<C extends Channel>(channel: C, input: In<C> | null, spec: QuerySpec) {
  const key = input === null ? null : `${channel} ${JSON.stringify(input)}`;
  const specKey = JSON.stringify(spec);
  // A new query object per question asked: its answers can never land on another question.
  const query = useMemo(
    () => (input === null ? null : new LiveQuery<Out<C>>(() => invoke(channel, input), JSON.parse(specKey) as QuerySpec, whenIdle)),
    // `key` and `specKey` stand for the channel, input and spec.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, specKey],
  );
  useEffect(() => {
    if (!query) return;
    void query.refetch();
    const offChange = on('data:changed', (change) => query.onChange(change, ownChannelOf(change)));
    const offStudy = on('study:changed', ({ path }) => path !== null && void query.refetch());
    // Changes pushed while browser mode's event stream was down never arrive: read again once it is
    // back. Not when it was already up as this read went out (that read is as fresh as the stream).
    let upAtStart = eventsAreConnected();
    const offConnected = onEventsConnected(() => {
      if (upAtStart) upAtStart = false;
      else query.onReconnect();
    });
    return () => {
      offChange();
      offStudy();
      offConnected();
    };
  }, [query]);
  const state = useSyncExternalStore(query?.subscribe ?? noSubscription, () => query?.state ?? NOTHING);
  return { ...state, refetch: query?.refetch ?? noRefetch, set: query?.set ?? noSet };
}

/** Runs `run` once the page has nothing else to do (at most ~300 ms later). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
  else setTimeout(run, 50);
}

async function noRefetch(): Promise<void> {}
function noSet(): void {}
