import { useState } from 'react';
import { invoke } from '../api';

/** Deleting a memo: an empty, never-saved one goes at once; a saved one after confirming. */
export function useDeleteMemo(remove: (key: string) => void, onDeleted?: (key: string) => void) {
  const [pending, setPending] = useState<{ key: string; id: string; title: string } | null>(null);

  const ask = (key: string, id: string | null, title: string) => {
    if (id === null) {
      remove(key);
      onDeleted?.(key);
    } else setPending({ key, id, title });
  };

  const confirm = async (): Promise<string | null> => {
    if (!pending) return null;
    const r = await invoke('memos:delete', { id: pending.id });
    if (!r.ok) return r.error.message;
    remove(pending.key);
    onDeleted?.(pending.key);
    setPending(null);
    return null;
  };

  return { pending, ask, confirm, cancel: () => setPending(null) };
}
