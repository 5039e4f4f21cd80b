import { useState, type KeyboardEvent } from 'react';
import { CODE_COLORS } from '../../shared/domain/coding';
import type { MessageId } from '../../shared/i18n/catalogue';
import { useT } from '../i18n/useT';

/** Names for the offered colours, so a screen reader (and a tooltip) can say which one is chosen. */
const COLOR_NAMES: Record<(typeof CODE_COLORS)[number], MessageId> = {
  '#4f7cac': 'codebook.colourSteelBlue',
  '#c0504d': 'codebook.colourBrickRed',
  '#9bbb59': 'codebook.colourOliveGreen',
  '#8064a2': 'codebook.colourPurple',
  '#f79646': 'codebook.colourOrange',
  '#2c9c9c': 'codebook.colourTeal',
  '#d4a017': 'codebook.colourMustard',
  '#7f6000': 'codebook.colourBrown',
  '#e377c2': 'codebook.colourPink',
  '#17a589': 'codebook.colourGreen',
};

const HEX = /^#[0-9a-fA-F]{6}$/;

export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

interface ColorPickerProps {
  value: string;
  onChange: (color: string) => void;
  labelId: string;
}

/**
 * The offered colours as a radio group (arrow keys move, as in any radio group), then a hex field
 * and the system colour picker for anything else. The hex field keeps its own text while the user
 * types, so "#4f7" is not rejected halfway.
 */
export function ColorPicker({ value, onChange, labelId }: ColorPickerProps) {
  const { t } = useT();
  const [hex, setHex] = useState(value);
  const preset = CODE_COLORS.findIndex((c) => c.toLowerCase() === value.toLowerCase());

  const choose = (color: string) => {
    setHex(color);
    onChange(color);
  };

  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = CODE_COLORS[(Math.max(preset, 0) + step + CODE_COLORS.length) % CODE_COLORS.length]!;
    choose(next);
    event.currentTarget.querySelector<HTMLElement>(`[data-color="${next}"]`)?.focus();
  };

  return (
    <div className="color-picker">
      <div role="radiogroup" aria-labelledby={labelId} className="swatches" onKeyDown={onKey}>
        {CODE_COLORS.map((color, i) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={i === preset}
            aria-label={t(COLOR_NAMES[color])}
            title={t('codebook.colourWithHex', { name: t(COLOR_NAMES[color]), hex: color })}
            data-color={color}
            tabIndex={i === preset || (preset < 0 && i === 0) ? 0 : -1}
            className="swatch-choice"
            style={{ backgroundColor: color }}
            onClick={() => choose(color)}
          />
        ))}
      </div>
      <div className="custom-color">
        <input
          type="color"
          aria-label={t('codebook.colourCustom')}
          value={isHexColor(value) ? value.toLowerCase() : '#4f7cac'}
          onChange={(e) => choose(e.target.value)}
        />
        <input
          type="text"
          aria-label={t('codebook.colourHex')}
          className="hex-input mono"
          value={hex}
          spellCheck={false}
          maxLength={7}
          aria-invalid={!isHexColor(hex)}
          onChange={(e) => {
            const text = e.target.value.trim();
            const next = text.startsWith('#') ? text : `#${text}`;
            setHex(next);
            if (isHexColor(next)) onChange(next);
          }}
        />
      </div>
    </div>
  );
}
