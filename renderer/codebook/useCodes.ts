import type { Code } from '../../shared/domain/coding';
import { useQuery } from '../ui/useQuery';

/**
 * The codebook of the open study with its counts; fresh after every change to codes or codings,
 * wherever it was made (this screen, another window or browser tab, an import). `appliedHere` names
 * the writes whose answers the caller puts into the codebook itself with `set` (their change
 * events then need no read in this page).
 */
export function useCodes(appliedHere?: readonly string[]): {
  codes: Code[] | null;
  reload: () => Promise<void>;
  set: (update: (codes: Code[]) => Code[]) => void;
  error: string | null;
} {
  const { data, error, refetch, set } = useQuery(
    'codes:list',
    {},
    { kinds: ['codes', 'codings'], ...(appliedHere ? { appliedHere } : {}) },
  );
  return { codes: data, reload: refetch, set, error };
}
