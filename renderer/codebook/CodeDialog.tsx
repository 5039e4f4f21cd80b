import { useId, useState } from 'react';
import type { Code, CodeDescription } from '../../shared/domain/coding';
import type { MessageId } from '../../shared/i18n/catalogue';
import { invoke } from '../api';
import { useT } from '../i18n/useT';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { ColorPicker, isHexColor } from './ColorPicker';

interface CodeDialogProps {
  /** Editing this code, or creating a new one under `parent` (null: top level). */
  code: Code | null;
  parent: Code | null;
  /** A colour for a new code: the next unused one, so neighbouring codes differ. */
  suggestedColor: string;
  onDone: (code: Code) => void;
  onClose: () => void;
}

const DESCRIPTION_FIELDS: { key: keyof CodeDescription; label: MessageId; help: MessageId }[] = [
  { key: 'definition', label: 'codebook.definition', help: 'codebook.definitionHelp' },
  { key: 'whenToUse', label: 'codebook.whenToUse', help: 'codebook.whenToUseHelp' },
  { key: 'whenNotToUse', label: 'codebook.whenNotToUse', help: 'codebook.whenNotToUseHelp' },
  { key: 'example', label: 'codebook.example', help: 'codebook.exampleHelp' },
];

/** Name, colour and the codebook description of a code: for a new code and for editing one. */
export function CodeDialog({ code, parent, suggestedColor, onDone, onClose }: CodeDialogProps) {
  const { t } = useT();
  const [name, setName] = useState(code?.name ?? '');
  const [color, setColor] = useState(code?.color ?? suggestedColor);
  const [description, setDescription] = useState<Record<keyof CodeDescription, string>>({
    definition: code?.definition ?? '',
    whenToUse: code?.whenToUse ?? '',
    whenNotToUse: code?.whenNotToUse ?? '',
    example: code?.example ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const colorLabel = useId();

  const submit = async () => {
    const trimmed = name.trim();
    if (trimmed === '') return setError(t('codebook.nameMissing'));
    if (trimmed.includes('/')) return setError(t('codebook.nameSlash'));
    if (!isHexColor(color)) return setError(t('codebook.colourInvalid'));
    const text = (k: keyof CodeDescription) => (description[k].trim() === '' ? null : description[k]);
    const desc = {
      definition: text('definition'),
      whenToUse: text('whenToUse'),
      whenNotToUse: text('whenNotToUse'),
      example: text('example'),
    };
    setBusy(true);
    const r = code
      ? await invoke('codes:update', { id: code.id, name: trimmed, color, description: desc })
      : await invoke('codes:create', { name: trimmed, parentId: parent?.id ?? null, color, description: desc });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    onDone(r.value);
  };

  const title = code
    ? t('codebook.editCodeTitle', { name: code.name })
    : parent
      ? t('codebook.newSubCodeTitle', { name: parent.name })
      : t('codebook.newCode');
  const descriptionFields = DESCRIPTION_FIELDS.map((f) => (
    <Field key={f.key} label={t(f.label)}>
      {(id) => (
        <textarea
          id={id}
          rows={f.key === 'definition' ? 3 : 2}
          placeholder={t(f.help)}
          value={description[f.key]}
          onChange={(e) => setDescription((d) => ({ ...d, [f.key]: e.target.value }))}
        />
      )}
    </Field>
  ));

  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={() => void submit()}
      description={parent && !code ? <span className="mono">{parent.path}/…</span> : undefined}
      footer={
        <SubmitFooter onCancel={onClose} disabled={busy}>
          {busy ? t('common.saving') : code ? t('common.save') : t('codebook.createCode')}
        </SubmitFooter>
      }
    >
      <div className="code-name-row">
        <span className="swatch swatch-large" style={{ backgroundColor: isHexColor(color) ? color : 'transparent' }} aria-hidden />
        <Field label={t('common.name')} className="code-name-field">
          {(id) => <input id={id} type="text" value={name} maxLength={120} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
        </Field>
      </div>
      <div className="field">
        <span className="field-label" id={colorLabel}>
          {t('codebook.colour')}
        </span>
        <ColorPicker value={color} onChange={setColor} labelId={colorLabel} />
      </div>
      {code ? (
        descriptionFields
      ) : (
        <details className="code-description-details">
          <summary>{t('codebook.descriptionSummary')}</summary>
          {descriptionFields}
        </details>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
