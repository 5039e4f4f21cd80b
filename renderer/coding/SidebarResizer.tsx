import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../i18n/useT';
import { clampSidebar, saveSidebarWidth, savedSidebarWidth, SIDEBAR_DEFAULT, SIDEBAR_MIN } from './sidebarWidth';

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

/** The sidebar's width, remembered across launches, and kept inside the window as it is resized. */
export function useSidebarWidth() {
  const [width, setWidth] = useState(() => clampSidebar(savedSidebarWidth(storage()), window.innerWidth));
  useEffect(() => {
    const fit = () => setWidth((w) => clampSidebar(w, window.innerWidth));
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  const set = (next: number) => {
    const w = clampSidebar(next, window.innerWidth);
    setWidth(w);
    saveSidebarWidth(storage(), w);
  };
  return { width, setWidth: set };
}

/**
 * The handle between the sidebar and the transcript: drag it, or focus it and use ←/→ (Shift for
 * bigger steps, Home/End for the limits); a double click puts the default width back.
 */
export function SidebarResizer({ width, onResize }: { width: number; onResize: (width: number) => void }) {
  const { t } = useT();
  const drag = useRef<{ x: number; width: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
    setDragging(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(drag.current.width + event.clientX - drag.current.x);
  };
  const end = () => {
    drag.current = null;
    setDragging(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 64 : 16;
    if (event.key === 'ArrowLeft') onResize(width - step);
    else if (event.key === 'ArrowRight') onResize(width + step);
    else if (event.key === 'Home') onResize(SIDEBAR_MIN);
    else if (event.key === 'End') onResize(Infinity);
    else return;
    event.preventDefault();
  };
  const max = clampSidebar(Infinity, window.innerWidth);

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('coding.resizerLabel')}
      aria-valuemin={SIDEBAR_MIN}
      aria-valuemax={max}
      aria-valuenow={width}
      // ←/→ belong to the handle here, not to the workspace's coding keys.
      data-own-keys=""
      tabIndex={0}
      title={t('coding.resizerTitle')}
      className={`sidebar-resizer${dragging ? ' dragging' : ''}`}
      style={{ left: width }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onDoubleClick={() => onResize(SIDEBAR_DEFAULT)}
      onKeyDown={onKeyDown}
    />
  );
}
