import { useCallback } from 'react';
import type { Code, Coding, DocumentView, Turn } from '../../shared/domain/coding';
import { invoke } from '../api';
import { useHistoryState } from '../ui/useHistoryState';
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
  /** A code was applied (for the recently-used number keys). */
  onUsed: (codeId: string) => void;
  /** Codes whose counts a coding just made changed, counted afresh by the backend. */
  onCodes: (codes: readonly Code[]) => void;
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
  return {
    id,
    documentId: view.id,
    codeId,
    start,
    end,
    quote: view.text.slice(start, end),
    status: 'anchored',
    memo: null,
    coder: null,
    createdAt: new Date().toISOString(),
  };
}

/**
 * Every coding action of the workspace. Each one is one write whose answer goes into the local view
 * at once; a new coding's answer brings its code's counts too (onCodes). Other codebook counts and
 * the undo labels follow from the change event the write publishes (renderer/ui/useQuery.ts), so
 * nothing here reads the document again.
 */
export function useCodingActions({ doc, onUsed, onCodes, announce }: Options) {
  const call = useCall();
  const toast = useToast();
  const { t } = useT();
  const [history, setHistory] = useHistoryState();
  const { view, update, replace, reload } = doc;

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
      const { codes, ...coding } = r.value;
      update((v) => withCoding(v, coding, early?.id));
      onCodes(codes);
      onUsed(coding.codeId);
      announce(t('coding.announceCoded', { quote: excerpt(coding.quote, 50) }));
      return coding;
    },
    [view, call, update, onCodes, onUsed, announce, t],
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
    },
    [update, call, reload, announce, t],
  );

  /** Recode, adjust boundaries (start/end) or both. */
  const change = useCallback(
    async (
      coding: Coding,
      changes: { codeId?: string; start?: number; end?: number },
      createCode?: { name: string; parentId: string | null },
    ) => {
      if (coding.id.startsWith('pending-')) return;
      let codeId = changes.codeId;
      if (createCode) {
        const created = await call('codes:create', createCode);
        if (!created.ok) return;
        codeId = created.value.id;
      }
      const r = await call('codings:update', { id: coding.id, ...changes, ...(codeId ? { codeId } : {}) });
      if (!r.ok) return;
      update((v) => withCoding(v, r.value));
      if (codeId) onUsed(codeId);
      announce(changes.start !== undefined || changes.end !== undefined ? t('coding.announceAdjusted') : t('coding.announceRecoded'));
    },
    [call, update, onUsed, announce, t],
  );

  const editTurn = useCallback(
    async (turn: Turn, text: string) => {
      if (!view || text === view.text.slice(turn.start, turn.end)) return;
      const r = await invoke('documents:editTurn', { documentId: view.id, turnId: turn.id, baseRev: view.rev, text });
      if (r.ok) {
        replace(r.value);
        const orphans =
          r.value.codingList.filter((c) => c.status === 'orphaned').length - view.codingList.filter((c) => c.status === 'orphaned').length;
        announce(orphans > 0 ? t('coding.announceTextSavedOrphans', { count: orphans }) : t('coding.announceTextSaved'));
      } else if (r.error.code === 'CONFLICT') {
        toast.error(t('coding.editConflict'));
        await reload();
      } else toast.error(r.error.message);
    },
    [view, replace, announce, toast, reload, t],
  );

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const r = await call(direction === 'undo' ? 'history:undo' : 'history:redo', {});
      if (!r.ok) return;
      setHistory({ undo: r.value.undo, redo: r.value.redo });
      const step = 'undone' in r.value ? r.value.undone : r.value.redone;
      // The view, the codebook and the document list read again from the change event.
      announce(t(direction === 'undo' ? 'coding.announceUndone' : 'coding.announceRedone', { action: stepText(t, step) }));
    },
    [call, announce, setHistory, t],
  );

  return {
    history,
    apply,
    remove,
    change,
    editTurn,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
  };
}

export type CodingActions = ReturnType<typeof useCodingActions>;
