import type { Code } from '../../shared/domain/coding';
import { useQuery } from '../ui/useQuery';

/**
 * The codebook of the open study with its counts; fresh after every change to codes or codings,
 * wherever it was made (this screen, another window or browser tab, an import).
 */
export function useCodes(): { codes: Code[] | null; reload: () => Promise<void>; error: string | null } {
  const { data, error, refetch } = useQuery('codes:list', {}, { kinds: ['codes', 'codings'] });
  return { codes: data, reload: refetch, error };
}
