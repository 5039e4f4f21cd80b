import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentView } from '../../shared/domain/coding';
import { invoke } from '../api';

/** True when two views draw the same (a reconciling reload that changes nothing keeps the old object). */
function sameView(a: DocumentView, b: DocumentView): boolean {
  if (a.rev !== b.rev || a.title !== b.title || a.turnList.length !== b.turnList.length || a.codingList.length !== b.codingList.length) return false;
  const codings = (v: DocumentView) =>
    v.codingList
      .map((c) => `${c.id}|${c.codeId}|${c.start}|${c.end}|${c.status}|${c.memo ?? ''}`)
      .sort()
      .join('\n');
  const turns = (v: DocumentView) => v.turnList.map((t) => `${t.id}|${t.start}|${t.end}|${t.speaker ?? ''}|${t.role ?? ''}`).join('\n');
  return codings(a) === codings(b) && turns(a) === turns(b);
}

/**
 * The open document. Local changes (a coding just created or removed) are applied at once with
 * `update`; a later `reload` reconciles with the backend, and an answer that a newer local change
 * has overtaken is dropped.
 */
export function useDocumentView(documentId: string | null) {
  const [state, setState] = useState<{ id: string; view: DocumentView } | null>(null);
  const [failure, setFailure] = useState<{ id: string; message: string } | null>(null);
  const changes = useRef(0);

  const reload = useCallback(async () => {
    if (!documentId) return;
    const started = changes.current;
    const r = await invoke('documents:get', { id: documentId });
    if (!r.ok) {
      setFailure({ id: documentId, message: r.error.message });
      return;
    }
    setFailure(null);
    if (changes.current !== started) return;
    setState((prev) => (prev && prev.id === documentId && sameView(prev.view, r.value) ? prev : { id: documentId, view: r.value }));
  }, [documentId]);

  useEffect(() => {
    void (async () => {
      await reload();
    })();
  }, [reload]);

  const update = useCallback(
    (change: (view: DocumentView) => DocumentView) => {
      changes.current++;
      setState((prev) => (prev && prev.id === documentId ? { id: documentId, view: change(prev.view) } : prev));
    },
    [documentId],
  );

  const replace = useCallback((view: DocumentView) => {
    changes.current++;
    setState({ id: view.id, view });
  }, []);


  return {
    view: state && state.id === documentId ? state.view : null,
    error: failure && failure.id === documentId ? failure.message : null,
    reload,
    update,
    replace,
  };
}

export type DocumentState = ReturnType<typeof useDocumentView>;
