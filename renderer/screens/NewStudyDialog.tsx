import { useState } from 'react';
import type { AppInfo, Outcome } from '../app/useStudyLifecycle';
import { Field } from '../ui/Field';
import { Dialog, DialogError } from '../ui/Dialog';

interface NewStudyDialogProps {
  info: AppInfo | null;
  onCreate: (title: string) => Promise<Outcome>;
  onClose: () => void;
}

export function NewStudyDialog({ info, onCreate, onClose }: NewStudyDialogProps) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (title.trim() === '') {
      setError('Give the study a title.');
      return;
    }
    setBusy(true);
    setError(await onCreate(title.trim()));
    setBusy(false);
  };

  return (
    <Dialog
      title="New study"
      onClose={onClose}
      onSubmit={() => void submit()}
      size="small"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Creating…' : info?.nativeDialogs ? 'Choose where to save…' : 'Create study'}
          </button>
        </>
      }
    >
      <Field label="Study title">
        {(id) => (
          <input
            id={id}
            type="text"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Checkout redesign — spring interviews"
            aria-invalid={error !== null}
          />
        )}
      </Field>
      {info && !info.nativeDialogs && (
        <p className="field-help">
          The study file is saved in <span className="path">{info.studiesDir}</span>
        </p>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
