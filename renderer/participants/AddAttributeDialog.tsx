import { useState } from 'react';
import { SCALE_RANGES, type AttributeType, type ScaleKind } from '../../shared/domain/attributes';
import type { Attribute } from '../../shared/domain/study';
import { invoke } from '../api';
import { Field } from '../ui/Field';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';
import { optionsProblem, parseOptions } from './attributeForm';

const TYPES: { type: AttributeType; label: string; help: string }[] = [
  { type: 'text', label: 'Text', help: 'Free text, e.g. occupation' },
  { type: 'number', label: 'Number', help: 'e.g. age, household size' },
  { type: 'category', label: 'Category', help: 'One of a fixed list, e.g. segment' },
  { type: 'date', label: 'Date', help: 'e.g. customer since' },
  { type: 'score', label: 'Score scale', help: 'NPS, CSAT, CES or your own range' },
];

const PRESETS = (Object.keys(SCALE_RANGES) as Exclude<ScaleKind, 'custom'>[]).map((k) => ({ kind: k as ScaleKind, label: SCALE_RANGES[k].label }));

/** Defines a new participant attribute; it becomes a column at the right of the table. */
export function AddAttributeDialog({ onAdded, onClose }: { onAdded: (a: Attribute) => void; onClose: () => void }) {
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
        ? 'Give the attribute a name.'
        : type === 'category'
          ? optionsProblem(options)
          : type === 'score' && scaleKind === 'custom' && !(Number.isInteger(Number(min)) && Number.isInteger(Number(max)) && Number(min) < Number(max))
            ? 'A custom scale needs whole numbers with the minimum below the maximum.'
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
      title="Add attribute"
      description="Attributes describe participants so reports can compare groups (e.g. what detractors say that promoters don’t)."
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <SubmitFooter onCancel={onClose} disabled={busy}>
          {busy ? 'Adding…' : 'Add attribute'}
        </SubmitFooter>
      }
    >
      <Field label="Name">
        {(id) => (
          <input id={id} type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} placeholder="e.g. Segment, Age band, NPS" />
        )}
      </Field>
      <fieldset className="field type-choices">
        <legend className="field-label">Type</legend>
        {TYPES.map((t) => (
          <label key={t.type} className={type === t.type ? 'type-choice selected' : 'type-choice'}>
            <input type="radio" name="attribute-type" value={t.type} checked={type === t.type} onChange={() => setType(t.type)} />
            <span className="type-choice-label">{t.label}</span>
            <span className="type-choice-help">{t.help}</span>
          </label>
        ))}
      </fieldset>
      {type === 'category' && (
        <Field label="Values">
          {(id) => (
            <textarea id={id} rows={4} value={optionsText} onChange={(e) => setOptionsText(e.target.value)} placeholder={'One per line or separated by commas\nNew customer, Regular, Lapsed'} />
          )}
        </Field>
      )}
      {type === 'score' && (
        <div className="form-row">
          <Field label="Scale">
            {(id) => (
              <select id={id} value={scaleKind} onChange={(e) => setScaleKind(e.target.value as ScaleKind)}>
                {PRESETS.map((p) => (
                  <option key={p.kind} value={p.kind}>
                    {p.label}
                  </option>
                ))}
                <option value="custom">Custom range…</option>
              </select>
            )}
          </Field>
          {scaleKind === 'custom' && (
            <>
              <Field label="From" className="field-narrow">
                {(id) => (
                  <input id={id} type="number" step={1} value={min} onChange={(e) => setMin(e.target.value)} />
                )}
              </Field>
              <Field label="To" className="field-narrow">
                {(id) => (
                  <input id={id} type="number" step={1} value={max} onChange={(e) => setMax(e.target.value)} />
                )}
              </Field>
            </>
          )}
        </div>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
