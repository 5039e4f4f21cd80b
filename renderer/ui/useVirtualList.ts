import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { indexAt, prefixSums, rowsToRender, scrollTopFor, visibleRange } from './virtualMath';

export interface VirtualRow {
  index: number;
  key: string;
  top: number;
}

interface Options {
  /** One stable key per row (turn ids); measured heights are cached by key. */
  keys: readonly string[];
  /** A height guess for a row not measured yet, given the list's inner width. */
  estimate: (index: number, width: number) => number;
  /** Rows that stay mounted wherever the list is scrolled (the focused, edited and selected turns). */
  pinned: readonly number[];
  /** How far beyond the viewport rows are mounted, in viewport heights on each side. */
  overscanScreens?: number;
}

type Align = 'start' | 'center' | 'nearest';

/**
 * A small virtualizer for rows of varying height: estimated heights until a row is measured
 * (ResizeObserver, cached per key), prefix sums for positions, and only the rows within a few screens
 * mounted. Rows are absolutely positioned, so pinned rows far away can stay mounted (keeping a DOM
 * selection's anchor alive). When rows above the viewport change height, the scroll position is
 * corrected so the text being read does not jump.
 */
export function useVirtualList({ keys, estimate, pinned, overscanScreens = 1.5 }: Options) {
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0, width: 0 });
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());

  const offsets = useMemo(
    () => prefixSums(keys.map((k, i) => heights.get(k) ?? estimate(i, viewport.width))),
    [keys, heights, estimate, viewport.width],
  );
  const range = visibleRange(offsets, viewport.top, viewport.height || 800, (viewport.height || 800) * overscanScreens);
  const rows: VirtualRow[] = rowsToRender(range, pinned, keys.length).map((index) => ({ index, key: keys[index]!, top: offsets[index]! }));

  const index = useMemo(() => new Map(keys.map((k, i) => [k, i])), [keys]);
  // Latest values for the observers and imperative calls, which run outside render.
  const live = useRef({ offsets, heights, scroller, index });
  const pending = useRef<{ index: number; align: Align; until: number } | null>(null);
  useLayoutEffect(() => {
    live.current = { offsets, heights, scroller, index };
  });

  // After a width change, the row that was at the top of the view is put back there.
  const keepRow = useRef<{ index: number; delta: number } | null>(null);
  useLayoutEffect(() => {
    const keep = keepRow.current;
    const el = live.current.scroller;
    if (!keep || !el) return;
    keepRow.current = null;
    el.scrollTop = (offsets[keep.index] ?? 0) + keep.delta;
  }, [offsets]);

  const applyPending = useCallback(() => {
    const p = pending.current;
    const { scroller: el, offsets: o } = live.current;
    if (!p || !el) return;
    if (performance.now() > p.until) {
      pending.current = null;
      return;
    }
    el.scrollTop = scrollTopFor(o, p.index, el.clientHeight, el.scrollTop, p.align);
  }, []);

  // Measures rows as they mount and whenever their size changes.
  const observer = useRef<ResizeObserver | null>(null);
  const onRowsResized = useCallback(
    (entries: ResizeObserverEntry[]) => {
      const { offsets: o, heights: known, index, scroller: el } = live.current;
      const updates = new Map<string, number>();
      let above = 0;
      const scrollTop = el?.scrollTop ?? 0;
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.vkey;
        const i = key === undefined ? undefined : index.get(key);
        if (key === undefined || i === undefined || !(entry.target as HTMLElement).isConnected) continue;
        const h = entry.borderBoxSize?.[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
        const old = known.get(key) ?? o[i + 1]! - o[i]!;
        if (known.has(key) && Math.abs(old - h) < 0.5) continue;
        updates.set(key, h);
        if (o[i + 1]! <= scrollTop + 0.5) above += h - old;
      }
      if (updates.size === 0) return;
      flushSync(() =>
        setHeights((prev) => {
          const next = new Map(prev);
          for (const [k, h] of updates) next.set(k, h);
          return next;
        }),
      );
      if (pending.current) applyPending();
      else if (el && Math.abs(above) >= 0.5) el.scrollTop += above;
    },
    [applyPending],
  );

  // The mounted row elements by key, so a width change can measure them again on the spot.
  const mounted = useRef(new Map<string, HTMLElement>());

  /** Callback ref for each row element (which must carry `data-vkey`). */
  const measure = useCallback(
    (el: HTMLElement | null) => {
      if (!el) return;
      observer.current ??= new ResizeObserver(onRowsResized);
      const ro = observer.current;
      const key = el.dataset.vkey;
      if (key !== undefined) mounted.current.set(key, el);
      ro.observe(el);
      return () => {
        ro.unobserve(el);
        if (key !== undefined && mounted.current.get(key) === el) mounted.current.delete(key);
      };
    },
    [onRowsResized],
  );
  useEffect(() => () => observer.current?.disconnect(), []);

  // The scroll container: its position and size.
  useEffect(() => {
    if (!scroller) return;
    const update = () => setViewport((v) => (v.top === scroller.scrollTop ? v : { ...v, top: scroller.scrollTop }));
    let lastWidth = 0;
    const resize = new ResizeObserver(() => {
      const width = scroller.clientWidth;
      const height = scroller.clientHeight;
      // Wrapping changed: every measured height is stale. The mounted rows are measured again here
      // and now (layout is done when a ResizeObserver reports), because their own observers may
      // have reported the new width already, or never will when a row's height stayed the same
      // (a scrollbar appearing takes 15 px, often too little to rewrap). Dropping the heights and
      // waiting for those observers left rows at estimated heights, drawn over each other.
      // Rows not mounted go back to estimates. The row at the top of the view stays there.
      if (lastWidth > 0 && Math.abs(lastWidth - width) > 1) {
        const o = live.current.offsets;
        const i = Math.max(0, indexAt(o, scroller.scrollTop));
        keepRow.current = { index: i, delta: scroller.scrollTop - (o[i] ?? 0) };
        setHeights(measureMounted(mounted.current));
      }
      lastWidth = width;
      setViewport((v) => (v.width === width && v.height === height ? v : { top: scroller.scrollTop, width, height }));
    });
    // The user taking over the scrolling ends a pending programmatic scroll.
    const takeOver = () => {
      pending.current = null;
    };
    scroller.addEventListener('scroll', update, { passive: true });
    scroller.addEventListener('wheel', takeOver, { passive: true });
    scroller.addEventListener('pointerdown', takeOver);
    resize.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', update);
      scroller.removeEventListener('wheel', takeOver);
      scroller.removeEventListener('pointerdown', takeOver);
      resize.disconnect();
    };
  }, [scroller]);

  /** Scrolls row `index` into view; re-applied for a moment while the rows around it get measured. */
  const scrollToIndex = useCallback(
    (index: number, align: Align = 'nearest') => {
      pending.current = { index, align, until: performance.now() + 700 };
      applyPending();
      const el = live.current.scroller;
      if (el) setViewport((v) => (v.top === el.scrollTop ? v : { ...v, top: el.scrollTop }));
    },
    [applyPending],
  );

  /** The first row whose bottom is below the top of the viewport. */
  const firstVisible = useCallback(() => {
    const { offsets: o, scroller: el } = live.current;
    const top = el?.scrollTop ?? 0;
    const i = indexAt(o, top);
    return i >= 0 && i < o.length - 2 && o[i + 1]! <= top + 1 ? i + 1 : Math.max(0, i);
  }, []);

  return { setScroller, rows, total: offsets[offsets.length - 1] ?? 0, measure, scrollToIndex, firstVisible, viewport, offsets };
}

/** The current heights of the mounted rows (border box, unrounded), by key. */
function measureMounted(rows: ReadonlyMap<string, HTMLElement>): Map<string, number> {
  const heights = new Map<string, number>();
  for (const [key, el] of rows) if (el.isConnected) heights.set(key, el.getBoundingClientRect().height);
  return heights;
}
