import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { Dialog, DialogError } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Resolves to an error message to show, or null when done (the parent then closes the dialog). */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
  danger?: boolean;
  /** The safe button's words (default "Cancel"), e.g. "Keep editing" when the question is about losing typing. */
  cancelLabel?: string;
}

/** Asks before something that cannot be undone; the safe button has focus, so Enter does not destroy. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose, danger = true, cancelLabel }: ConfirmDialogProps) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setError(problem);
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      size="small"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {cancelLabel ?? t('ui.cancel')}
          </button>
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button button-primary'}
            onClick={() => void confirm()}
            disabled={busy}
          >
            {busy ? t('ui.working') : confirmLabel}
          </button>
        </>
      }
    >
      <div className="confirm-text">{children}</div>
      <DialogError message={error} />
    </Dialog>
  );
}
