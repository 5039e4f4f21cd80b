import { useState } from 'react';
import type { Outcome } from '../app/useStudyLifecycle';
import { Field } from '../ui/Field';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';
import { RecentList } from './RecentList';
import { useRecent } from './useRecent';

interface OpenStudyDialogProps {
  onOpen: (path: string) => Promise<Outcome>;
  onClose: () => void;
}

/** Browser mode has no file picker that yields a path, so the user types or pastes one. */
export function OpenStudyDialog({ onOpen, onClose }: OpenStudyDialogProps) {
  const { recent, forget } = useRecent();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async (target: string) => {
    if (target.trim() === '') {
      setError('Type the path of a .verbatim file.');
      return;
    }
    setBusy(true);
    setError(await onOpen(target.trim()));
    setBusy(false);
  };

  return (
    <Dialog
      title="Open study"
      onClose={onClose}
      onSubmit={() => void open(path)}
      footer={
        <SubmitFooter onCancel={onClose} disabled={busy}>
          {busy ? 'Opening…' : 'Open'}
        </SubmitFooter>
      }
    >
      <Field label="Path of the study file">
        {(id) => (
          <input
            id={id}
            type="text"
            className="mono"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="/home/you/Studies/Checkout interviews.verbatim"
            spellCheck={false}
            aria-invalid={error !== null}
          />
        )}
      </Field>
      <DialogError message={error} />
      <h3 className="subheading">Recent studies</h3>
      <RecentList recent={recent} label="Recent studies to open" onOpen={(p) => void open(p)} onForget={(p) => void forget(p)} />
    </Dialog>
  );
}
