import { useState } from 'react';
import type { Participant } from '../../shared/domain/study';
import { invoke } from '../api';
import { useT } from '../i18n/useT';

/**
 * The line under the table for adding people one after another: type a name, Enter, type the next.
 * Focus stays in the field so a list from a recruiter's email can be typed in quickly.
 */
export function AddParticipantRow({ onAdded }: { onAdded: (p: Participant) => void }) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    const displayName = name.trim();
    if (displayName === '') {
      setError(t('participants.nameFirst'));
      return;
    }
    setBusy(true);
    const r = await invoke('participants:create', { displayName });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    setName('');
    onAdded(r.value);
  };

  return (
    <form
      className="add-row"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <span className="add-row-plus" aria-hidden="true">
        +
      </span>
      <input
        type="text"
        className="add-row-input"
        aria-label={t('participants.newNameLabel')}
        placeholder={t('participants.newNamePlaceholder')}
        value={name}
        maxLength={200}
        readOnly={busy}
        aria-invalid={error !== null}
        onChange={(e) => {
          setName(e.target.value);
          if (error) setError(null);
        }}
      />
      <button type="submit" className="button button-small" disabled={busy}>
        {t('participants.addParticipant')}
      </button>
      {error && (
        <p role="alert" className="inline-error add-row-error">
          {error}
        </p>
      )}
    </form>
  );
}
