import { useCallback, useMemo, type RefObject } from 'react';
import type { Code, Coding, DocumentView, MemoTarget } from '../../shared/domain/coding';
import type { KeySlot } from '../ui/numberKeys';
import { excerpt, inVivoName, turnIndexAt } from '../ui/segments';
import { rangeRect, type OffsetRange } from './selectionOffsets';
import type { TranscriptHandle } from './TranscriptView';
import type { CodingActions } from './useCodingActions';
import type { CodeChoice } from '../ui/paletteOptions';
import type { useFind } from './useFind';
import type { useTranscriptSelection } from './useTranscriptSelection';
import type { WorkspaceCommands } from './useWorkspaceKeys';
import { moveEndByWord, moveStartByWord } from './words';
import { useT } from '../i18n/useT';

type Anchor = { left: number; top: number; bottom: number } | null;
export type Palette = ({ mode: 'apply'; range: OffsetRange } | { mode: 'recode'; coding: Coding }) & { quote: string; anchor: Anchor };

interface Options {
  view: DocumentView | null;
  codes: readonly Code[];
  slots: readonly KeySlot[];
  selection: ReturnType<typeof useTranscriptSelection>;
  actions: CodingActions;
  transcript: RefObject<TranscriptHandle | null>;
  root: HTMLElement | null;
  selectedCodingId: string | null;
  setSelectedCodingId: (id: string | null) => void;
  palette: Palette | null;
  setPalette: (p: Palette | null) => void;
  adjusting: Coding | null;
  setAdjusting: (c: Coding | null) => void;
  find: ReturnType<typeof useFind>;
  setStatus: (s: string) => void;
  onOpenMemo: (target: MemoTarget, heading: string) => void;
  reveal: (range: OffsetRange, flash?: boolean) => void;
}

