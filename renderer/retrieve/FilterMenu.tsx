import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import type { Chosen } from './filters';

interface FilterMenuProps {
  /** What is filtered, e.g. "Speaker". */
  label: string;
  /** Each value, with how many items it holds when that is known (text search does not count ahead). */
  options: { key: string; label: string; count?: number }[];
  chosen: Chosen[];
  onChange(chosen: Chosen[]): void;
}

/**
 * A filter button that opens a list of checkboxes, one per value with how many passages it holds.
 * Any of the ticked values passes; nothing ticked means no filter.
 */
export function FilterMenu({ label, options, chosen, onChange }: FilterMenuProps) {
  const { t, number, tag } = useT();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const listId = useId();
  const keys = new Set(chosen.map((c) => c.key));

  useEffect(() => {
    if (!open) return;
    box.current?.querySelector<HTMLInputElement>('input')?.focus();
    const outside = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const toggle = (option: Chosen, on: boolean) =>
    onChange(on ? [...chosen, { key: option.key, label: option.label }] : chosen.filter((c) => c.key !== option.key));

  return (
    <div
      className="filter-menu"
      ref={box}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        box.current?.querySelector<HTMLButtonElement>('button')?.focus();
      }}
    >
      <button
        type="button"
        className={`button button-small filter-button${chosen.length > 0 ? ' filter-active' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        {chosen.length > 0 && <span className="filter-count">{chosen.length}</span>} ▾
      </button>
      {open && (
        <div className="filter-pop" id={listId} role="group" aria-label={t('retrieve.filterBy', { what: label.toLocaleLowerCase(tag) })}>
          {options.length === 0 && <p className="muted filter-none">{t('retrieve.filterNothing')}</p>}
          {options.map((o) => (
            <label key={o.key} className="filter-option">
              <input type="checkbox" checked={keys.has(o.key)} onChange={(e) => toggle(o, e.target.checked)} />
              <span className="filter-label">{o.label}</span>
              {o.count !== undefined && <span className="filter-n">{number(o.count)}</span>}
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
