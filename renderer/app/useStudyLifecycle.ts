import { useCallback, useEffect, useRef, useState } from 'react';
import type { Out } from '../../shared/ipc/contract';
import type { StudySummary } from '../../shared/domain/study';
import type { Result } from '../../shared/result';
import { invoke, on } from '../api';
import { useLanguage } from '../i18n/useT';
import { flushAll } from './flushers';
import { useToast } from '../ui/Toast';

export type AppInfo = Out<'app:info'>;

/** What the window shows: nothing yet, the welcome screen, or one open study. */
export type View = { kind: 'loading' } | { kind: 'welcome' } | { kind: 'study'; summary: StudySummary };

/** A failure to show where the user acted (a dialog field), or null when it worked or was cancelled. */
export type Outcome = string | null;

/**
 * Opening, creating and closing studies, shared by the welcome screen, the study header and the
 * Electron menu so that every entry point runs the same flow.
 */
export function useStudyLifecycle() {
  const toast = useToast();
  const { locale } = useLanguage();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });

  const showCurrent = useCallback(async () => {
    const current = await invoke('study:current', {});
    if (!current.ok) {
      toast.error(current.error.message);
      setView({ kind: 'welcome' });
      return;
    }
    setView(current.value ? { kind: 'study', summary: current.value } : { kind: 'welcome' });
  }, [toast]);

  useEffect(() => {
    void (async () => {
      const result = await invoke('app:info', {});
      if (result.ok) setInfo(result.value);
      else toast.error(result.error.message);
      // Reloading the page (or a second tab) picks up the study the backend already has open.
      await showCurrent();
    })();
  }, [toast, showCurrent]);

  // The backend holds one open study per process: if another window or tab switched it, follow.
  const shownPath = useRef<string | null>(null);
  useEffect(() => {
    shownPath.current = view.kind === 'study' ? view.summary.path : null;
  }, [view]);
  useEffect(
    () =>
      on('study:changed', ({ path }) => {
        if (path !== shownPath.current) void showCurrent();
      }),
    [showCurrent],
  );

  const adopt = useCallback((result: Result<StudySummary>): Outcome => {
    if (result.ok) {
      setView({ kind: 'study', summary: result.value });
      return null;
    }
    return result.error.code === 'CANCELLED' ? null : result.error.message;
  }, []);

  // Every way of leaving the open study first writes what the screens still hold (a note typed
  // but not yet autosaved): after the switch its save would reach the wrong study, or none.
  const createStudy = useCallback(
    async (title: string): Promise<Outcome> => {
      await flushAll();
      return adopt(await invoke('study:create', { title, language: locale }));
    },
    [adopt, locale],
  );

  /** Without a path, Electron shows its open dialog; browser mode must always pass one. */
  const openStudy = useCallback(
    async (path?: string): Promise<Outcome> => {
      await flushAll();
      return adopt(await invoke('study:open', path ? { path } : {}));
    },
    [adopt],
  );

  const openSample = useCallback(async (): Promise<Outcome> => {
    await flushAll();
    return adopt(await invoke('study:openSample', {}));
  }, [adopt]);

  const closeStudy = useCallback(async () => {
    await flushAll();
    const result = await invoke('study:close', {});
    if (result.ok) setView({ kind: 'welcome' });
    else toast.error(result.error.message);
  }, [toast]);

  const updateSummary = useCallback((summary: StudySummary) => setView({ kind: 'study', summary }), []);

  return { info, view, createStudy, openStudy, openSample, closeStudy, updateSummary };
}
