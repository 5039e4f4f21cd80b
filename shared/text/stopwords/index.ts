import { EN } from './en';
import { HR } from './hr';
import { HU } from './hu';
import { NB } from './nb';
import { ZH_HANS } from './zhHans';

/** The languages Verbatim knows the stop words of: the five it speaks. */
export const WORD_LANGUAGES = ['en', 'nb', 'hr', 'hu', 'zh-Hans'] as const;
export type WordLanguage = (typeof WORD_LANGUAGES)[number];

const set = (list: string) => new Set(list.trim().split(/\s+/u));

/**
 * The words a word frequency leaves out, per language: lower case, NFC, straight apostrophes
 * (the form the counter folds words to). Each list's file says how its words were chosen.
 */
export const STOP_WORDS: Record<WordLanguage, ReadonlySet<string>> = {
  en: set(EN),
  nb: set(NB),
  hr: set(HR),
  hu: set(HU),
  'zh-Hans': set(ZH_HANS),
};
