import { CODE_COLORS, type Code } from '../../shared/domain/coding';
import { invoke } from '../api';
import { useT } from '../i18n/useT';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useToast } from '../ui/Toast';
import { CodeDialog } from './CodeDialog';
import { MergeDialog } from './MergeDialog';
import { PinDialog } from './PinDialog';
import { SplitDialog } from './SplitDialog';
import { branchOf } from './treeRows';
import type { CodeDialogState } from './codeMenu';

interface CodebookDialogsProps {
  dialog: CodeDialogState;
  codes: Code[];
  selectedCodeId: string | null;
  onSelect: (id: string | null) => void;
  onPin: (code: Code, pin: number | null) => void;
  onClose: () => void;
}

/** The first colour no code uses yet (else the least used), so a new code stands apart from the rest. */
function nextColor(codes: Code[]): string {
  const uses = new Map<string, number>(CODE_COLORS.map((c) => [c, 0]));
  for (const c of codes) if (uses.has(c.color)) uses.set(c.color, uses.get(c.color)! + 1);
  return [...uses].sort((a, b) => a[1] - b[1])[0]![0];
}

/** The dialog the codebook has open, with what happens when it finishes. */
export function CodebookDialogs({ dialog, codes, selectedCodeId, onSelect, onPin, onClose }: CodebookDialogsProps) {
  const { t } = useT();
  const toast = useToast();
  // What changed reaches every screen through the change event; the dialog only closes.
  const done = onClose;

  switch (dialog.kind) {
    case 'create':
    case 'edit':
      return (
        <CodeDialog
          code={dialog.kind === 'edit' ? dialog.code : null}
          parent={dialog.kind === 'create' ? dialog.parent : null}
          suggestedColor={nextColor(codes)}
          onClose={onClose}
          onDone={(code) => {
            done();
            if (dialog.kind === 'create') onSelect(code.id);
          }}
        />
      );
    case 'pin':
      return (
        <PinDialog
          code={dialog.code}
          codes={codes}
          onClose={onClose}
          onPin={(pin) => {
            onClose();
            onPin(dialog.code, pin);
          }}
        />
      );
    case 'merge':
      return (
        <MergeDialog
          source={dialog.code}
          codes={codes}
          onClose={onClose}
          onMerged={(target, backupPath) => {
            done();
            if (selectedCodeId === dialog.code.id) onSelect(target.id);
            toast.info(t('codebook.mergedToast', { source: dialog.code.name, target: target.name, path: backupPath }));
          }}
        />
      );
    case 'split':
      return (
        <SplitDialog
          code={dialog.code}
          onClose={onClose}
          onSplit={(created, moved) => {
            done();
            toast.info(t('codebook.splitToast', { count: moved, source: dialog.code.name, target: created.name }));
          }}
        />
      );
    case 'delete': {
      const { code } = dialog;
      const branch = branchOf(codes, code.id);
      const subCodes = branch.size - 1;
      return (
        <ConfirmDialog
          title={t('codebook.deleteTitle', { name: code.name })}
          confirmLabel={t('codebook.deleteCode')}
          onClose={onClose}
          onConfirm={async () => {
            const r = await invoke('codes:delete', { id: code.id });
            if (!r.ok) return r.error.message;
            done();
            if (selectedCodeId && branch.has(selectedCodeId)) onSelect(null);
            toast.info(t('codebook.deletedToast', { name: code.name, path: r.value.backupPath }));
            return null;
          }}
        >
          <p>{t('codebook.deleteBody', { codings: code.totalCodings, subCodes })}</p>
          <p>{t('codebook.deleteBackup')}</p>
        </ConfirmDialog>
      );
    }
  }
}
