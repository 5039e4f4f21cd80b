import { useCallback, useEffect, useRef, useState } from 'react';
import type { Memo, MemoTarget } from '../../shared/domain/coding';
import { invoke } from '../api';

/** A memo in a list: `key` stays the same when a new memo gets its id from its first save. */
export interface MemoItem {
  key: string;
  memo: Memo | null;
}

/** The memos of one target, newest first, with drafts that exist only until something is typed. */
export function useMemoList(target: MemoTarget) {
  const [items, setItems] = useState<MemoItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draftCount = useRef(0);
  // The target is an object; compare it by value so a parent's re-render does not reload the list.
  const targetKey = target.kind === 'project' ? 'project' : `${target.kind}:${target.id}`;
  const targetRef = useRef(target);
  useEffect(() => {
    targetRef.current = target;
  });

  useEffect(() => {
    let live = true;
    void invoke('memos:list', { target: targetRef.current }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error.message);
      const sorted = [...r.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      setItems(sorted.map((memo) => ({ key: memo.id, memo })));
      setError(null);
    });
    return () => {
      live = false;
    };
  }, [targetKey]);

  /** Adds an empty memo at the top and returns its key. */
  const add = useCallback(() => {
    const key = `draft-${++draftCount.current}`;
    setItems((all) => [{ key, memo: null }, ...(all ?? [])]);
    return key;
  }, []);

  const saved = useCallback((key: string, memo: Memo) => {
    setItems((all) => all?.map((item) => (item.key === key ? { key, memo } : item)) ?? all);
  }, []);

  const remove = useCallback((key: string) => setItems((all) => all?.filter((item) => item.key !== key) ?? all), []);

  return { items, error, add, saved, remove };
}
