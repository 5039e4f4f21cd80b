import { useEffect, useRef } from 'react';

/** True when a key press belongs to a field or an open dialog rather than to a page shortcut. */
function typingOrInDialog(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"], [role=grid], [role=menu]')) return true;
  return document.querySelector('dialog[open]') !== null;
}

/**
 * A single-key shortcut (like N for "new session") for the page while it is mounted. Ignored while
 * the user types in a field, works in a grid or has a dialog open, and with Ctrl/Alt/Meta held
 * (those belong to the browser or the Electron menu).
 */
export function useShortcut(key: string, action: () => void): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== key || event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
      if (typingOrInDialog(event)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [key]);
}
