import { useEffect, useState } from 'react';
import type { Memo, MemoTarget } from '../../shared/domain/coding';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { AppFailure } from '../../shared/result';
import { invoke } from '../api';
import { registerFlusher } from '../app/flushers';
import { MemoSaver, type SaveStatus } from './memoSaver';

export type { SaveStatus } from './memoSaver';

/**
 * Keeps one memo saved while it is edited (see memoSaver.ts): as the researcher types, when the
 * field loses focus, when the editor goes away, and when the window, the tab or the study closes.
 */
export function useMemoAutosave(memo: Memo | null, target: MemoTarget, onSaved: (memo: Memo) => void) {
  const [title, setTitle] = useState(memo?.title ?? '');
  const [body, setBody] = useState(memo?.body ?? '');
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [stopped, setStopped] = useState<AppFailure | null>(null);
  // One saver for the editor's life: the memo and target it was mounted with.
  const [saver] = useState(
    () =>
      new MemoSaver({
        memo,
        target,
        save: (input) => invoke('memos:save', input),
        onSaved,
        onStatus: setStatus,
        onError: setError,
        onStopped: setStopped,
      }),
  );
  // The owner's onSaved may change between renders: the saver calls the latest.
  useEffect(() => saver.setOnSaved(onSaved));

  // Closing the window, the tab or the study writes what is unsaved first (renderer/app/leaveGuard.ts,
  // useStudyLifecycle.ts); so does closing the panel or switching memos mid-sentence.
  useEffect(() => {
    const unregister = registerFlusher(
      (leaving) => saver.flush(leaving),
      () => saver.isDirty(),
    );
    return () => {
      unregister();
      void saver.flush();
    };
  }, [saver]);

  const edit = (field: 'title' | 'body', value: string) => {
    if (field === 'title') setTitle(value);
    else setBody(value);
    saver.edit(field, value);
  };

  return {
    title,
    body,
    status,
    error,
    stopped,
    edit,
    flush: () => saver.flush(),
    settle: () => saver.settle(),
    saveAsNew: () => saver.saveAsNew(),
  };
}

/** The message for the save indicator, by status (idle shows nothing). */
export const STATUS_MESSAGES: Record<SaveStatus, MessageId | null> = {
  idle: null,
  unsaved: 'memos.statusEditing',
  saving: 'common.saving',
  saved: 'memos.statusSaved',
  error: 'memos.statusRetrying',
  stopped: 'memos.statusError',
};
