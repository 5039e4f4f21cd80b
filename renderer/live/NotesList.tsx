import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Guide, Note, TimedTurn } from '../../shared/domain/live';
import type { CodeLook } from '../ui/codeLook';
import { useT } from '../i18n/useT';
import { useVirtualList } from '../ui/useVirtualList';
import { estimateRowHeight } from '../ui/virtualMath';
import { NoteRow, type NoteActions } from './NoteRow';

interface NotesListProps {
  notes: readonly Note[];
  guide: Guide | null;
  looks: ReadonlyMap<string, CodeLook>;
  /** The transcript turn a note taken at `ms` links to (see NoteRow). */
  linkFor: (ms: number) => TimedTurn | null;
  /** The note open in the editor inside the list (not the composer's), and the editor itself. */
  editingId: string | null;
  editor: ReactNode;
  actions: NoteActions;
  /** Whether the clock was started (the empty state's advice). */
  started: boolean;
}

function Empty({ started }: { started: boolean }) {
  const { t } = useT();
  return (
    <div className="empty-state live-empty">
      <h3>{t('live.noNotes')}</h3>
      <p>{started ? t('live.typeBelow') : t('live.pressStart')}</p>
    </div>
  );
}

/**
 * The notes taken so far, windowed (ARCHITECTURE §5): plain React rows with highlight spans; only
 * the note being edited mounts an editor. Sticks to the bottom while new notes arrive, unless the
 * user scrolled up to read.
 */
export const NotesList = memo(function NotesList({ notes, guide, looks, linkFor, editingId, editor, actions, started }: NotesListProps) {
  const { t } = useT();
  const keys = useMemo(() => notes.map((n) => n.id), [notes]);
  const estimate = useCallback(
    (i: number, width: number) => estimateRowHeight(notes[i]?.text.length ?? 0, Math.min(width, 900) - 140) + 8,
    [notes],
  );
  const editingIndex = editingId ? keys.indexOf(editingId) : -1;
  const pinned = useMemo(() => (editingIndex >= 0 ? [editingIndex] : []), [editingIndex]);
  const { setScroller, rows, total, measure, scrollToIndex } = useVirtualList({ keys, estimate, pinned });

  const questions = useMemo(() => new Map((guide?.items ?? []).map((i) => [i.id, i.text])), [guide]);
  const headings = useMemo(
    () => notes.map((n, i) => (n.questionId && n.questionId !== notes[i - 1]?.questionId ? (questions.get(n.questionId) ?? null) : null)),
    [notes, questions],
  );

  const scroller = useRef<HTMLDivElement | null>(null);
  const atBottom = useRef(true);
  const setScrollerEl = useCallback(
    (el: HTMLDivElement | null) => {
      scroller.current = el;
      setScroller(el);
    },
    [setScroller],
  );
  const hasNotes = notes.length > 0;
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onScroll = () => {
      atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    };
    // The composer growing (a second line, chips) shrinks the list: the newest note stays in view.
    const resize = new ResizeObserver(() => {
      if (atBottom.current) el.scrollTop = el.scrollHeight;
    });
    el.addEventListener('scroll', onScroll, { passive: true });
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
    };
  }, [hasNotes]);

  // New notes at the end: keep the newest in view while the user follows along.
  const count = notes.length;
  useLayoutEffect(() => {
    if (atBottom.current && count > 0) scrollToIndex(count - 1, 'nearest');
  }, [count, total, scrollToIndex]);

  if (notes.length === 0)
    return (
      <div className="notes-scroll notes-empty">
        <Empty started={started} />
      </div>
    );

  return (
    <div ref={setScrollerEl} className="notes-scroll">
      <div role="list" aria-label={t('common.notes')} className="notes-list" style={{ height: total }}>
        {rows.map(({ index, top }) => {
          const note = notes[index]!;
          return (
            <NoteRow
              key={note.id}
              note={note}
              index={index}
              top={top}
              questionHeading={headings[index] ?? null}
              looks={looks}
              linkFor={linkFor}
              editor={note.id === editingId ? editor : null}
              actions={actions}
              measure={measure}
            />
          );
        })}
      </div>
    </div>
  );
});
