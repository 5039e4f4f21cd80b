import { useState } from 'react';

/**
 * The highlighted option of a filtered list (palettes, pickers): kept inside the list as it
 * shrinks, and moved with ↑/↓ wrapping round at either end.
 */
export function useListCursor(count: number) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));
  return {
    current,
    /** Highlights option `index` (the mouse over it, or 0 when the filter changes). */
    setActive,
    move: (step: 1 | -1) => setActive((current + step + count) % Math.max(1, count)),
  };
}
