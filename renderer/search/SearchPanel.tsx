import { useState } from 'react';
import type { Session } from '../../shared/domain/study';
import { useT } from '../i18n/useT';
import { ViewButtons } from '../ui/ViewButtons';
import { TextSearchView } from './TextSearchView';
import { WordFrequencyView } from './words/WordFrequencyView';
import './search.css';

/** A place in a transcript a search result opens: the hit's words, selected in the Coding tab. */
export interface OpenHit {
  documentId: string;
  start: number;
  end: number;
}

/** The two views of the Search tab. */
export type SearchView = 'text' | 'words';

/** A search asked for from elsewhere (a word clicked in Word frequencies); `seq` tells repeats apart. */
export interface SearchRequest {
  query: string;
  seq: number;
}

/**
 * The Search tab: text search across the whole study (keyword in context, filters, autocode) and
 * word frequencies, with a switch between them. A word clicked in Word frequencies runs as a search.
 */
export function SearchPanel({ sessions, onOpen }: { sessions: readonly Session[] | null; onOpen(hit: OpenHit): void }) {
  const { t } = useT();
  const [view, setView] = useState<SearchView>('text');
  const [request, setRequest] = useState<SearchRequest | null>(null);
  const views = [
    { id: 'text', label: t('search.viewText') },
    { id: 'words', label: t('search.viewWords') },
  ] as const;
  return (
    <div className="search-panel">
      <ViewButtons<SearchView>
        className="view-switch search-views"
        label={t('search.views')}
        views={views}
        current={view}
        onView={setView}
      />
      {view === 'text' ? (
        <TextSearchView sessions={sessions} request={request} onOpen={onOpen} />
      ) : (
        <WordFrequencyView
          onSearch={(query) => {
            // A phrase from the list is searched as a phrase, not as words that must all appear.
            const asQuery = /\s/.test(query.trim()) && !query.includes('"') ? `"${query.trim()}"` : query;
            setRequest((r) => ({ query: asQuery, seq: (r?.seq ?? 0) + 1 }));
            setView('text');
          }}
        />
      )}
    </div>
  );
}
