import type { Code } from '../../shared/domain/coding';
import type { MenuItem } from '../ui/Menu';

/** What the row menu can open; the panel decides how (dialogs, inline rename, callbacks). */
export type CodeDialogState =
  | { kind: 'create'; parent: Code | null }
  | { kind: 'edit'; code: Code }
  | { kind: 'pin'; code: Code }
  | { kind: 'merge'; code: Code }
  | { kind: 'split'; code: Code }
  | { kind: 'delete'; code: Code };

export interface MenuActions {
  open: (dialog: CodeDialogState) => void;
  rename: (code: Code) => void;
  unpin: (code: Code) => void;
  retrieve: (codeId: string) => void;
  memo: (codeId: string) => void;
}

/** The row menu of a code, in the order a researcher reaches for things. */
export function codeMenuItems(code: Code, { open, rename, unpin, retrieve, memo }: MenuActions): MenuItem[] {
  return [
    { label: 'Retrieve passages', onSelect: () => retrieve(code.id) },
    { label: 'Memo', onSelect: () => memo(code.id) },
    { label: 'New sub-code…', onSelect: () => open({ kind: 'create', parent: code }) },
    { label: 'Rename', onSelect: () => rename(code) },
    { label: 'Edit description & colour…', onSelect: () => open({ kind: 'edit', code }) },
    code.pinned === null
      ? { label: 'Pin to key…', onSelect: () => open({ kind: 'pin', code }) }
      : { label: `Unpin from key ${code.pinned}`, onSelect: () => unpin(code) },
    ...(code.pinned !== null ? [{ label: 'Pin to another key…', onSelect: () => open({ kind: 'pin', code }) }] : []),
    { label: 'Merge into…', onSelect: () => open({ kind: 'merge', code }) },
    { label: 'Split…', onSelect: () => open({ kind: 'split', code }) },
    { label: 'Delete…', onSelect: () => open({ kind: 'delete', code }), danger: true },
  ];
}