/** The commands behind the workspace's keys, buttons and drops, in one place. */
export function usePaneCommands(o: Options) {
  const { view, selection, actions, root, selectedCodingId, setSelectedCodingId, setPalette, setStatus } = o;
  const { t } = useT();
  const selected = view?.codingList.find((c) => c.id === selectedCodingId) ?? null;

  /** What a code applies to: the selected words, else the whole focused turn. */
  const target = (): OffsetRange | null => {
    if (selection.range) return selection.range;
    const i = o.transcript.current?.focusedTurn() ?? -1;
    const turn = view?.turnList[i];
    return turn && turn.end > turn.start ? { start: turn.start, end: turn.end } : null;
  };
  const anchorFor = (range: OffsetRange): Anchor => {
    const rect = root ? rangeRect(root, range) : null;
    return rect ? { left: rect.left, top: rect.top, bottom: rect.bottom } : null;
  };
  const apply = (range: OffsetRange, choice: CodeChoice) => {
    setSelectedCodingId(null);
    // The words stay selected (tinted) for another code, and the new highlight shows at once.
    if (selection.range) selection.soften();
    void actions.apply(range, choice);
  };
  /** Focus back on the turn holding an offset (after the palette), so the keys keep working there. */
  const focusTurnAt = (offset: number | null) => {
    const rows = [...(root?.querySelectorAll<HTMLElement>('[data-ts]') ?? [])];
    const row =
      (offset === null ? null : rows.find((r) => Number(r.dataset.ts) <= offset && offset <= Number(r.dataset.te))) ??
      root?.querySelector<HTMLElement>('.turn[tabindex="0"]');
    row?.focus({ preventScroll: true });
  };
  const needWords = () => {
    setStatus(t('coding.selectFirst'));
    return true;
  };
  /** Codes the selection (or the focused turn) with an existing code: a number key or a recent code. */
  const codeWith = (codeId: string) => {
    const range = target();
    if (!view) return false;
    if (!range) return needWords();
    apply(range, { codeId });
    return true;
  };

  const keys: WorkspaceCommands = {
    palette: () => {
      const range = target();
      if (!view) return false;
      if (!range) return needWords();
      setPalette({ mode: 'apply', range, quote: view.text.slice(range.start, range.end), anchor: anchorFor(range) });
      return true;
    },
    inVivo: () => {
      const range = target();
      if (!view) return false;
      if (!range) return needWords();
      const name = inVivoName(view.text.slice(range.start, range.end));
      if (!name) return needWords();
      const same = o.codes.find((c) => c.parentId === null && c.name.toLowerCase() === name.toLowerCase());
      apply(range, same ? { codeId: same.id } : { newCode: { name, parentId: null } });
      return true;
    },
    numberKey: (n) => {
      const slot = o.slots.find((s) => s.key === n);
      return slot ? codeWith(slot.codeId) : false;
    },
    removeCoding: () => {
      if (!selected) return false;
      void removeCoding(selected);
      return true;
    },
    recode: () => {
      if (!selected || !view) return false;
      recodeCoding(selected);
      return true;
    },
    memo: () => {
      if (!selected) return false;
      memoCoding(selected);
      return true;
    },
    undo: () => (void actions.undo(), true),
    redo: () => (void actions.redo(), true),
    find: () => {
      if (!view) return false;
      o.find.open();
      return true;
    },
    escape: () => {
      if (o.adjusting) o.setAdjusting(null);
      else if (selectedCodingId) setSelectedCodingId(null);
      else if (selection.range) selection.clear();
      else return false;
      return true;
    },
    confirm: () => {
      if (!o.adjusting) return false;
      if (!selection.range) {
        setStatus(t('coding.selectToAdjust'));
        return true;
      }
      void actions.change(o.adjusting, { start: selection.range.start, end: selection.range.end });
      selection.clear();
      o.setAdjusting(null);
      return true;
    },
    nudge: (edge, dir) => {
      if (!selected || !view || selected.status !== 'anchored' || selection.live) return false;
      const next = edge === 'start' ? moveStartByWord(view.text, selected.start, dir) : moveEndByWord(view.text, selected.end, dir);
      const range = edge === 'start' ? { start: next, end: selected.end } : { start: selected.start, end: next };
      if (range.end <= range.start || next === (edge === 'start' ? selected.start : selected.end)) return true;
      void actions.change(selected, range);
      return true;
    },
  };

  const clearSelection = selection.clear;
  const selectCoding = useCallback(
    (id: string | null) => {
      if (id) clearSelection();
      setSelectedCodingId(id);
    },
    [clearSelection, setSelectedCodingId],
  );
  const showCoding = (coding: Coding) => {
    selectCoding(coding.id);
    if (coding.status === 'anchored') o.reveal(coding, true);
  };
  function recodeCoding(coding: Coding) {
    if (!view) return;
    setSelectedCodingId(coding.id);
    setPalette({ mode: 'recode', coding, quote: coding.quote, anchor: coding.status === 'anchored' ? anchorFor(coding) : null });
  }
  function memoCoding(coding: Coding) {
    const path = o.codes.find((c) => c.id === coding.codeId)?.path ?? t('coding.codingFallback');
    o.onOpenMemo({ kind: 'coding', id: coding.id }, t('coding.codingMemoHeading', { quote: excerpt(coding.quote, 40), path }));
  }
  async function removeCoding(coding: Coding) {
    setSelectedCodingId(null);
    await actions.remove(coding);
  }
  const adjustCoding = (coding: Coding) => {
    o.setAdjusting(coding);
    setSelectedCodingId(coding.id);
    if (coding.status === 'anchored') {
      o.reveal(coding, false);
      window.setTimeout(() => selection.set({ start: coding.start, end: coding.end }), 150);
    }
  };

  const choose = (choice: CodeChoice) => {
    const p = o.palette;
    setPalette(null);
    if (!p) return;
    focusTurnAt(p.mode === 'apply' ? p.range.start : p.coding.start);
    if (p.mode === 'apply') apply(p.range, choice);
    else
      void actions.change(p.coding, 'codeId' in choice ? { codeId: choice.codeId } : {}, 'newCode' in choice ? choice.newCode : undefined);
  };
  const closePalette = () => {
    const p = o.palette;
    setPalette(null);
    requestAnimationFrame(() => {
      focusTurnAt(p?.mode === 'apply' ? p.range.start : (p?.coding.start ?? null));
      selection.restore();
    });
  };

  /** A code dragged from the codebook: onto the selection, else onto the turn it was dropped on. */
  const dropCode = (codeId: string, on: HTMLElement) => {
    const row = on.closest<HTMLElement>('[data-index]');
    const turn = row ? view?.turnList[Number(row.dataset.index)] : undefined;
    const range = selection.range ?? (turn ? { start: turn.start, end: turn.end } : null);
    if (range) apply(range, { codeId });
    else needWords();
  };

  /** Copies the selected words with speaker names, also across turns that are not mounted. */
  const copy = (event: ClipboardEvent) => {
    const range = selection.range;
    if (!view || !range || !event.clipboardData) return false;
    const parts: string[] = [];
    for (let i = turnIndexAt(view.turnList, range.start); i < view.turnList.length && view.turnList[i]!.start < range.end; i++) {
      const turn = view.turnList[i]!;
      const words = view.text.slice(Math.max(turn.start, range.start), Math.min(turn.end, range.end));
      if (words) parts.push(parts.length || range.start <= turn.start ? `${turn.speaker ?? t('coding.unknownSpeaker')}: ${words}` : words);
    }
    event.clipboardData.setData('text/plain', parts.length > 1 ? parts.join('\n\n') : view.text.slice(range.start, range.end));
    return true;
  };

  const keepOffsets = useMemo(
    () => (selection.range ? [selection.range.start, Math.max(selection.range.start, selection.range.end - 1)] : []),
    [selection.range],
  );

  return {
    keys,
    codeWith,
    keepOffsets,
    selectCoding,
    showCoding,
    recodeCoding,
    memoCoding,
    removeCoding,
    adjustCoding,
    choose,
    closePalette,
    dropCode,
    copy,
  };
}
