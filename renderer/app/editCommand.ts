const EDITABLE = 'input, textarea, [contenteditable="true"]';

/**
 * Edit ▸ Undo/Redo from the Electron menu. In a text field (or the turn editor) it is that field's
 * own undo; anywhere else it is the study's undo history, reached through the same keyboard
 * shortcut the coding workspace already listens for, so there is one code path for both.
 */
export function runEditCommand(which: 'undo' | 'redo'): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.closest(EDITABLE)) {
    // Deprecated but still the only way to ask Chromium for a field's native undo.
    document.execCommand(which);
    return;
  }
  const target = active instanceof HTMLElement ? active : document.body;
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: which === 'redo', bubbles: true, cancelable: true }),
  );
}
