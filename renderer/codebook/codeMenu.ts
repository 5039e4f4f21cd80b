import type { Code } from '../../shared/domain/coding';
import type { Translator } from '../../shared/i18n/translator';
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
export function codeMenuItems(code: Code, { open, rename, unpin, retrieve, memo }: MenuActions, t: Translator['t']): MenuItem[] {
  return [
    { label: t('codebook.menuRetrieve'), onSelect: () => retrieve(code.id) },
    { label: t('common.memo'), onSelect: () => memo(code.id) },
    { label: t('codebook.menuNewSubCode'), onSelect: () => open({ kind: 'create', parent: code }) },
    { label: t('common.rename'), onSelect: () => rename(code) },
    { label: t('codebook.menuEdit'), onSelect: () => open({ kind: 'edit', code }) },
    code.pinned === null
      ? { label: t('codebook.menuPin'), onSelect: () => open({ kind: 'pin', code }) }
      : { label: t('codebook.menuUnpin', { key: code.pinned }), onSelect: () => unpin(code) },
    ...(code.pinned !== null ? [{ label: t('codebook.menuPinOther'), onSelect: () => open({ kind: 'pin', code }) }] : []),
    { label: t('codebook.menuMerge'), onSelect: () => open({ kind: 'merge', code }) },
    { label: t('codebook.menuSplit'), onSelect: () => open({ kind: 'split', code }) },
    { label: t('codebook.menuDelete'), onSelect: () => open({ kind: 'delete', code }), danger: true },
  ];
}
