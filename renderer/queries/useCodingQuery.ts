import { useMemo, useState } from 'react';
import type { CodingQueryInput, CodingQueryResult } from '../../shared/domain/codingQuery';
import type { DataKind } from '../../shared/domain/dataChange';
import { useLanguage } from '../i18n/useT';
import { NO_FILTER, toQuery, type FilterState } from '../retrieve/filters';
import { useQuery } from '../ui/useQuery';

/** What a query's passages are made of: it runs again when any of these changes. */
const RESULT_KINDS: DataKind[] = ['codings', 'codes', 'documents', 'participants', 'attributes', 'sessions'];

/**
 * The coding query being written and the one last run. The result is read through `queries:run`
 * only after Run (a half-typed expression is not an error worth showing), then stays fresh as the
 * codings change; the last answer stays on screen while the next loads.
 */
export function useCodingQuery() {
  const { locale: language } = useLanguage();
  const [expression, setExpression] = useState('');
  const [filter, setFilter] = useState<FilterState>(NO_FILTER);
  const [ran, setRan] = useState<CodingQueryInput | null>(null);
  const result = useQuery('queries:run', ran, { kinds: RESULT_KINDS });
  const options = useQuery('queries:options', { language }, { kinds: RESULT_KINDS });
  const saved = useQuery('queries:list', {}, { kinds: ['queries'] });
  const codes = useQuery('codes:list', {}, { kinds: ['codes'] });
  const [last, setLast] = useState<CodingQueryResult | null>(null);
  if (result.data && result.data !== last) setLast(result.data);
  const restrictions = useMemo(() => toQuery(filter), [filter]);
  return {
    expression,
    setExpression,
    filter,
    setFilter,
    restrictions,
    /** Runs what is written now (again, if it is the same: the button always answers). */
    run: () => {
      const next = { expression, restrictions };
      if (JSON.stringify(next) === JSON.stringify(ran)) void result.refetch();
      else setRan(next);
    },
    /** Puts a query (a saved one) on screen and runs it. */
    load: (next: { expression: string; filter: FilterState }) => {
      setExpression(next.expression);
      setFilter(next.filter);
      setRan({ expression: next.expression, restrictions: toQuery(next.filter) });
    },
    ran,
    result: ran ? (result.data ?? (result.error ? null : last)) : null,
    error: ran ? result.error : null,
    loading: ran !== null && result.loading,
    options: options.data,
    saved: saved.data ?? [],
    codes: codes.data ?? [],
  };
}
export type CodingQueryState = ReturnType<typeof useCodingQuery>;
