import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

interface DialogProps {
  title: string;
  /** Called for Escape, the close button and the Cancel button; the parent unmounts the dialog. */
  onClose: () => void;
  /** When given, the body is a form: Enter in a field submits it. */
  onSubmit?: () => void;
  children: ReactNode;
  /** Buttons at the bottom (a submit button goes here for forms). */
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'large';
  /** A short line under the title. */
  description?: ReactNode;
}

const FOCUSABLE = 'input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, makes the page behind
 * inert and turns Escape into a cancel. Mounted means open. Focus goes to the element marked
 * `data-autofocus` (or the first field, or the main button) and returns to whatever had it before, as the user expects
 * when they come back to the list they were working in.
 */
export function Dialog({ title, onClose, onSubmit, children, footer, size = 'medium', description }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const { t } = useT();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // A marked element, else the first field, else the main footer button (rather than the ×).
    const target =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>(`.dialog-body :is(${FOCUSABLE})`) ??
      [...dialog.querySelectorAll<HTMLElement>('.dialog-footer button:not([disabled])')].at(-1);
    target?.focus();
    return () => {
      dialog.close();
      // Only give focus back if nothing else claimed it meanwhile (e.g. a newly added row).
      if (previous?.isConnected && (document.activeElement === document.body || document.activeElement === null)) previous.focus();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };

  const content = (
    <>
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('ui.closeDialog')} onClick={() => onClose()}>
          ×
        </button>
      </header>
      {description && (
        <p id={descriptionId} className="dialog-description">
          {description}
        </p>
      )}
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </>
  );

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // React state decides whether the dialog is open, so the browser must not close it itself.
        event.preventDefault();
        onClose();
      }}
    >
      {onSubmit ? (
        <form onSubmit={submit} noValidate>
          {content}
        </form>
      ) : (
        content
      )}
    </dialog>
  );
}

/** A failure shown inside a dialog, where the page's toast region is inert behind the backdrop. */
export function DialogError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="inline-error">
      {message}
    </p>
  );
}

/** The usual form dialog footer: Cancel, then the submit button (disabled while busy). */
export function SubmitFooter({ onCancel, disabled, children }: { onCancel: () => void; disabled?: boolean; children: ReactNode }) {
  const { t } = useT();
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        {t('ui.cancel')}
      </button>
      <button type="submit" className="button button-primary" disabled={disabled}>
        {children}
      </button>
    </>
  );
}
