import { useState } from 'react';
import type { Participant, Session } from '../../shared/domain/study';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';
import { useT } from '../i18n/useT';
import { draftOf, draftTouched, SessionFieldsForm, type SessionDraft } from './SessionFieldsForm';

export type { SessionDraft } from './SessionFieldsForm';

interface SessionDialogProps {
  /** The session being edited, or null for a new one. */
  session: Session | null;
  people: Participant[];
  onSave: (draft: SessionDraft) => Promise<string | null>;
  onClose: () => void;
}

/**
 * Create or edit a session. Enter saves from any one-line field; Ctrl+Enter saves from the notes.
 * Escape, × and Cancel ask before throwing away what was typed: a moderator setting up a session
 * minutes before it starts must not lose it to a stray key.
 */
export function SessionDialog({ session, people, onSave, onClose }: SessionDialogProps) {
  const { t } = useT();
  const [initial] = useState<SessionDraft>(() => draftOf(session));
  const [draft, setDraft] = useState<SessionDraft>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [askDiscard, setAskDiscard] = useState(false);

  const submit = async () => {
    if (draft.title.trim() === '') {
      setError(t('sessions.titleMissing'));
      return;
    }
    setBusy(true);
    setError(await onSave(draft));
    setBusy(false);
  };
  const close = () => (draftTouched(draft, initial) ? setAskDiscard(true) : onClose());

  return (
    <>
      <Dialog
        title={session ? t('sessions.editTitle') : t('common.newSession')}
        onClose={close}
        onSubmit={() => void submit()}
        footer={
          <SubmitFooter onCancel={close} disabled={busy}>
            {busy ? t('common.saving') : session ? t('sessions.saveChanges') : t('sessions.addSession')}
          </SubmitFooter>
        }
      >
        <SessionFieldsForm draft={draft} onChange={setDraft} people={people} onSubmit={() => void submit()} autoFocusTitle />
        <DialogError message={error} />
      </Dialog>
      {askDiscard && (
        <ConfirmDialog
          title={session ? t('sessions.discardChangesTitle') : t('sessions.discardNewTitle')}
          confirmLabel={session ? t('sessions.discardChanges') : t('sessions.discardSession')}
          cancelLabel={t('sessions.keepEditing')}
          onConfirm={async () => {
            onClose();
            return null;
          }}
          onClose={() => setAskDiscard(false)}
        >
          <p>{session ? t('sessions.discardChangesBody', { title: session.title }) : t('sessions.discardNewBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
