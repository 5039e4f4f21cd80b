import { useCallback, useEffect } from 'react';
import type { HistoryState } from '../../shared/domain/coding';
import { on } from '../api';
import { useQuery } from './useQuery';

const NONE: HistoryState = { undo: null, redo: null };

/**
 * What Undo and Redo would do now. Read once; after that every change event carries the state
 * after its write (shared/domain/dataChange.ts), so no read follows a keypress.
 */
export function useHistoryState(): [HistoryState, (next: HistoryState) => void] {
  const { data, set } = useQuery('history:state', {}, { kinds: [] });
  const put = useCallback((next: HistoryState) => set(() => next), [set]);
  useEffect(() => on('data:changed', (change) => change.history && put(change.history)), [put]);
  return [data ?? NONE, put];
}
