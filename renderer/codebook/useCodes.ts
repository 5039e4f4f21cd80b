import { useCallback, useEffect, useState } from 'react';
import type { Code } from '../../shared/domain/coding';
import { invoke, on } from '../api';

/** The codebook of the open study; reloads itself when the study changes (opened, imported into). */
export function useCodes(): { codes: Code[] | null; reload: () => Promise<void>; error: string | null } {
  const [codes, setCodes] = useState<Code[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await invoke('codes:list', {});
    if (result.ok) {
      setCodes(result.value);
      setError(null);
    } else setError(result.error.message);
  }, []);

  useEffect(() => {
    void (async () => {
      await reload();
    })();
    return on('study:changed', () => void reload());
  }, [reload]);

  return { codes, reload, error };
}
