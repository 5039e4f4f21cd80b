import { useState } from 'react';
import type { SearchKind } from '../../../shared/domain/search';
import type { WordGroups, WordsResult } from '../../../shared/domain/words';
import { useLanguage } from '../../i18n/useT';
import { useQuery } from '../../ui/useQuery';
import { NO_FILTER, toQuery, type FilterState } from '../../retrieve/filters';

/** What the word frequency view is set to. */
export interface WordSettings {
  filter: FilterState;
  kinds: SearchKind[];
  includeModerator: boolean;
  minLength: number;
  /** The comparison, once an attribute and a value for each group are chosen. */
  compare: { attributeId: string; a: string; b: string } | null;
}

export const DEFAULT_WORDS: WordSettings = {
  filter: NO_FILTER,
  kinds: ['transcript', 'notes', 'memo'],
  includeModerator: false,
  minLength: 2,
  compare: null,
};

/** What words are counted from: the text and who said it. */
const WORD_KINDS = ['documents', 'memos', 'live', 'participants', 'attributes', 'sessions'] as const;

/** The word frequencies the backend counts for the settings, fresh after any change to the text; the last answer stays while the next loads. */
export function useWordFrequencies(settings: WordSettings) {
  const { locale: language } = useLanguage();
  const { sessionIds, speakers, attributes } = toQuery(settings.filter);
  const compare: WordGroups | undefined =
    settings.compare && settings.compare.a && settings.compare.b
      ? { attributeId: settings.compare.attributeId, a: [settings.compare.a], b: [settings.compare.b] }
      : undefined;
  const input = {
    filter: { sessionIds, speakers, attributes, kinds: settings.kinds, includeModerator: settings.includeModerator },
    minLength: settings.minLength,
    compare,
    language,
  };
  const { data, error, loading } = useQuery('search:words', input, { kinds: WORD_KINDS });
  const [last, setLast] = useState<WordsResult | null>(null);
  if (data && data !== last) setLast(data);
  return { result: data ?? (error ? null : last), error, loading };
}
