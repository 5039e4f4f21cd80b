import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

/** A message in the corner: failures stay until dismissed, confirmations fade on their own. */
interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
  action?: ToastAction;
}

/** A button on a confirmation ("Undo"); pressing it dismisses the toast. */
export interface ToastAction {
  label: string;
  run(): void;
}

interface ToastApi {
  error(message: string): void;
  info(message: string, action?: ToastAction): void;
}

const ToastContext = createContext<ToastApi | null>(null);

const INFO_MS = 6000;
/** A confirmation with a button ("Undo") stays longer: time to read it and decide. */
const ACTION_MS = 12000;
const MAX_VISIBLE = 4;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (kind: Toast['kind'], message: string, action?: ToastAction) => {
      const id = nextId.current++;
      // The same failure twice in a row (a retried click) is shown once, not stacked.
      setToasts((all) => [...all.filter((t) => t.message !== message), { id, kind, message, action }].slice(-MAX_VISIBLE));
      if (kind === 'info') window.setTimeout(() => dismiss(id), action ? ACTION_MS : INFO_MS);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(() => ({ error: (m) => push('error', m), info: (m, action) => push('info', m, action) }), [push]);

  const errors = toasts.filter((t) => t.kind === 'error');
  const infos = toasts.filter((t) => t.kind === 'info');
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts">
        {/* Two live regions so screen readers interrupt for failures but not for confirmations. */}
        <div role="alert" className="toast-stack">
          {errors.map((t) => (
            <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
        <div role="status" className="toast-stack">
          {infos.map((t) => (
            <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const { t } = useT();
  return (
    <div className={`toast toast-${toast.kind}`}>
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button button-small toast-action"
          onClick={() => {
            onDismiss(toast.id);
            toast.action!.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('ui.dismissMessage')} onClick={() => onDismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside ToastProvider');
  return api;
}
