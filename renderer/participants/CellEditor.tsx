import { useEffect, useRef, type KeyboardEvent } from 'react';
import { coerceAttributeValue } from '../../shared/domain/attributes';
import type { Attribute } from '../../shared/domain/study';

interface CellEditorProps {
  /** The attribute being edited; null for the participant's name. */
  attribute: Attribute | null;
  text: string;
  label: string;
  /** For text without an attribute (name, notes). */
  maxLength: number;
  errorId: string | undefined;
  /** While saving: read-only rather than disabled, because disabling would take the focus away. */
  busy: boolean;
  onText: (text: string) => void;
  onKey: (event: KeyboardEvent) => void;
  onBlur: () => void;
}

/**
 * The inline editor of one cell, shaped by the attribute type: a select for categories, a bounded
 * number input for scores, a date input for dates. The shared coercion rule gives an immediate hint
 * (red outline); the backend's message is what is shown when saving fails.
 */
export function CellEditor({ attribute, text, label, maxLength, errorId, busy, onText, onKey, onBlur }: CellEditorProps) {
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);

  useEffect(() => {
    const el: HTMLElement | null = ref.current;
    if (!el) return;
    el.focus();
    // A typed letter that started editing a score is dropped by the number input; keep state in step.
    if (el instanceof HTMLInputElement && el.type === 'number' && el.value !== text) onText(el.value);
    // Caret at the end, as after F2 in a spreadsheet; number and date inputs have no caret to place.
    if (el instanceof HTMLInputElement && el.type === 'text') el.setSelectionRange(el.value.length, el.value.length);
    // Only on mount: later keystrokes are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const hint = attribute ? coerceAttributeValue(attribute, text) : null;
  const invalid = errorId !== undefined || (hint !== null && !hint.ok);
  const common = {
    ref,
    className: 'cell-editor',
    'aria-label': label,
    'aria-invalid': invalid,
    'aria-describedby': errorId,
    title: hint && !hint.ok ? hint.error : undefined,
    readOnly: busy,
    'aria-busy': busy,
    onKeyDown: onKey,
    onBlur,
  };

  if (attribute?.type === 'category')
    return (
      <select {...common} value={text} onChange={(e) => onText(e.target.value)}>
        <option value="">—</option>
        {/* A stored value no longer among the options still shows, so editing never loses it silently. */}
        {text !== '' && !attribute.options.includes(text) && <option value={text}>{text}</option>}
        {attribute.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  if (attribute?.type === 'score')
    // Uncontrolled: a controlled number input would wipe text the browser cannot parse ("1e") while
    // the user types it. Unparseable input is reported as "?" so the backend's rule refuses it.
    return (
      <input
        {...common}
        type="number"
        inputMode="numeric"
        step={1}
        min={attribute.scaleMin ?? undefined}
        max={attribute.scaleMax ?? undefined}
        defaultValue={text}
        onChange={(e) => onText(e.target.validity.badInput ? '?' : e.target.value)}
      />
    );
  if (attribute?.type === 'date') return <input {...common} type="date" value={text} onChange={(e) => onText(e.target.value)} />;
  return (
    <input
      {...common}
      type="text"
      inputMode={attribute?.type === 'number' ? 'decimal' : undefined}
      value={text}
      maxLength={attribute?.type === 'text' ? 2000 : attribute ? 200 : maxLength}
      onChange={(e) => onText(e.target.value)}
    />
  );
}
