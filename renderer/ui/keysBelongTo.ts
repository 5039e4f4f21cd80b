/** Where keys belong to what has the focus: fields, editors, and panels opened for writing (the memo panel). */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [data-own-keys]';

/** Whether keys pressed on `target` belong to it (a field, an editor, a panel that takes its own keys), not to the workspace. */
export function keysBelongTo(target: Element): boolean {
  return target.closest(TYPING) !== null || (target instanceof HTMLElement && target.isContentEditable);
}
