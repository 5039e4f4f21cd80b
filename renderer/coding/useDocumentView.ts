import { useCallback, useState } from 'react';
import type { DocumentView } from '../../shared/domain/coding';
import { useQuery } from '../ui/useQuery';

/** True when two views draw the same (a reconciling read that changes nothing keeps the old object). */
function sameView(a: DocumentView, b: DocumentView): boolean {
  if (a.rev !== b.rev || a.title !== b.title || a.turnList.length !== b.turnList.length || a.codingList.length !== b.codingList.length)
    return false;
  const codings = (v: DocumentView) =>
    v.codingList
      .map((c) => `${c.id}|${c.codeId}|${c.start}|${c.end}|${c.status}|${c.memo ?? ''}`)
      .sort()
      .join('\n');
  const turns = (v: DocumentView) => v.turnList.map((t) => `${t.id}|${t.start}|${t.end}|${t.speaker ?? ''}|${t.role ?? ''}`).join('\n');
  return codings(a) === codings(b) && turns(a) === turns(b);
}

/**
 * The writes of the coding view that put their answer into the view themselves (useCodingActions):
 * their change events need no read here. Any other change to this document's text or codings (a
 * merge in the codebook, undo, another tab) reads the document again.
 */
const APPLIED_HERE = ['codings:create', 'codings:update', 'codings:delete', 'documents:editTurn'];

/**
 * The open document. Local changes (a coding just created or removed) are applied at once with
 * `update`; an answer that a newer local change has overtaken is dropped (renderer/ui/liveQuery.ts).
 */
export function useDocumentView(documentId: string | null) {
  const query = useQuery('documents:get', documentId ? { id: documentId } : null, {
    kinds: ['documents', 'codings'],
    documentId,
    appliedHere: APPLIED_HERE,
  });
  // A read that draws the same as what is shown keeps the shown object (no re-render of the list).
  const [shown, setShown] = useState<DocumentView | null>(null);
  // Only a read is compared: a local change (a coding just made) is a change by definition, and
  // comparing 3,000 codings on every keypress would cost the paint.
  const keep =
    query.fromRead &&
    query.data !== null &&
    shown !== null &&
    shown !== query.data &&
    shown.id === query.data.id &&
    sameView(shown, query.data);
  const view = keep ? shown : query.data;
  if (view !== shown) setShown(view);
  const { set, refetch } = query;

  const update = useCallback((change: (view: DocumentView) => DocumentView) => set(change), [set]);
  const replace = useCallback((next: DocumentView) => set(() => next), [set]);

  return { view, error: query.error, reload: refetch, update, replace };
}

export type DocumentState = ReturnType<typeof useDocumentView>;
