import { useCallback, useEffect, useRef, useState } from 'react';
import type { Memo, MemoTarget } from '../../shared/domain/coding';
import type { Result } from '../../shared/result';
import { invoke } from '../api';

/** A memo in a list: `key` stays the same when a new memo gets its id from its first save. */
export interface MemoItem<M extends Memo = Memo> {
  key: string;
  memo: M | null;
}

/**
 * A list of memos, newest first, with drafts at the top that exist only until something is typed.
 * `load` is read again whenever `loadKey` changes; `onSave` turns what a save answers into the list's
 * memo (it gets the memo as it was, null for a draft).
 */
export function useMemoItems<M extends Memo>(
  load: () => Promise<Result<M[]>>,
  loadKey: string,
  onSave: (before: M | null, memo: Memo) => M,
) {
  const [items, setItems] = useState<MemoItem<M>[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draftCount = useRef(0);
  // The loader and the save mapping are new functions on every render: the latest is used, and only
  // `loadKey` decides when to read again.
  const latest = useRef({ load, onSave });
  useEffect(() => {
    latest.current = { load, onSave };
  });

  useEffect(() => {
    let live = true;
    void latest.current.load().then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error.message);
      const sorted = [...r.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      setItems(sorted.map((memo) => ({ key: memo.id, memo })));
      setError(null);
    });
    return () => {
      live = false;
    };
  }, [loadKey]);

  /** Adds an empty memo at the top and returns its key. */
  const add = useCallback(() => {
    const key = `draft-${++draftCount.current}`;
    setItems((all) => [{ key, memo: null }, ...(all ?? [])]);
    return key;
  }, []);

  const saved = useCallback((key: string, memo: Memo) => {
    setItems((all) => all?.map((item) => (item.key === key ? { key, memo: latest.current.onSave(item.memo, memo) } : item)) ?? all);
  }, []);

  const remove = useCallback((key: string) => setItems((all) => all?.filter((item) => item.key !== key) ?? all), []);

  return { items, error, add, saved, remove };
}

/** The memos of one target. */
export function useMemoList(target: MemoTarget) {
  // The target is an object; compare it by value so a parent's re-render does not reload the list.
  const targetKey = target.kind === 'project' ? 'project' : `${target.kind}:${target.id}`;
  return useMemoItems(
    () => invoke('memos:list', { target }),
    targetKey,
    (_before, memo) => memo,
  );
}
