import { useCallback } from 'react';
import type { Attribute, Participant } from '../../shared/domain/study';
import { SCALE_RANGES, type AttributeValue } from '../../shared/domain/attributes';
import { useT } from '../i18n/useT';

interface InterceptFormProps {
  participant: Participant | null;
  /** Puts the focus in the first field when it appears (a new intercept). */
  focusFirst: boolean;
  attributes: readonly Attribute[];
  onSet: (attributeId: string, value: AttributeValue) => void;
  onNext: () => void;
  /** How the next-intercept key is written here, in full and short (see liveKeyNames). */
  nextKey: string;
}

function scaleOf(a: Attribute): number[] {
  const range = a.scaleKind && a.scaleKind !== 'custom' ? SCALE_RANGES[a.scaleKind] : { min: a.scaleMin ?? 0, max: a.scaleMax ?? 10 };
  if (range.max - range.min > 20) return [];
  return Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
}

/** One attribute asked on the spot: a row of number buttons for a score, buttons for a few categories. */
function AttributeInput({
  attribute: a,
  value,
  onSet,
  first,
  focus,
}: {
  attribute: Attribute;
  value: AttributeValue;
  onSet: (v: AttributeValue) => void;
  first: boolean;
  focus: boolean;
}) {
  // Runs once, when the field mounts (the participant of a new intercept has arrived).
  const focusOnMount = useCallback(
    (el: HTMLElement | null) => {
      if (focus) el?.focus();
    },
    [focus],
  );
  const scale = a.type === 'score' ? scaleOf(a) : [];
  if (scale.length > 0 || (a.type === 'category' && a.options.length <= 6)) {
    const choices: (string | number)[] = scale.length > 0 ? scale : a.options;
    return (
      <div className="intercept-choices" role="radiogroup" aria-label={a.name}>
        {choices.map((c, i) => (
          <button
            key={String(c)}
            type="button"
            role="radio"
            aria-checked={value === c}
            className={`intercept-choice${value === c ? ' on' : ''}${a.scaleKind === 'nps' ? ` nps-${Number(c) <= 6 ? 'detractor' : Number(c) <= 8 ? 'passive' : 'promoter'}` : ''}`}
            data-first-field={first && i === 0 ? '' : undefined}
            ref={i === 0 ? focusOnMount : undefined}
            onClick={() => onSet(value === c ? null : c)}
          >
            {c}
          </button>
        ))}
      </div>
    );
  }
  if (a.type === 'category')
    return (
      <select
        ref={focusOnMount}
        aria-label={a.name}
        value={typeof value === 'string' ? value : ''}
        data-first-field={first ? '' : undefined}
        onChange={(e) => onSet(e.target.value || null)}
      >
        <option value="">—</option>
        {a.options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    );
  const numeric = a.type === 'number' || a.type === 'score';
  return (
    <input
      key={String(value)}
      ref={focusOnMount}
      aria-label={a.name}
      type={a.type === 'date' ? 'date' : numeric ? 'number' : 'text'}
      defaultValue={value === null ? '' : String(value)}
      data-first-field={first ? '' : undefined}
      onBlur={(e) => {
        const raw = e.target.value.trim();
        const next = raw === '' ? null : numeric ? Number(raw) : raw;
        if (next !== value && !(typeof next === 'number' && Number.isNaN(next))) onSet(next);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
    />
  );
}

/** The quick form of an intercept: the person's attributes asked on the spot, then the notes below. */
export function InterceptForm({ participant, focusFirst, attributes, onSet, onNext, nextKey }: InterceptFormProps) {
  const { t } = useT();
  return (
    <section className="intercept-form" aria-label={t('live.intercept')}>
      <div className="intercept-head">
        <h3>{participant ? participant.displayName : t('live.intercept')}</h3>
        <div className="toolbar-spacer" />
        <button type="button" className="button button-primary" onClick={onNext} title={t('live.nextInterceptHint', { key: nextKey })}>
          {t('live.nextIntercept')} <kbd translate="no">{nextKey.replace('Ctrl/Cmd', 'Ctrl')}</kbd>
        </button>
      </div>
      {!participant ? (
        <p className="muted">{t('live.noParticipant')}</p>
      ) : attributes.length === 0 ? (
        <p className="muted">{t('live.noAttributes')}</p>
      ) : (
        <div className="intercept-fields">
          {attributes.map((a, i) => (
            <div key={a.id} className="intercept-field">
              <span className="intercept-label">{a.name}</span>
              <AttributeInput
                attribute={a}
                value={participant.values[a.id] ?? null}
                first={i === 0}
                focus={focusFirst && i === 0}
                onSet={(v) => onSet(a.id, v)}
              />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
