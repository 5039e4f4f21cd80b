import {
  forwardRef,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { Coding, DocumentView, Turn } from '../../shared/domain/coding';
import { speakerColors, type CodeLook } from '../ui/codeLook';
import './transcript.css';
import { rangesIn, turnIndexAt } from '../ui/segments';
import { pointToOffset, type OffsetRange } from './selectionOffsets';
import { layoutStripes, TurnRow, type Decoration } from './TurnRow';
import { useVirtualList } from '../ui/useVirtualList';
import { estimateRowHeight } from '../ui/virtualMath';
import { useT } from '../i18n/useT';

export interface TranscriptHandle {
  /** Scrolls to the turn holding `range.start`, puts the range's line in view and flashes it. */
  reveal(range: OffsetRange, flash?: boolean): void;
  /** The focused turn's index, or -1 when focus is elsewhere. */
  focusedTurn(): number;
  element(): HTMLElement | null;
}

interface TranscriptViewProps {
  view: DocumentView;
  looks: ReadonlyMap<string, CodeLook>;
  /** Anchored codings per turn and their stripe lanes (computed once per document view). */
  buckets: readonly (readonly Coding[])[];
  lanes: ReadonlyMap<string, number>;
  selectedCodingId: string | null;
  /** Find matches, sorted by start, and the current one. */
  matches: readonly OffsetRange[];
  currentMatch: number;
  /** The remembered selection, drawn while the page selection is elsewhere (palette open, codebook drag). */
  pending: OffsetRange | null;
  /** Offsets whose turns must stay mounted (the ends of the selection). */
  keepOffsets: readonly number[];
  onSelectCoding: (id: string | null) => void;
  onSaveTurn: (turn: Turn, text: string) => Promise<void>;
  onCopy: (event: ClipboardEvent) => boolean;
}

const MAX_MATCH = 2_000;

/** The open transcript as a virtualized list of turns (only a few screens of turns are mounted). */
export const TranscriptView = forwardRef<TranscriptHandle, TranscriptViewProps>(function TranscriptView(props, ref) {
  const { view, buckets, matches, currentMatch, pending, keepOffsets } = props;
  const turns = view.turnList;
  const { t } = useT();
  const [focused, setFocused] = useState(0);
  const [editing, setEditing] = useState<{ turnId: string; caret: number | null } | null>(null);
  const [flash, setFlash] = useState<{ range: OffsetRange; n: number } | null>(null);
  const flashTimer = useRef(0);

  const keys = useMemo(() => turns.map((t) => t.id), [turns]);
  const colors = useMemo(() => speakerColors(turns.filter((t) => t.role !== 'moderator')), [turns]);
  // The text column: the reading width (880px at most) less the turn's padding and stripe margin.
  const estimate = useCallback(
    (i: number, width: number) => estimateRowHeight(turns[i]!.end - turns[i]!.start, Math.min(width, 880) - 86),
    [turns],
  );
  const editingIndex = editing ? turns.findIndex((t) => t.id === editing.turnId) : -1;
  const pinned = useMemo(
    () => [focused, editingIndex, ...keepOffsets.map((o) => turnIndexAt(turns, o))],
    [focused, editingIndex, keepOffsets, turns],
  );
  const { setScroller, rows, total, measure, scrollToIndex, viewport } = useVirtualList({ keys, estimate, pinned });
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const setScrollerEl = useCallback(
    (el: HTMLDivElement | null) => {
      scrollerRef.current = el;
      setScroller(el);
    },
    [setScroller],
  );

  useLayoutEffect(() => {
    if (scrollerRef.current) layoutStripes(scrollerRef.current);
  });

  const focusRow = useCallback(
    (index: number) => {
      const i = Math.max(0, Math.min(turns.length - 1, index));
      setFocused(i);
      scrollToIndex(i, 'nearest');
      // The row is pinned once focused, so it is mounted after this render.
      requestAnimationFrame(() => scrollerRef.current?.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus({ preventScroll: true }));
    },
    [turns.length, scrollToIndex],
  );

  useImperativeHandle(
    ref,
    () => ({
      reveal(range, doFlash = true) {
        const index = turnIndexAt(turns, range.start);
        setFocused(index);
        scrollToIndex(index, 'center');
        window.clearTimeout(flashTimer.current);
        if (doFlash) {
          setFlash((f) => ({ range, n: (f?.n ?? 0) + 1 }));
          flashTimer.current = window.setTimeout(() => setFlash(null), 1800);
        }
        // A long turn: bring the exact line into view once the rows around it are measured.
        window.setTimeout(() => {
          const seg = [...(scrollerRef.current?.querySelectorAll<HTMLElement>(`[data-index="${index}"] [data-o]`) ?? [])]
            .filter((s) => Number(s.dataset.o) <= range.start)
            .at(-1);
          seg?.scrollIntoView({ block: 'nearest' });
        }, 120);
      },
      focusedTurn() {
        const row = document.activeElement?.closest<HTMLElement>('[data-index]');
        return row && scrollerRef.current?.contains(row) ? Number(row.dataset.index) : -1;
      },
      element: () => scrollerRef.current,
    }),
    [turns, scrollToIndex],
  );

  const decorationsFor = (turn: Turn): Decoration[] => {
    const out: Decoration[] = [];
    const current = matches[currentMatch];
    for (const m of rangesIn(matches, turn.start, turn.end, MAX_MATCH))
      out.push({ kind: m === current ? 'find-current' : 'find', start: m.start, end: m.end });
    if (flash && flash.range.start < turn.end && flash.range.end > turn.start) out.push({ kind: 'flash', ...flash.range });
    if (pending && pending.start < turn.end && pending.end > turn.start) out.push({ kind: 'pending', ...pending });
    return out;
  };

  // Stable callbacks for the memoized rows; they call the latest handlers.
  const handlers = useRef({ onSelectCoding: props.onSelectCoding, onSaveTurn: props.onSaveTurn });
  useLayoutEffect(() => {
    handlers.current = { onSelectCoding: props.onSelectCoding, onSaveTurn: props.onSaveTurn };
  });
  const selectCoding = useCallback((id: string) => handlers.current.onSelectCoding(id), []);
  const cancelEdit = useCallback(() => {
    setEditing(null);
    requestAnimationFrame(() => scrollerRef.current?.querySelector<HTMLElement>('.turn[tabindex="0"]')?.focus({ preventScroll: true }));
  }, []);
  const saveEdit = useCallback((turn: Turn, text: string) => handlers.current.onSaveTurn(turn, text).finally(cancelEdit), [cancelEdit]);

  const startEdit = (index: number, caret: number | null) => {
    const turn = turns[index];
    if (!turn) return;
    setFocused(index);
    setEditing({ turnId: turn.id, caret });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('[contenteditable="true"], input, textarea') || event.ctrlKey || event.metaKey || event.altKey) return;
    const row = target.closest<HTMLElement>('[data-index]');
    const current = row ? Number(row.dataset.index) : focused;
    const hasSelection = !(document.getSelection()?.isCollapsed ?? true);
    const page = Math.max(1, Math.round((scrollerRef.current?.clientHeight ?? 600) / 90));
    const moves: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: page, PageUp: -page };
    if (event.key in moves && !event.shiftKey && !(hasSelection && event.key.startsWith('Arrow'))) focusRow(current + moves[event.key]!);
    else if (event.key === 'Home' && !event.shiftKey) focusRow(0);
    else if (event.key === 'End' && !event.shiftKey) focusRow(turns.length - 1);
    else if ((event.key === 'Enter' || event.key === 'F2') && row && !event.shiftKey) startEdit(current, null);
    else return;
    event.preventDefault();
  };

  const onDoubleClick = (event: MouseEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || !(event.target as HTMLElement).closest('.turn-text') || !scrollerRef.current) return;
    const selection = document.getSelection();
    const at = selection?.focusNode ? pointToOffset(scrollerRef.current, selection.focusNode, selection.focusOffset) : null;
    const turn = turns[Number(row.dataset.index)]!;
    selection?.removeAllRanges();
    startEdit(Number(row.dataset.index), at === null ? null : Math.max(0, Math.min(at, turn.end) - turn.start));
  };

  // A plain click on highlighted words selects the innermost coding there; on other words, none.
  const onClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    if (!scrollerRef.current || target.closest('.stripe, .turn-editor') || !(document.getSelection()?.isCollapsed ?? true)) return;
    const seg = target.closest<HTMLElement>('[data-o]');
    const row = target.closest<HTMLElement>('[data-index]');
    if (!seg || !row) return;
    const selection = document.getSelection();
    const at = selection?.anchorNode
      ? pointToOffset(scrollerRef.current, selection.anchorNode, selection.anchorOffset)
      : Number(seg.dataset.o);
    const offset = at ?? Number(seg.dataset.o);
    const under = (buckets[Number(row.dataset.index)] ?? []).filter((c) => c.start <= offset && c.end > offset);
    under.sort((a, b) => a.end - a.start - (b.end - b.start));
    props.onSelectCoding(under[0]?.id ?? null);
  };

  const onCopyEvent = props.onCopy;
  return (
    <div
      ref={setScrollerEl}
      className="transcript-scroll"
      onKeyDown={onKeyDown}
      onDoubleClick={onDoubleClick}
      onClick={onClick}
      onCopy={(event) => {
        if (onCopyEvent(event.nativeEvent)) event.preventDefault();
      }}
      onFocus={(event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
        if (row && event.target === row) setFocused(Number(row.dataset.index));
      }}
    >
      <div role="list" aria-label={t('coding.transcriptOf', { title: view.title })} className="transcript-list" style={{ height: total }}>
        {rows.map(({ index, top }) => {
          const turn = turns[index]!;
          const codings = buckets[index] ?? [];
          const selected = props.selectedCodingId && codings.some((c) => c.id === props.selectedCodingId) ? props.selectedCodingId : null;
          return (
            <TurnRow
              key={turn.id}
              turn={turn}
              index={index}
              top={top}
              text={view.text}
              codings={codings}
              decorations={decorationsFor(turn)}
              lanes={props.lanes}
              looks={props.looks}
              speakerColor={colors.get(turn.speaker ?? '') ?? '#8a93a3'}
              selectedCodingId={selected}
              tabbable={index === focused}
              editing={editing?.turnId === turn.id}
              caret={editing?.turnId === turn.id ? editing.caret : null}
              width={viewport.width}
              measure={measure}
              onSelectCoding={selectCoding}
              onSaveEdit={saveEdit}
              onCancelEdit={cancelEdit}
            />
          );
        })}
      </div>
    </div>
  );
});
