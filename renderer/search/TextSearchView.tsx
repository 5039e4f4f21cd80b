import { useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchInput, SearchKind } from '../../shared/domain/search';
import type { Session } from '../../shared/domain/study';
import { useT } from '../i18n/useT';
import { FilterBar } from '../retrieve/FilterBar';
import { FilterMenu } from '../retrieve/FilterMenu';
import { NO_FILTER, toQuery, type Chosen, type FilterState } from '../retrieve/filters';
import { useQuery } from '../ui/useQuery';
import { AutocodeDialog } from './AutocodeDialog';
import { HitList, type HitListHandle } from './HitList';
import type { OpenHit, SearchRequest } from './SearchPanel';
import { SearchHelp } from './SearchHelp';
import { useSearchOptions } from './useSearchOptions';

interface TextSearchViewProps {
  sessions: readonly Session[] | null;
  /** A search asked for from elsewhere (Word frequencies): it fills the box and runs. */
  request: SearchRequest | null;
  onOpen(hit: OpenHit): void;
}

/** Hits drawn at most; `total` still counts them all. */
const LIMIT = 5000;
/** What a search reads: the text of transcripts, notes and memos, and who said it. */
const SEARCH_KINDS = ['documents', 'live', 'memos', 'participants', 'attributes', 'sessions'] as const;

/**
 * Text search across every transcript, live note and memo of the study. Enter runs the query; the
 * filters and the fuzzy toggle run it again. Results read as keyword in context; ↓ goes from the box
 * into them, Escape back.
 */
export function TextSearchView({ sessions, request, onOpen }: TextSearchViewProps) {
  const { t, number } = useT();
  const [text, setText] = useState(request?.query ?? '');
  const [ran, setRan] = useState<string | null>(request?.query ?? null);
  const [fuzzy, setFuzzy] = useState(false);
  const [filter, setFilter] = useState<FilterState>(NO_FILTER);
  const [kinds, setKinds] = useState<Chosen[]>([]);
  const [includeModerator, setIncludeModerator] = useState(false);
  const [active, setActive] = useState(0);
  const [autocoding, setAutocoding] = useState(false);
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HitListHandle>(null);
  const options = useSearchOptions(sessions);

  // A word handed over from Word frequencies runs at once.
  const [handled, setHandled] = useState(request?.seq ?? 0);
  if (request && request.seq !== handled) {
    setHandled(request.seq);
    setText(request.query);
    setRan(request.query);
  }
  useEffect(() => box.current?.focus(), []);

  const { sessionIds, speakers, attributes } = toQuery(filter);
  const search: SearchInput | null = ran
    ? {
        query: ran,
        fuzzy,
        filter: { sessionIds, speakers, attributes, kinds: kinds.map((k) => k.key as SearchKind), includeModerator },
        limit: LIMIT,
      }
    : null;
  const { data, error, loading } = useQuery('search:run', search, { kinds: SEARCH_KINDS });
  const result = ran ? data : null;
  const hits = result?.hits ?? [];
  const resultKey = JSON.stringify(search);
  const [shownKey, setShownKey] = useState(resultKey);
  if (shownKey !== resultKey) {
    setShownKey(resultKey);
    setActive(0);
  }

  const open = (hit: SearchHit) => {
    if (hit.documentId) onOpen({ documentId: hit.documentId, start: hit.start, end: hit.end });
  };
  // "in 97 turns" when every hit is in a transcript (all of them known), else turns, notes or memos.
  const onlyTranscripts =
    (kinds.length === 1 && kinds[0]!.key === 'transcript') || (!!result && !result.truncated && hits.every((h) => h.kind === 'transcript'));

  return (
    <section className="text-search" aria-label={t('search.viewText')} aria-busy={loading}>
      <header className="search-header">
        <form
          className="search-line"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            setRan(text.trim() === '' ? null : text.trim());
          }}
        >
          <input
            ref={box}
            type="search"
            className="search-box"
            aria-label={t('search.box')}
            placeholder={t('search.placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && hits.length > 0) {
                e.preventDefault();
                list.current?.focus();
              }
            }}
          />
          <label className="check-line">
            <input type="checkbox" checked={fuzzy} onChange={(e) => setFuzzy(e.target.checked)} />
            {t('search.fuzzy')}
          </label>
          <button type="submit" className="button button-primary button-small">
            {t('search.run')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={!result || result.total === 0}
            onClick={() => setAutocoding(true)}
          >
            {t('search.autocodeButton')}
          </button>
        </form>
        <div className="search-filters">
          <FilterMenu
            label={t('common.kind')}
            options={(['transcript', 'notes', 'memo'] as const).map((k) => ({ key: k, label: t(KIND_LABELS[k]) }))}
            chosen={kinds}
            onChange={setKinds}
          />
          <label className="check-line">
            <input type="checkbox" checked={includeModerator} onChange={(e) => setIncludeModerator(e.target.checked)} />
            {t('search.includeModerator')}
          </label>
          <FilterBar options={options} filter={filter} onFilter={setFilter} />
        </div>
        {result && (
          <p className="search-count" role="status">
            {t('search.count', { total: result.total, units: result.units, where: onlyTranscripts ? 'turns' : 'any' })}
            {result.truncated && <> · {t('search.truncated', { shown: number(hits.length) })}</>}
            {result.terms.length > 0 && fuzzy && <> · {t('search.terms', { terms: result.terms.join(', ') })}</>}
          </p>
        )}
      </header>
      {error && ran && (
        <p role="alert" className="inline-error search-error">
          {error}
        </p>
      )}
      {!ran && <SearchHelp />}
      {result && result.total === 0 && (
        <div className="empty-state search-empty">
          <p>
            <strong>{t('search.noHits', { query: ran ?? '' })}</strong>
          </p>
          <p>{t('search.noHitsHint')}</p>
        </div>
      )}
      {hits.length > 0 && (
        <HitList ref={list} hits={hits} active={active} onActive={setActive} onOpen={open} onLeave={() => box.current?.focus()} />
      )}
      {autocoding && search && <AutocodeDialog search={search} includeModerator={includeModerator} onClose={() => setAutocoding(false)} />}
    </section>
  );
}

const KIND_LABELS = { transcript: 'common.transcript', notes: 'common.liveNotes', memo: 'common.memo' } as const;
