import { useState } from 'react';
import type { AppInfo, Outcome } from '../app/useStudyLifecycle';
import { Field } from '../ui/Field';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';

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
        <SubmitFooter onCancel={onClose} disabled={busy}>
          {busy ? 'Creating…' : info?.nativeDialogs ? 'Choose where to save…' : 'Create study'}
        </SubmitFooter>
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
