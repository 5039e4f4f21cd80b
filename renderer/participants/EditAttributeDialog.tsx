import { useState } from 'react';
import type { Attribute } from '../../shared/domain/study';
import { invoke } from '../api';
import { Field } from '../ui/Field';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';
import { useT } from '../i18n/useT';
import { optionsProblem, parseLines } from './attributeForm';

/** Renames an attribute and, for a category, edits its list of values. */
export function EditAttributeDialog({
  attribute,
  onSaved,
  onClose,
}: {
  attribute: Attribute;
  onSaved: (a: Attribute) => void;
  onClose: () => void;
}) {
  const translator = useT();
  const { t } = translator;
  const [name, setName] = useState(attribute.name);
  const [optionsText, setOptionsText] = useState(attribute.options.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isCategory = attribute.type === 'category';

  const submit = async () => {
    const options = parseLines(optionsText);
    const problem = name.trim() === '' ? t('participants.attributeNameRequired') : isCategory ? optionsProblem(options, translator) : null;
    if (problem) return setError(problem);
    const nameChanged = name.trim() !== attribute.name;
    const optionsChanged = isCategory && options.join('\n') !== attribute.options.join('\n');
    if (!nameChanged && !optionsChanged) return onClose();
    setBusy(true);
    const r = await invoke('attributes:update', {
      id: attribute.id,
      ...(nameChanged ? { name: name.trim() } : {}),
      ...(optionsChanged ? { options } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    onSaved(r.value);
  };

  return (
    <Dialog
      title={t('participants.editAttributeTitle', { name: attribute.name })}
      onClose={onClose}
      onSubmit={() => void submit()}
      size="small"
      footer={
        <SubmitFooter onCancel={onClose} disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </SubmitFooter>
      }
    >
      <Field label={t('common.name')}>
        {(id) => <input id={id} type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
      </Field>
      {isCategory && (
        <Field label={t('participants.fieldValuesLines')}>
          {(id) => <textarea id={id} rows={6} value={optionsText} onChange={(e) => setOptionsText(e.target.value)} />}
        </Field>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
