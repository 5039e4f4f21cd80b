import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Coding, DocumentView } from '../../shared/domain/coding';
import { plural } from '../ui/format';
import { lookOf, type CodeLook } from './look';
import { excerpt, turnIndexAt } from './segments';
import { useVirtualList } from './useVirtualList';

interface CodingsPanelProps {
  view: DocumentView;
  looks: ReadonlyMap<string, CodeLook>;
  selectedCodingId: string | null;
  /** Codings that have a memo in the memos table. */
  memoIds: ReadonlySet<string>;
  onSelect: (coding: Coding) => void;
  onRecode: (coding: Coding) => void;
  onAdjust: (coding: Coding) => void;
  onMemo: (coding: Coding) => void;
  onRemove: (coding: Coding) => void;
}

const NO_PINS: number[] = [];

/** The codings of the open document: those needing review first, then in reading order. Virtualized. */
export function CodingsPanel(props: CodingsPanelProps) {
  const { view, looks, selectedCodingId, memoIds } = props;
  const [filter, setFilter] = useState('');
  const sorted = useMemo(() => {
    const all = [...view.codingList].sort((a, b) => (a.status === b.status ? a.start - b.start || a.end - b.end : a.status === 'orphaned' ? -1 : 1));
    const f = filter.trim().toLowerCase();
    return f ? all.filter((c) => c.quote.toLowerCase().includes(f) || lookOf(looks, c).path.toLowerCase().includes(f)) : all;
  }, [view.codingList, filter, looks]);
  const orphans = useMemo(() => view.codingList.filter((c) => c.status === 'orphaned').length, [view.codingList]);
  const keys = useMemo(() => sorted.map((c) => c.id), [sorted]);
  const estimate = useCallback((i: number) => (sorted[i]?.id === selectedCodingId ? 118 : 78), [sorted, selectedCodingId]);
  const selectedIndex = keys.indexOf(selectedCodingId ?? '');
  const pinned = useMemo(() => (selectedIndex >= 0 ? [selectedIndex] : NO_PINS), [selectedIndex]);
  const { setScroller, rows, total, measure, scrollToIndex } = useVirtualList({ keys, estimate, pinned, overscanScreens: 1 });

  useEffect(() => {
    if (selectedIndex >= 0) scrollToIndex(selectedIndex, 'nearest');
  }, [selectedIndex, scrollToIndex]);

  return (
    <section className="side-panel codings-panel" aria-label="Codings in this transcript">
      <header className="side-panel-head">
        <h2>Codings</h2>
        <span className="toolbar-meta">{plural(view.codingList.length, 'coding')}</span>
      </header>
      {orphans > 0 && (
        <p className="banner banner-warning review-banner">
          {plural(orphans, 'coding')} lost {orphans === 1 ? 'its' : 'their'} words in an edit and {orphans === 1 ? 'needs' : 'need'} review.
        </p>
      )}
      {view.codingList.length > 8 && (
        <input type="search" className="panel-filter" aria-label="Filter codings" placeholder="Filter by code or words" value={filter} onChange={(e) => setFilter(e.target.value)} />
      )}
      {view.codingList.length === 0 ? (
        <div className="panel-empty">
          <p>No codings in this transcript yet.</p>
          <p className="muted">
            Select words and press <kbd>Ctrl</kbd>+<kbd>K</kbd> to code them, or a number key for a pinned code.
          </p>
        </div>
      ) : (
        <div ref={setScroller} className="codings-scroll">
          <div role="list" aria-label="Codings" className="codings-list" style={{ height: total }}>
            {rows.map(({ index, top }) => {
              const c = sorted[index]!;
              const look = lookOf(looks, c);
              const selected = c.id === selectedCodingId;
              const turn = view.turnList[turnIndexAt(view.turnList, c.start)];
              return (
                <div
                  key={c.id}
                  ref={measure}
                  data-vkey={c.id}
                  role="listitem"
                  className={`coding-item${selected ? ' selected' : ''}${c.status === 'orphaned' ? ' orphaned' : ''}`}
                  style={{ top }}
                >
                  <button type="button" className="coding-main" aria-current={selected ? 'true' : undefined} onClick={() => props.onSelect(c)}>
                    <span className="coding-swatch" style={{ backgroundColor: look.color }} aria-hidden="true" />
                    <span className="coding-body">
                      <span className="coding-code">
                        {look.path}
                        {c.status === 'orphaned' && <span className="needs-review">needs review</span>}
                      </span>
                      <span className="coding-quote">“{excerpt(c.quote, 160)}”</span>
                      <span className="coding-meta">
                        {turn?.speaker ?? 'Unknown speaker'}
                        {c.coder ? ` · coded by ${c.coder}` : ''}
                      </span>
                    </span>
                    {(c.memo || memoIds.has(c.id)) && (
                      <span className="memo-mark" title="Has a memo" aria-label="Has a memo">
                        ✎
                      </span>
                    )}
                  </button>
                  {selected && (
                    <div className="coding-actions">
                      <button type="button" className="button button-small" onClick={() => props.onRecode(c)} title="Shortcut: R">
                        Recode…
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => props.onAdjust(c)}
                        aria-label={c.status === 'orphaned' ? 'Re-anchor on new words' : 'Adjust boundaries'}
                        title="Select the words it should cover, then Enter (or Shift+←/→ and Alt+Shift+←/→ move its start and end by a word)"
                      >
                        {c.status === 'orphaned' ? 'Re-anchor' : 'Adjust'}
                      </button>
                      <button type="button" className="button button-small" onClick={() => props.onMemo(c)} title="Shortcut: M">
                        Memo
                      </button>
                      <button type="button" className="button button-small button-quiet-danger" onClick={() => props.onRemove(c)} title="Shortcut: Delete">
                        Remove
                      </button>
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
