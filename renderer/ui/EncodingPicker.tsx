import { saySentence, type Sentence } from '../../shared/i18n/sentence';
import { ENCODING_NAMES, type EncodingEvidence, type TextEncodingName } from '../../shared/text/encodings';
import { useT } from '../i18n/useT';
import { Field } from './Field';

export interface EncodingReading {
  encoding: TextEncodingName;
  evidence: EncodingEvidence;
  note: Sentence | null;
}

interface EncodingPickerProps {
  reading: EncodingReading;
  /** Every encoding the file can be read in, most likely first (from the first, detecting, preview). */
  choices: TextEncodingName[];
  /** What detection chose, marked in the list so the user can go back to it. */
  detected: TextEncodingName | null;
  disabled?: boolean;
  onChange(encoding: TextEncodingName): void;
}

/**
 * How an imported file's bytes were read, and the choice to read them otherwise: the preview below
 * it is read again in the chosen encoding, and that encoding is what the import uses. When the
 * evidence was weak the picker says so, before anything is written.
 */
export function EncodingPicker({ reading, choices, detected, disabled = false, onChange }: EncodingPickerProps) {
  const tr = useT();
  const { t } = tr;
  const options = choices.includes(reading.encoding) ? choices : [reading.encoding, ...choices];
  return (
    <div className="encoding-picker">
      <Field label={t('ui.encodingReadAs')} className="encoding-field">
        {(id) => (
          <select
            id={id}
            value={reading.encoding}
            disabled={disabled || options.length < 2}
            onChange={(e) => onChange(e.target.value as TextEncodingName)}
          >
            {options.map((e) => (
              <option key={e} value={e}>
                {e === detected ? t('ui.encodingDetected', { name: t(ENCODING_NAMES[e]) }) : t(ENCODING_NAMES[e])}
              </option>
            ))}
          </select>
        )}
      </Field>
      {reading.evidence === 'weak' && (
        <div className="banner banner-warning encoding-weak" role="alert">
          <strong>{t('ui.encodingWeakTitle')}</strong>{' '}
          <span className="encoding-reason">{reading.note && saySentence(tr, reading.note)}</span>
        </div>
      )}
      {reading.evidence === 'detected' && reading.note && (
        <p className="field-help encoding-note encoding-reason">{saySentence(tr, reading.note)}</p>
      )}
      {reading.evidence === 'chosen' && <p className="field-help encoding-note">{t('ui.encodingChosen')}</p>}
    </div>
  );
}
