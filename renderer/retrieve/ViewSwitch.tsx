import { useEffect, useRef } from 'react';
import { keysBelongTo } from '../ui/keysBelongTo';
import { ViewButtons } from '../ui/ViewButtons';
import { useT } from '../i18n/useT';
import './filters.css';

/** What the coding workspace shows in its centre: the open transcript, or the selected code's passages. */
export type WorkspaceView = 'transcript' | 'passages';

// Besides fields and editors (the workspace's own rule), menus and dialogs keep their letters.
const OWN_LETTERS = '[role=menu], [role=dialog]';

/**
 * The key that switches views (P, for passages): on the page body or anywhere inside the workspace,
 * never while a field, menu or dialog has the keyboard, and never with Ctrl/Alt/Meta held (those
 * belong to the browser and the app menu).
 */
export function useViewKey(root: HTMLElement | null, toggle: () => void): void {
  const latest = useRef(toggle);
  useEffect(() => {
    latest.current = toggle;
  });
  useEffect(() => {
    if (!root) return;
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key.toLowerCase() !== 'p' ||
        event.ctrlKey ||
        event.altKey ||
        event.metaKey ||
        event.shiftKey ||
        event.repeat ||
        event.defaultPrevented
      )
        return;
      const target = event.target instanceof Element ? event.target : document.body;
      if (target !== document.body && !root.contains(target)) return;
      if (keysBelongTo(target) || target.closest(OWN_LETTERS) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [root]);
}

/** Two tabs above the transcript list: Transcript and Passages, with the key that switches. */
export function ViewSwitch({ view, onView }: { view: WorkspaceView; onView(view: WorkspaceView): void }) {
  const { t } = useT();
  const views = [
    { id: 'transcript', label: t('common.transcript'), title: t('retrieve.viewTranscriptHint') },
    { id: 'passages', label: t('common.passages'), title: t('retrieve.viewPassagesHint') },
  ] as const;
  return (
    <ViewButtons label={t('retrieve.centreView')} views={views} current={view} onView={onView} keyshortcuts="P">
      {/* The key itself, the same on every keyboard: not words to translate. */}
      <kbd className="view-switch-key" aria-hidden translate="no">
        P
      </kbd>
    </ViewButtons>
  );
}
