import { WordsInput, WordsResult } from '../../domain/words';

/** Word frequencies: the Search tab's second view (its own file so text search and it change apart). */
export const wordChannels = {
  /** The most frequent words and phrases of the units the filter selects, or two groups compared word by word. */
  'search:words': { input: WordsInput, output: WordsResult },
} as const;
