import { useCallback, useEffect, useRef, useState } from 'react';
import type { Memo, MemoTarget } from '../../shared/domain/coding';
import { invoke } from '../api';
import type { MessageId } from '../../shared/i18n/catalogue';
import { registerFlusher } from '../app/flushers';

export type SaveStatus = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';

/** How long typing must pause before a memo is saved. */
export const IDLE_MS = 800;

/**
 * Keeps one memo saved while it is edited: after 800 ms without typing, when the field loses focus,
 * and when the editor goes away. A new memo gets its id here, so every save of it names the same
 * memo (the first creates it, the others update it). Saves do not overlap: a change made while one
 * is on its way is sent after it, except when the page is going away (see `flush`).
 */
export function useMemoAutosave(memo: Memo | null, target: MemoTarget, onSaved: (memo: Memo) => void) {
  const [title, setTitle] = useState(memo?.title ?? '');
  const [body, setBody] = useState(memo?.body ?? '');
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  // `stored`: the memo has a row (it existed, or a save of it succeeded).
  const latest = useRef({ id: memo?.id ?? crypto.randomUUID(), stored: memo !== null, title: memo?.title ?? '', body: memo?.body ?? '', target, onSaved });
  const dirty = useRef(false);
  const saving = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);

  // The target stays the one the editor was mounted with: a save on unmount must never land on
  // whatever the parent shows next.
  useEffect(() => {
    latest.current.onSaved = onSaved;
  });

  /** Sends one save; false when it failed (the change stays dirty for the next attempt). */
  const saveOnce = useCallback(async (): Promise<boolean> => {
    const now = latest.current;
    dirty.current = false;
    setStatus('saving');
    const r = await invoke('memos:save', { id: now.id, target: now.target, title: now.title, body: now.body });
    if (!r.ok) {
      dirty.current = true;
      setStatus('error');
      setError(r.error.message);
      return false;
    }
    latest.current.stored = true;
    setError(null);
    setStatus(dirty.current ? 'unsaved' : 'saved');
    latest.current.onSaved(r.value);
    return true;
  }, []);

  /** True when a new memo nobody has written anything in yet: not worth a row. */
  const empty = useCallback(() => {
    const now = latest.current;
    return !now.stored && now.title.trim() === '' && now.body.trim() === '';
  }, []);

  const flush = useCallback(async (leaving = false): Promise<void> => {
    window.clearTimeout(timer.current);
    // A page that is going away never hears back from a save on its way; waiting for it would
    // keep the newest words from ever being sent. Sent after it, they land after it.
    if (leaving) {
      if (dirty.current && !empty()) await saveOnce();
      return;
    }
    for (;;) {
      if (saving.current) {
        await saving.current;
        continue;
      }
      if (!dirty.current || empty()) return;
      const attempt = saveOnce();
      saving.current = attempt.then(() => undefined);
      const ok = await attempt;
      saving.current = null;
      if (!ok) return;
    }
  }, [saveOnce, empty]);

  const edit = useCallback(
    (field: 'title' | 'body', value: string) => {
      latest.current[field] = value;
      if (field === 'title') setTitle(value);
      else setBody(value);
      dirty.current = true;
      setStatus('unsaved');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), IDLE_MS);
    },
    [flush],
  );

  // Closing the panel or switching memos mid-sentence still saves what was typed.
  useEffect(() => () => void flush(), [flush]);

  // So does closing the window, the tab or the study (renderer/app/leaveGuard.ts, useStudyLifecycle.ts).
  useEffect(
    () =>
      registerFlusher(flush, () => saving.current !== null || (dirty.current && !empty())),
    [flush, empty],
  );

  /** Saves what is pending and answers the memo's id (null: never saved, nothing in it). */
  const settle = useCallback(async () => {
    await flush();
    return latest.current.stored ? latest.current.id : null;
  }, [flush]);

  return { title, body, status, error, edit, flush, settle };
}

/** The message for the save indicator, by status (idle shows nothing). */
export const STATUS_MESSAGES: Record<SaveStatus, MessageId | null> = {
  idle: null,
  unsaved: 'memos.statusEditing',
  saving: 'common.saving',
  saved: 'memos.statusSaved',
  error: 'memos.statusError',
};
