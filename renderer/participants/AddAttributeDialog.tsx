import { useState } from 'react';
import type { AttributeType, ScaleKind } from '../../shared/domain/attributes';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { Attribute } from '../../shared/domain/study';
import { invoke } from '../api';
import { Field } from '../ui/Field';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';
import { useT } from '../i18n/useT';
import { optionsProblem, parseOptions } from './attributeForm';

const TYPES: { type: AttributeType; label: MessageId; help: MessageId }[] = [
  { type: 'text', label: 'common.text', help: 'participants.typeTextHelp' },
  { type: 'number', label: 'participants.typeNumber', help: 'participants.typeNumberHelp' },
  { type: 'category', label: 'participants.typeCategory', help: 'participants.typeCategoryHelp' },
  { type: 'date', label: 'common.date', help: 'participants.typeDateHelp' },
  { type: 'score', label: 'participants.typeScore', help: 'participants.typeScoreHelp' },
];

/** The preset scales, in the order of SCALE_RANGES (shared/domain/attributes.ts), with their ranges. */
const PRESETS: { kind: ScaleKind; label: MessageId }[] = [
  { kind: 'nps', label: 'participants.scaleNps' },
  { kind: 'csat', label: 'participants.scaleCsat' },
  { kind: 'ces', label: 'participants.scaleCes' },
];

/** Defines a new participant attribute; it becomes a column at the right of the table. */
export function AddAttributeDialog({ onAdded, onClose }: { onAdded: (a: Attribute) => void; onClose: () => void }) {
  const translator = useT();
  const { t } = translator;
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('text');
  const [optionsText, setOptionsText] = useState('');
  const [scaleKind, setScaleKind] = useState<ScaleKind>('nps');
  const [min, setMin] = useState('1');
  const [max, setMax] = useState('10');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const options = parseOptions(optionsText);
    const problem =
      name.trim() === ''
        ? t('participants.attributeNameRequired')
        : type === 'category'
          ? optionsProblem(options, translator)
          : type === 'score' &&
              scaleKind === 'custom' &&
              !(Number.isInteger(Number(min)) && Number.isInteger(Number(max)) && Number(min) < Number(max))
            ? t('participants.customScaleProblem')
            : null;
    if (problem) return setError(problem);
    setBusy(true);
    const r = await invoke('attributes:create', {
      name: name.trim(),
      type,
      options: type === 'category' ? options : [],
      scaleKind: type === 'score' ? scaleKind : null,
      scaleMin: type === 'score' && scaleKind === 'custom' ? Number(min) : null,
      scaleMax: type === 'score' && scaleKind === 'custom' ? Number(max) : null,
    });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    onAdded(r.value);
  };

  return (
    <Dialog
      title={t('participants.addAttribute')}
      description={t('participants.addAttributeDescription')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <SubmitFooter onCancel={onClose} disabled={busy}>
          {busy ? t('participants.adding') : t('participants.addAttribute')}
        </SubmitFooter>
      }
    >
      <Field label={t('common.name')}>
        {(id) => (
          <input
            id={id}
            type="text"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('participants.namePlaceholder')}
          />
        )}
      </Field>
      <fieldset className="field type-choices">
        <legend className="field-label">{t('participants.fieldType')}</legend>
        {TYPES.map((choice) => (
          <label key={choice.type} className={type === choice.type ? 'type-choice selected' : 'type-choice'}>
            <input
              type="radio"
              name="attribute-type"
              value={choice.type}
              checked={type === choice.type}
              onChange={() => setType(choice.type)}
            />
            <span className="type-choice-label">{t(choice.label)}</span>
            <span className="type-choice-help">{t(choice.help)}</span>
          </label>
        ))}
      </fieldset>
      {type === 'category' && (
        <Field label={t('participants.fieldValues')}>
          {(id) => (
            <textarea
              id={id}
              rows={4}
              value={optionsText}
              onChange={(e) => setOptionsText(e.target.value)}
              placeholder={t('participants.valuesPlaceholder')}
            />
          )}
        </Field>
      )}
      {type === 'score' && (
        <div className="form-row">
          <Field label={t('common.scale')}>
            {(id) => (
              <select id={id} value={scaleKind} onChange={(e) => setScaleKind(e.target.value as ScaleKind)}>
                {PRESETS.map((p) => (
                  <option key={p.kind} value={p.kind}>
                    {t(p.label)}
                  </option>
                ))}
                <option value="custom">{t('participants.customRange')}</option>
              </select>
            )}
          </Field>
          {scaleKind === 'custom' && (
            <>
              <Field label={t('common.from')} className="field-narrow">
                {(id) => <input id={id} type="number" step={1} value={min} onChange={(e) => setMin(e.target.value)} />}
              </Field>
              <Field label={t('common.to')} className="field-narrow">
                {(id) => <input id={id} type="number" step={1} value={max} onChange={(e) => setMax(e.target.value)} />}
              </Field>
            </>
          )}
        </div>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
