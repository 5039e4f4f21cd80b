import { SearchInput, SearchResult } from '../../domain/search';

/** Text search over every transcript turn, live note and memo of the open study. */
export const searchChannels = {
  /** The hits of a query (see SearchInput), filtered, in reading order, with keyword in context. */
  'search:run': { input: SearchInput, output: SearchResult },
} as const;
