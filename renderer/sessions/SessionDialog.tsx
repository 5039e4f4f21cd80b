import { useState } from 'react';
import type { Session, SessionKind } from '../../shared/domain/study';
import { Field } from '../ui/Field';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';
import { SessionKindSelect } from './SessionKindSelect';

/** What the form edits; empty strings become null when sent. */
export interface SessionDraft {
  kind: SessionKind;
  title: string;
  date: string;
  place: string;
  moderator: string;
  notes: string;
}

interface SessionDialogProps {
  /** The session being edited, or null for a new one. */
  session: Session | null;
  onSave: (draft: SessionDraft) => Promise<string | null>;
  onClose: () => void;
}

function draftOf(s: Session | null): SessionDraft {
  return {
    kind: s?.kind ?? 'interview',
    title: s?.title ?? '',
    date: s?.date ?? '',
    place: s?.place ?? '',
    moderator: s?.moderator ?? '',
    notes: s?.notes ?? '',
  };
}

/** Create or edit a session. Enter saves from any one-line field; Ctrl+Enter saves from the notes. */
export function SessionDialog({ session, onSave, onClose }: SessionDialogProps) {
  const [draft, setDraft] = useState<SessionDraft>(() => draftOf(session));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof SessionDraft>(key: K, value: SessionDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    if (draft.title.trim() === '') {
      setError('Give the session a title.');
      return;
    }
    setBusy(true);
    setError(await onSave(draft));
    setBusy(false);
  };

  return (
    <Dialog
      title={session ? 'Edit session' : 'New session'}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <SubmitFooter onCancel={onClose} disabled={busy}>
          {busy ? 'Saving…' : session ? 'Save changes' : 'Add session'}
        </SubmitFooter>
      }
    >
      <div className="form-grid">
        <Field label="Kind">
          {(id) => <SessionKindSelect id={id} value={draft.kind} onChange={(kind) => set('kind', kind)} />}
        </Field>
        <Field label="Title" className="field-wide">
          {(id) => (
            <input
              id={id}
              type="text"
              value={draft.title}
              maxLength={200}
              data-autofocus
              onChange={(e) => set('title', e.target.value)}
              placeholder="e.g. Focus group 2 — frequent shoppers"
            />
          )}
        </Field>
        <Field label="Date">
          {(id) => (
            <input id={id} type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />
          )}
        </Field>
        <Field label="Place" className="field-wide">
          {(id) => (
            <input id={id} type="text" value={draft.place} maxLength={200} onChange={(e) => set('place', e.target.value)} placeholder="City, venue or “Remote”" />
          )}
        </Field>
        <Field label="Moderator" className="field-full">
          {(id) => (
            <input id={id} type="text" value={draft.moderator} maxLength={200} onChange={(e) => set('moderator', e.target.value)} />
          )}
        </Field>
        <Field label="Notes" className="field-full">
          {(id) => (
            <textarea
              id={id}
              rows={4}
              value={draft.notes}
              maxLength={20000}
              onChange={(e) => set('notes', e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void submit();
                }
              }}
            />
          )}
        </Field>
      </div>
      <DialogError message={error} />
    </Dialog>
  );
}
