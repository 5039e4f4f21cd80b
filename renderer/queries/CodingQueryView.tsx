import { useState } from 'react';
import type { QueryRestrictions, SavedQuery } from '../../shared/domain/codingQuery';
import type { RetrieveOptions } from '../../shared/domain/retrieve';
import { useT } from '../i18n/useT';
import { FilterBar } from '../retrieve/FilterBar';
import type { FilterState } from '../retrieve/filters';
import '../retrieve/retrieve.css';
import type { StudyData } from '../study/useStudyData';
import { useCall } from '../ui/useCall';
import { useToast } from '../ui/Toast';
import { ExpressionBuilder } from './ExpressionBuilder';
import { QueryResults } from './QueryResults';
import { SavedQueries } from './SavedQueries';
import { useCodingQuery } from './useCodingQuery';

export interface CodingQueryViewProps {
  data: StudyData;
  onOpenInCoding(documentId: string, offset: number): void;
}

/** A saved query's restrictions as the filter bar holds them, named from the choices it offers. */
function toFilter(r: QueryRestrictions, options: RetrieveOptions | null): FilterState {
  const named = <T,>(keys: string[], list: T[], key: (x: T) => string, label: (x: T) => string) =>
    keys.map((k) => {
      const found = list.find((x) => key(x) === k);
      return { key: k, label: found ? label(found) : k };
    });
  return {
    sessions: named(
      r.sessionIds,
      options?.sessions ?? [],
      (s) => s.id,
      (s) => s.title,
    ),
    speakers: named(
      r.speakers,
      options?.speakers ?? [],
      (s) => s.key,
      (s) => s.name,
    ),
    coders: named(
      r.coderIds,
      options?.coders ?? [],
      (c) => c.id,
      (c) => c.name,
    ),
    attributes: Object.fromEntries(
      r.attributes.map((a) => {
        const attribute = options?.attributes.find((x) => x.id === a.attributeId);
        return [
          a.attributeId,
          {
            name: attribute?.name ?? '',
            values: named(
              a.values,
              attribute?.values ?? [],
              (v) => v.key,
              (v) => v.label,
            ),
          },
        ];
      }),
    ),
  };
}

/** The coding query view: an expression over codes, restrictions, Run, the passages found, saved queries. */
export function CodingQueryView({ onOpenInCoding }: CodingQueryViewProps) {
  const { t } = useT();
  const q = useCodingQuery();
  const call = useCall();
  const toast = useToast();
  const [codeName, setCodeName] = useState('');
  const open = (saved: SavedQuery) => q.load({ expression: saved.expression, filter: toFilter(saved.restrictions, q.options) });
  const codeResults = async () => {
    if (!q.ran) return;
    const name = codeName.trim();
    const r = await call('queries:codeResults', { ...q.ran, code: { name, parentId: null } });
    if (r.ok) {
      setCodeName('');
      toast.info(t('queries.codeResultsDone', { count: r.value.codings, code: name }));
    }
  };
  const result = q.result;
  return (
    <section className="queries-view query-view" aria-label={t('queries.viewQuery')} aria-busy={q.loading}>
      <div className="query-main">
        <ExpressionBuilder expression={q.expression} codes={q.codes} onExpression={q.setExpression} onRun={q.run} />
        {q.options && <FilterBar options={q.options} filter={q.filter} onFilter={q.setFilter} />}
        <div className="query-actions">
          <button type="button" className="button button-primary" disabled={q.expression.trim() === ''} onClick={q.run}>
            {q.loading ? t('queries.running') : t('queries.run')}
          </button>
          {result && (
            <p className="query-count" role="status">
              {t('queries.resultCount', {
                passages: result.passages.length,
                documents: result.documents,
                participants: result.participants.length,
              })}
            </p>
          )}
        </div>
        {q.error && (
          <div role="alert" className="inline-error">
            {q.error}
          </div>
        )}
        {result && result.passages.length > 0 && (
          <form
            className="query-code-results"
            onSubmit={(e) => {
              e.preventDefault();
              void codeResults();
            }}
          >
            <input
              type="text"
              aria-label={t('queries.codeResultsName')}
              placeholder={t('queries.codeResultsName')}
              value={codeName}
              maxLength={200}
              onChange={(e) => setCodeName(e.target.value)}
            />
            <button type="submit" className="button button-small" disabled={codeName.trim() === ''}>
              {t('queries.codeResults')}
            </button>
          </form>
        )}
        {result && <QueryResults result={result} onOpen={onOpenInCoding} />}
      </div>
      <SavedQueries saved={q.saved} current={{ expression: q.expression, restrictions: q.restrictions }} onOpen={open} />
    </section>
  );
}
