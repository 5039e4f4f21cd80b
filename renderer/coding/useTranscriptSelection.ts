import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { selectionToRange, selectRange, type OffsetRange } from './selectionOffsets';

/**
 * The selected words of the transcript as document offsets. The page's selection is read on every
 * `selectionchange`; the last valid one is kept while the selection moves elsewhere (into the code
 * palette's field, onto a code dragged from the codebook), so it still codes correctly — also when its
 * start has scrolled out of view. A click in the transcript's text clears it.
 */
export function useTranscriptSelection(root: HTMLElement | null, resetKey: string | null) {
  const [state, setState] = useState<{ key: string | null; range: OffsetRange | null; live: boolean }>({
    key: resetKey,
    range: null,
    live: false,
  });
  const current = state.key === resetKey ? state : { key: resetKey, range: null, live: false };

  useEffect(() => {
    if (!root) return;
    const onChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const mapped = selectionToRange(root, selection);
      if (mapped) {
        setState((s) =>
          s.key === resetKey && s.live && s.range?.start === mapped.start && s.range.end === mapped.end
            ? s
            : { key: resetKey, range: mapped, live: true },
        );
        return;
      }
      const anchor = selection.anchorNode;
      const inText = anchor && root.contains(anchor) && !anchor.parentElement?.closest('[contenteditable="true"]');
      if (selection.isCollapsed && inText) setState({ key: resetKey, range: null, live: false });
      else setState((s) => (s.live ? { ...s, live: false } : s));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [root, resetKey]);

  // Re-rendered segments replace text nodes; put the page selection back on the same words.
  useLayoutEffect(() => {
    if (!root || !current.range || !current.live) return;
    const selection = document.getSelection();
    const shown = selection ? selectionToRange(root, selection) : null;
    if (shown?.start === current.range.start && shown.end === current.range.end) return;
    const active = document.activeElement;
    if (active && active !== document.body && !root.contains(active)) return;
    selectRange(root, current.range);
  });

  const clear = useCallback(() => {
    const selection = document.getSelection();
    if (root && selection?.anchorNode && root.contains(selection.anchorNode)) selection.removeAllRanges();
    setState({ key: resetKey, range: null, live: false });
  }, [root, resetKey]);

  /** Keeps the selected words but hands the page selection back, so fresh highlights show through a light tint. */
  const soften = useCallback(() => {
    const selection = document.getSelection();
    if (root && selection?.anchorNode && root.contains(selection.anchorNode)) selection.removeAllRanges();
    setState((s) => (s.live ? { ...s, live: false } : s));
  }, [root]);

  /** Shows the remembered selection in the page again (after the palette closes). */
  const restore = useCallback(() => {
    if (!root || !current.range) return;
    if (selectRange(root, current.range)) setState((s) => ({ ...s, live: true }));
  }, [root, current.range]);

  /** Sets the selection from offsets (e.g. "select this coding's words"). */
  const set = useCallback(
    (range: OffsetRange | null) => {
      setState({ key: resetKey, range, live: false });
      if (root && range) requestAnimationFrame(() => selectRange(root, range));
    },
    [root, resetKey],
  );

  return { range: current.range, live: current.live, clear, restore, soften, set };
}
