import { useCallback, useEffect, useRef, useState } from 'react';
import type { Memo, MemoOverview } from '../../shared/domain/coding';
import { invoke } from '../api';

/** A memo in the Memos tab's list: `key` stays the same when a new memo gets its id from its first save. */
export interface OverviewItem {
  key: string;
  memo: MemoOverview | null;
}

const PROJECT_PLACE = { about: 'The whole study', documentId: null, offset: null, codeId: null };

/** Every memo of the study, newest first, plus new project memos that exist only until something is typed. */
export function useMemoOverview() {
  const [items, setItems] = useState<OverviewItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draftCount = useRef(0);

  useEffect(() => {
    let live = true;
    void invoke('memos:overview', {}).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error.message);
      const sorted = [...r.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      setItems(sorted.map((memo) => ({ key: memo.id, memo })));
      setError(null);
    });
    return () => {
      live = false;
    };
  }, []);

  /** Adds an empty project memo at the top and returns its key. */
  const add = useCallback(() => {
    const key = `draft-${++draftCount.current}`;
    setItems((all) => [{ key, memo: null }, ...(all ?? [])]);
    return key;
  }, []);

  /** A save keeps what the memo is about; a new (project) memo gets the project's. */
  const saved = useCallback((key: string, memo: Memo) => {
    setItems((all) => all?.map((item) => (item.key === key ? { key, memo: { ...(item.memo ?? PROJECT_PLACE), ...memo } } : item)) ?? all);
  }, []);

  const remove = useCallback((key: string) => setItems((all) => all?.filter((item) => item.key !== key) ?? all), []);

  return { items, error, add, saved, remove };
}
