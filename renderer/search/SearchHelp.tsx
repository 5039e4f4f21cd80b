import { useT } from '../i18n/useT';

/** The examples the empty Search tab shows: what to type, each with what it finds. */
const EXAMPLES = [
  ['price delivery', 'search.helpWords'],
  ['"free delivery"', 'search.helpPhrase'],
  ['deliver*', 'search.helpPrefix'],
  ['price OR cost', 'search.helpOr'],
  ['price NOT delivery', 'search.helpNot'],
  ['price NEAR/5 expensive', 'search.helpNear'],
] as const;

/** The empty state: what a search covers and the query language, by example. */
export function SearchHelp() {
  const { t } = useT();
  return (
    <div className="empty-state search-help">
      <h3>{t('search.emptyTitle')}</h3>
      <p>{t('search.emptyText')}</p>
      <dl className="search-examples">
        {EXAMPLES.map(([query, id]) => (
          <div key={query} className="search-example">
            {/* The query language's words (AND, OR, NOT, NEAR) are the same in every language. */}
            <dt>
              <code translate="no">{query}</code>
            </dt>
            <dd>{t(id)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
