import { z } from 'zod';
import { RetrieveOptions } from './retrieve';
import { SearchFilter } from './search';
import { Id } from './study';
import { WORD_LANGUAGES } from '../text/stopwords';
import { LOCALES } from '../i18n/locales';

/**
 * Two groups of speakers to compare, by one attribute's group keys (as filters store them:
 * "detractor" for an NPS 0–6, the value otherwise): e.g. detractors against promoters.
 */
export const WordGroups = z.strictObject({
  attributeId: Id,
  a: z.array(z.string().max(1000)).min(1).max(1000),
  b: z.array(z.string().max(1000)).min(1).max(1000),
});
export type WordGroups = z.infer<typeof WordGroups>;

/**
 * What a word frequency counts: the units the filter selects (as text search selects them), words
 * of at least `minLength` letters (words of scripts written without spaces, such as Chinese, count
 * from one character), seen at least `minCount` times, the `limit` most frequent words and phrases.
 */
export const WordsInput = z.strictObject({
  filter: SearchFilter.optional(),
  minLength: z.int().min(1).max(50).default(2),
  minCount: z.int().min(1).max(1_000_000).default(1),
  limit: z.int().min(1).max(5000).default(200),
  compare: WordGroups.optional(),
  /** The language of the words the answer holds (the filter's group names, such as "Promoter"): the UI's. */
  language: z.enum([...LOCALES, 'pseudo']).default('en'),
});
export type WordsInput = z.input<typeof WordsInput>;

const Count = z.int().nonnegative();

/** One side of a comparison: how often the word is said there, and its share of that group's words (0–1). */
const GroupCount = z.object({ count: Count, share: z.number() });

/**
 * A word or phrase: how often it occurs, and its share of all counted words (0–1). With two groups,
 * its count and share in each, and how characteristic it is of one of them: `logLikelihood` is
 * Dunning's G² (3.84 or more: p < 0.05, 6.63: p < 0.01), `logRatio` the binary log of the ratio of
 * its shares (+1: twice as common in A, −1: twice as common in B; zero counts taken as 0.5).
 */
export const WordCount = z.object({
  word: z.string(),
  count: Count,
  share: z.number(),
  a: GroupCount.optional(),
  b: GroupCount.optional(),
  logLikelihood: z.number().optional(),
  logRatio: z.number().optional(),
});
export type WordCount = z.infer<typeof WordCount>;

/** A group's size in the comparison. */
const GroupSize = z.object({ words: Count, units: Count });

/**
 * The most frequent words and phrases (most frequent first; with two groups, most characteristic
 * first), `totalWords` counted words (stop words and numbers left out) in `units` units, how many
 * units each language's stop words were used for, and the choices each filter offers.
 */
export const WordsResult = z.object({
  words: z.array(WordCount),
  phrases: z.array(WordCount),
  totalWords: Count,
  distinctWords: Count,
  units: Count,
  languages: z.array(z.object({ language: z.enum(WORD_LANGUAGES), units: Count })),
  groups: z.object({ a: GroupSize, b: GroupSize }).optional(),
  options: RetrieveOptions,
});
export type WordsResult = z.infer<typeof WordsResult>;
