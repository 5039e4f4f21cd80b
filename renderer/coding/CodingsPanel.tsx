import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Coding, DocumentView } from '../../shared/domain/coding';
import { useT } from '../i18n/useT';
import { useRichT } from '../i18n/useRichT';
import { lookOf, type CodeLook } from '../ui/codeLook';
import { excerpt, turnIndexAt } from '../ui/segments';
import { useVirtualList } from '../ui/useVirtualList';

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
  const { t } = useT();
  const rich = useRichT();
  const [filter, setFilter] = useState('');
  const sorted = useMemo(() => {
    const all = [...view.codingList].sort((a, b) =>
      a.status === b.status ? a.start - b.start || a.end - b.end : a.status === 'orphaned' ? -1 : 1,
    );
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
    <section className="side-panel codings-panel" aria-label={t('coding.codingsInTranscript')}>
      <header className="side-panel-head">
        <h2>{t('common.codings')}</h2>
        <span className="toolbar-meta">{t('coding.codingCount', { count: view.codingList.length })}</span>
      </header>
      {orphans > 0 && <p className="banner banner-warning review-banner">{t('coding.orphansBanner', { count: orphans })}</p>}
      {view.codingList.length > 8 && (
        <input
          type="search"
          className="panel-filter"
          aria-label={t('coding.filterCodings')}
          placeholder={t('coding.filterCodingsPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      {view.codingList.length === 0 ? (
        <div className="panel-empty">
          <p>{t('coding.noCodings')}</p>
          <p className="muted">{rich('coding.noCodingsHint')}</p>
        </div>
      ) : (
        <div ref={setScroller} className="codings-scroll">
          <div role="list" aria-label={t('common.codings')} className="codings-list" style={{ height: total }}>
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
                  <button
                    type="button"
                    className="coding-main"
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => props.onSelect(c)}
                  >
                    <span className="coding-swatch" style={{ backgroundColor: look.color }} aria-hidden="true" />
                    <span className="coding-body">
                      <span className="coding-code">
                        {look.path}
                        {c.status === 'orphaned' && <span className="needs-review">{t('coding.needsReview')}</span>}
                      </span>
                      <span className="coding-quote">{t('common.quoted', { text: excerpt(c.quote, 160) })}</span>
                      <span className="coding-meta">
                        {c.coder
                          ? t('coding.codedBy', { speaker: turn?.speaker ?? t('coding.unknownSpeaker'), coder: c.coder })
                          : (turn?.speaker ?? t('coding.unknownSpeaker'))}
                      </span>
                    </span>
                    {(c.memo || memoIds.has(c.id)) && (
                      <span className="memo-mark" title={t('coding.hasMemo')} aria-label={t('coding.hasMemo')}>
                        ✎
                      </span>
                    )}
                  </button>
                  {selected && (
                    <div className="coding-actions">
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => props.onRecode(c)}
                        title={t('coding.shortcut', { key: 'R' })}
                      >
                        {t('coding.recode')}
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => props.onAdjust(c)}
                        aria-label={c.status === 'orphaned' ? t('coding.reanchorLabel') : t('coding.adjustLabel')}
                        title={t('coding.adjustTitle')}
                      >
                        {c.status === 'orphaned' ? t('coding.reanchor') : t('coding.adjust')}
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => props.onMemo(c)}
                        title={t('coding.shortcut', { key: 'M' })}
                      >
                        {t('common.memo')}
                      </button>
                      <button
                        type="button"
                        className="button button-small button-quiet-danger"
                        onClick={() => props.onRemove(c)}
                        title={t('coding.shortcut', { key: t('coding.keyDelete') })}
                      >
                        {t('coding.remove')}
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
