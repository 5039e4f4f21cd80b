import { useCallback, useEffect, useRef, useState } from 'react';
import type { Coding, DocumentView, HistoryState, Turn } from '../../shared/domain/coding';
import { invoke } from '../api';
import { useToast } from '../ui/Toast';
import { useCall } from '../ui/useCall';
import type { DocumentState } from './useDocumentView';
import type { OffsetRange } from './selectionOffsets';
import { stepText } from '../ui/codeLook';
import { excerpt } from '../ui/segments';
import type { CodeChoice } from '../ui/paletteOptions';
import { useT } from '../i18n/useT';

interface Options {
  doc: DocumentState;
  reloadCodes: () => Promise<void>;
  reloadDocuments: () => void;
  /** A code was applied (for the recently-used number keys). */
  onUsed: (codeId: string) => void;
  /** A short confirmation for the status line (read by screen readers). */
  announce: (message: string) => void;
}

const withCoding = (view: DocumentView, coding: Coding, replacing?: string): DocumentView => {
  const codingList = [...view.codingList.filter((c) => c.id !== coding.id && c.id !== replacing), coding];
  return { ...view, codingList, codings: codingList.length };
};
const without = (view: DocumentView, id: string): DocumentView => {
  const codingList = view.codingList.filter((c) => c.id !== id);
  return { ...view, codingList, codings: codingList.length };
};

let provisionalIds = 0;

/** The coding the backend is about to create (edges trimmed of white space as it does), drawn before it answers. */
function provisional(view: DocumentView, range: OffsetRange, codeId: string): Coding | null {
  let { start, end } = range;
  while (start < end && /\s/.test(view.text[start]!)) start++;
  while (end > start && /\s/.test(view.text[end - 1]!)) end--;
  if (start >= end) return null;
  const id = `pending-${++provisionalIds}`;
  return { id, documentId: view.id, codeId, start, end, quote: view.text.slice(start, end), status: 'anchored', memo: null, coder: null, createdAt: new Date().toISOString() };
}

/**
 * Every coding action of the workspace. Each one shows its result at once (the returned coding goes
 * into the local view), then reconciles the view, the codebook counts and the undo labels.
 */
export function useCodingActions({ doc, reloadCodes, reloadDocuments, onUsed, announce }: Options) {
  const call = useCall();
  const toast = useToast();
  const { t } = useT();
  const [history, setHistory] = useState<HistoryState>({ undo: null, redo: null });
  const { view, update, replace, reload } = doc;

  const refreshHistory = useCallback(async () => {
    const r = await invoke('history:state', {});
    if (r.ok) setHistory(r.value);
  }, []);
  useEffect(() => {
    void (async () => {
      await refreshHistory();
    })();
  }, [refreshHistory]);

  // One reconciling reload (view, document counts, codebook counts) a moment after a burst of actions,
  // so quick coding never waits behind the larger reads.
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const settle = useCallback(() => {
    void refreshHistory();
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      void reload();
      reloadDocuments();
      void reloadCodes();
    }, 450);
  }, [refreshHistory, reload, reloadDocuments, reloadCodes]);

  const apply = useCallback(
    async (range: OffsetRange, choice: CodeChoice): Promise<Coding | null> => {
      if (!view) return null;
      const early = 'codeId' in choice ? provisional(view, range, choice.codeId) : null;
      if (early) update((v) => withCoding(v, early));
      const r = await call('codings:create', { documentId: view.id, start: range.start, end: range.end, ...choice });
      if (!r.ok) {
        if (early) update((v) => without(v, early.id));
        return null;
      }
      // A new code needs its colour before its first highlight.
      if ('newCode' in choice) await reloadCodes();
      update((v) => withCoding(v, r.value, early?.id));
      onUsed(r.value.codeId);
      announce(t('coding.announceCoded', { quote: excerpt(r.value.quote, 50) }));
      settle();
      return r.value;
    },
    [view, call, reloadCodes, update, onUsed, announce, settle, t],
  );

  const remove = useCallback(
    async (coding: Coding) => {
      if (coding.id.startsWith('pending-')) return;
      update((v) => {
        const codingList = v.codingList.filter((c) => c.id !== coding.id);
        return { ...v, codingList, codings: codingList.length };
      });
      const r = await call('codings:delete', { id: coding.id });
      if (!r.ok) void reload();
      else announce(t('coding.announceRemoved', { quote: excerpt(coding.quote, 50) }));
      settle();
    },
    [update, call, reload, announce, settle, t],
  );

  /** Recode, adjust boundaries (start/end) or both. */
  const change = useCallback(
    async (coding: Coding, changes: { codeId?: string; start?: number; end?: number }, createCode?: { name: string; parentId: string | null }) => {
      if (coding.id.startsWith('pending-')) return;
      let codeId = changes.codeId;
      if (createCode) {
        const created = await call('codes:create', createCode);
        if (!created.ok) return;
        codeId = created.value.id;
      }
      const r = await call('codings:update', { id: coding.id, ...changes, ...(codeId ? { codeId } : {}) });
      if (!r.ok) return;
      if (createCode) await reloadCodes();
      update((v) => withCoding(v, r.value));
      if (codeId) onUsed(codeId);
      announce(changes.start !== undefined || changes.end !== undefined ? t('coding.announceAdjusted') : t('coding.announceRecoded'));
      settle();
    },
    [call, reloadCodes, update, onUsed, announce, settle, t],
  );

  const editTurn = useCallback(
    async (turn: Turn, text: string) => {
      if (!view || text === view.text.slice(turn.start, turn.end)) return;
      const r = await invoke('documents:editTurn', { documentId: view.id, turnId: turn.id, baseRev: view.rev, text });
      if (r.ok) {
        replace(r.value);
        const orphans = r.value.codingList.filter((c) => c.status === 'orphaned').length - view.codingList.filter((c) => c.status === 'orphaned').length;
        announce(orphans > 0 ? t('coding.announceTextSavedOrphans', { count: orphans }) : t('coding.announceTextSaved'));
      } else if (r.error.code === 'CONFLICT') {
        toast.error(t('coding.editConflict'));
        await reload();
      } else toast.error(r.error.message);
      settle();
    },
    [view, replace, announce, toast, reload, settle, t],
  );

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const r = await call(direction === 'undo' ? 'history:undo' : 'history:redo', {});
      if (!r.ok) return;
      setHistory({ undo: r.value.undo, redo: r.value.redo });
      const step = 'undone' in r.value ? r.value.undone : r.value.redone;
      announce(t(direction === 'undo' ? 'coding.announceUndone' : 'coding.announceRedone', { action: stepText(t, step) }));
      await Promise.all([reload(), reloadCodes()]);
      reloadDocuments();
    },
    [call, announce, reload, reloadCodes, reloadDocuments, t],
  );

  return {
    history,
    refreshHistory,
    apply,
    remove,
    change,
    editTurn,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
  };
}

export type CodingActions = ReturnType<typeof useCodingActions>;
