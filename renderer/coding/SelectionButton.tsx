import { useEffect, useState } from 'react';
import { rangeRect, type OffsetRange } from './selectionOffsets';
import { useT } from '../i18n/useT';

interface SelectionButtonProps {
  root: HTMLElement | null;
  range: OffsetRange | null;
  onCode: () => void;
}

/** A small "Code…" button that floats at the end of the selected words, for people who reach for the mouse. */
export function SelectionButton({ root, range, onCode }: SelectionButtonProps) {
  const { t } = useT();
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);

  useEffect(() => {
    if (!root || !range) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const rect = rangeRect(root, range);
        const box = root.getBoundingClientRect();
        const visible = rect && rect.bottom > box.top && rect.top < box.bottom - 10;
        setPlace(visible ? { left: Math.min(rect.right + 6, box.right - 90), top: rect.bottom + 4 } : null);
      });
    };
    measure();
    root.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [root, range]);

  if (!range || !place) return null;
  return (
    <button
      type="button"
      className="selection-button"
      style={{ left: place.left, top: place.top }}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onCode}
      title={t('coding.codeSelectionTitle')}
    >
      {t('coding.codeButton')}
    </button>
  );
}
