import { useMemo, useState } from 'react';
import type { RetrieveResult, RetrieveSort } from '../../shared/domain/retrieve';
import { useQuery } from '../ui/useQuery';
import { useLanguage } from '../i18n/useT';
import { NO_FILTER, toQuery, type FilterState } from './filters';

/** What the retrieve view remembers while the workspace shows a transcript instead. */
export interface RetrieveSettings {
  includeChildren: boolean;
  sort: RetrieveSort;
  filter: FilterState;
}

export const DEFAULT_RETRIEVE: RetrieveSettings = { includeChildren: true, sort: 'session', filter: NO_FILTER };

/** What passages are made of: the codings and their codes, the text they quote, and the people who said it. */
const PASSAGE_KINDS = ['codings', 'codes', 'documents', 'participants', 'attributes', 'sessions'] as const;

/**
 * The passages of a code as the backend filters and sorts them, fresh after any change to what
 * they are made of. The last answer stays on screen while the next loads.
 */
export function useRetrieve(codeId: string | null, settings: RetrieveSettings) {
  // The backend names scale groups ("Promoter") in the UI's language.
  const { locale: language } = useLanguage();
  const query = codeId
    ? { codeId, includeChildren: settings.includeChildren, sort: settings.sort, filter: toQuery(settings.filter), language }
    : null;
  const { data, error, loading } = useQuery('retrieve:passages', query, { kinds: PASSAGE_KINDS });
  const [last, setLast] = useState<RetrieveResult | null>(null);
  if (data && data !== last) setLast(data);
  if (!codeId) return { result: null, error: null, loading: false };
  return { result: data ?? (error ? null : last), error, loading };
}

/** Participants and attributes, for the facts line under each quote; fresh when either changes. */
export function usePeople() {
  const participants = useQuery('participants:list', {}, { kinds: ['participants'] });
  const attributes = useQuery('attributes:list', {}, { kinds: ['attributes'] });
  const byId = useMemo(() => new Map((participants.data ?? []).map((p) => [p.id, p])), [participants.data]);
  return useMemo(() => ({ byId, attributes: attributes.data ?? [] }), [byId, attributes.data]);
}
