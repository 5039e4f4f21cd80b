import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { OffsetRange } from './selectionOffsets';
import { useT } from '../i18n/useT';

const LIMIT = 5_000;

/** Every case-insensitive occurrence of `query` in the whole document text (not only mounted turns). */
export function findAll(text: string, query: string): OffsetRange[] {
  if (!query) return [];
  const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  const out: OffsetRange[] = [];
  for (const m of text.matchAll(pattern)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (out.length >= LIMIT) break;
  }
  return out;
}

interface FindBarProps {
  query: string;
  count: number;
  current: number;
  /** Bumped by Ctrl+F while the bar is open, to focus and select the field again. */
  focusKey: number;
  onQuery: (query: string) => void;
  onStep: (direction: 1 | -1) => void;
  onClose: () => void;
}

/** Find in the transcript: Enter / Shift+Enter for the next / previous match, Esc to close. */
export function FindBar({ query, count, current, focusKey, onQuery, onStep, onClose }: FindBarProps) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusKey]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') onStep(event.shiftKey ? -1 : 1);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const status = !query
    ? ''
    : count === 0
      ? t('coding.findNone')
      : count >= LIMIT
        ? t('coding.findPositionMore', { current: current + 1, total: LIMIT })
        : t('coding.findPosition', { current: current + 1, total: count });
  return (
    <div className="find-bar" role="search" aria-label={t('coding.findLabel')}>
      <input
        ref={input}
        type="search"
        className="find-input"
        aria-label={t('coding.findLabel')}
        placeholder={t('coding.findLabel')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className={`find-count${query && count === 0 ? ' find-none' : ''}`} role="status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('coding.previousMatch')}
        title={t('coding.previousMatchTitle')}
        disabled={count === 0}
        onClick={() => onStep(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('coding.nextMatch')}
        title={t('coding.nextMatchTitle')}
        disabled={count === 0}
        onClick={() => onStep(1)}
      >
        ↓
      </button>
      <button type="button" className="icon-button" aria-label={t('coding.closeFind')} title={t('coding.closeFindTitle')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
