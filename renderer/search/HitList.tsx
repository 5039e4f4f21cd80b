import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/domain/search';
import { roleMessage } from '../../shared/domain/sessionWords';
import { useT } from '../i18n/useT';
import { useVirtualList } from '../ui/useVirtualList';

interface HitListProps {
  hits: readonly SearchHit[];
  /** The highlighted result (the keyboard's place in the list). */
  active: number;
  onActive(index: number): void;
  onOpen(hit: SearchHit): void;
  /** Escape, or ↑ on the first result: back to the search box. */
  onLeave(): void;
}

export interface HitListHandle {
  focus(): void;
}

/** A result line's height before it is measured: one line of context and one of facts. */
const ROW_ESTIMATE = 64;

/**
 * The hits as keyword-in-context lines (the words before, the hit marked, the words after), each with
 * who said it, their role and attributes, and where. Virtualised: a common word can have thousands of
 * hits. One focusable list with the active line named by aria-activedescendant: ↑/↓ move, Enter or a
 * click opens the hit in the Coding tab with its words selected, Escape goes back to the box.
 */
export const HitList = forwardRef<HitListHandle, HitListProps>(function HitList({ hits, active, onActive, onOpen, onLeave }, ref) {
  const { t } = useT();
  const keys = useMemo(() => hits.map((h, i) => `${h.unitId}:${h.start}:${i}`), [hits]);
  const estimate = useCallback(() => ROW_ESTIMATE, []);
  const pinned = useMemo(() => (hits.length > 0 ? [active] : []), [active, hits.length]);
  const { setScroller, rows, total, measure, scrollToIndex } = useVirtualList({ keys, estimate, pinned });
  const list = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => list.current?.focus() }), []);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(hits.length - 1, index));
    onActive(next);
    scrollToIndex(next, 'nearest');
  };
  const onKey = (event: KeyboardEvent) => {
    const page = 8;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && active === 0)) {
      event.preventDefault();
      onLeave();
    } else if (event.key in step) {
      event.preventDefault();
      move(active + step[event.key]!);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      move(event.key === 'Home' ? 0 : hits.length - 1);
    } else if (event.key === 'Enter' && hits[active]) {
      event.preventDefault();
      onOpen(hits[active]);
    }
  };
  const roleName = (role: string | null) => {
    const id = role && role !== 'participant' ? roleMessage(role) : null;
    return id ? t(id) : null;
  };

  return (
    <div ref={setScroller} className="hit-scroll">
      <div
        ref={list}
        role="listbox"
        tabIndex={0}
        aria-label={t('search.results')}
        aria-activedescendant={hits.length > 0 ? `hit-${active}` : undefined}
        className="hit-list"
        style={{ height: total }}
        onKeyDown={onKey}
      >
        {rows.map(({ index, key, top }) => {
          const hit = hits[index]!;
          const role = roleName(hit.speaker?.role ?? null);
          return (
            <div
              key={key}
              id={`hit-${index}`}
              ref={measure}
              data-vkey={key}
              role="option"
              aria-selected={index === active}
              className={`hit${index === active ? ' is-active' : ''}`}
              style={{ top }}
              onClick={() => {
                onActive(index);
                onOpen(hit);
              }}
            >
              <p className="hit-context">
                <span className="hit-before">{hit.before}</span>
                <mark className="hit-match">{hit.match}</mark>
                <span className="hit-after">{hit.after}</span>
              </p>
              <p className="hit-facts">
                {hit.speaker ? <strong>{hit.speaker.name}</strong> : <span className="muted">{kindWords(hit, t)}</span>}
                {role && <span className="role-tag">{role}</span>}
                {hit.attributes.map((a) => (
                  <span key={a.name} className="fact">
                    {t('retrieve.factNamedValue', { name: a.name, value: a.value })}
                  </span>
                ))}
                <span className="hit-where">{hit.sessionTitle ?? kindWords(hit, t)}</span>
              </p>
            </div>
          );
        })}
      </div>
    </div>
  );
});

/** Where a hit without a speaker or session is: a memo, or an observation in the notes. */
function kindWords(hit: SearchHit, t: ReturnType<typeof useT>['t']): string {
  return hit.kind === 'memo' ? t('common.memo') : hit.kind === 'notes' ? t('common.liveNotes') : t('common.noSpeaker');
}
