import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { AppInfo, Outcome } from '../app/useStudyLifecycle';
import { useT } from '../i18n/useT';
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
  const { t } = useT();

  const submit = async () => {
    if (title.trim() === '') {
      setError(t('screens.studyTitleRequired'));
      return;
    }
    setBusy(true);
    setError(await onCreate(title.trim()));
    setBusy(false);
  };

  return (
    <Dialog
      title={t('screens.newStudy')}
      onClose={onClose}
      onSubmit={() => void submit()}
      size="small"
      footer={
        <SubmitFooter onCancel={onClose} disabled={busy}>
          {busy ? t('screens.creating') : info?.nativeDialogs ? t('screens.chooseWhereToSave') : t('screens.createStudy')}
        </SubmitFooter>
      }
    >
      <Field label={t('screens.studyTitle')}>
        {(id) => (
          <input
            id={id}
            type="text"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('screens.studyTitlePlaceholder')}
            aria-invalid={error !== null}
          />
        )}
      </Field>
      {info && !info.nativeDialogs && (
        <p className="field-help">
          <FormattedMessage
            id="screens.savedIn"
            values={{
              path: (
                <span className="path" translate="no">
                  {info.studiesDir}
                </span>
              ),
            }}
          />
        </p>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
