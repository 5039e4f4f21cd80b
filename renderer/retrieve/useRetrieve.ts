import { useEffect, useState } from 'react';
import type { RetrieveResult, RetrieveSort } from '../../shared/domain/retrieve';
import type { Attribute, Participant } from '../../shared/domain/study';
import { invoke, on } from '../api';
import { useLanguage } from '../i18n/useT';
import { NO_FILTER, toQuery, type FilterState } from './filters';

/** What the retrieve view remembers while the workspace shows a transcript instead. */
export interface RetrieveSettings {
  includeChildren: boolean;
  sort: RetrieveSort;
  filter: FilterState;
}

export const DEFAULT_RETRIEVE: RetrieveSettings = { includeChildren: true, sort: 'session', filter: NO_FILTER };

/**
 * The passages of a code as the backend filters and sorts them. The last answer stays on screen
 * while the next loads; `signal` (the code's counts) changing means its codings changed.
 */
export function useRetrieve(codeId: string | null, settings: RetrieveSettings, signal: string) {
  const [state, setState] = useState<{ key: string; result: RetrieveResult | null; error: string | null }>({ key: '', result: null, error: null });
  const [changes, setChanges] = useState(0);
  // The backend names scale groups ("Promoter") in the UI's language.
  const { locale: language } = useLanguage();
  const query = codeId ? { codeId, includeChildren: settings.includeChildren, sort: settings.sort, filter: toQuery(settings.filter), language } : null;
  const key = JSON.stringify(query);

  useEffect(() => on('study:changed', () => setChanges((n) => n + 1)), []);
  useEffect(() => {
    if (!query) return;
    let live = true;
    void invoke('retrieve:passages', query).then((r) => {
      if (live) setState(r.ok ? { key, result: r.value, error: null } : { key, result: null, error: r.error.message });
    });
    return () => {
      live = false;
    };
    // `key` stands for the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, signal, changes]);
  const current = codeId !== null && state.key === key;
  return { result: codeId ? state.result : null, error: codeId ? state.error : null, loading: codeId !== null && !current };
}

/** Participants and attributes, for the facts line under each quote; reloaded when the study changes. */
export function usePeople() {
  const [people, setPeople] = useState<{ byId: Map<string, Participant>; attributes: Attribute[] }>({ byId: new Map(), attributes: [] });
  useEffect(() => {
    let live = true;
    const load = async () => {
      const [p, a] = await Promise.all([invoke('participants:list', {}), invoke('attributes:list', {})]);
      if (live && p.ok && a.ok) setPeople({ byId: new Map(p.value.map((x) => [x.id, x])), attributes: a.value });
    };
    void load();
    const off = on('study:changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return people;
}
