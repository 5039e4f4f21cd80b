/**
 * Word frequencies over units of text (turns, notes, memos): the most frequent words and 2–3 word
 * phrases, stop words left out by each unit's language, and two groups compared word by word.
 * Pure: main/services/search/wordFrequencies.ts picks the units; this counts them.
 */
import type { WordCount, WordsResult } from '../domain/words';
import { STOP_WORDS, WORD_LANGUAGES, type WordLanguage } from './stopwords';
import { BREAK, foldText, isDictionaryWord, tokensOf, type Token } from './wordTokens';

export interface CountedUnit {
  text: string;
  /** The comparison group the unit's speaker is in (null: in neither, or no comparison). */
  group: 'a' | 'b' | null;
}

export interface CountOptions {
  minLength: number;
  minCount: number;
  limit: number;
  /** Count only the units of groups a and b, and compare them. */
  compare: boolean;
}

type Counted = Omit<WordsResult, 'options'>;

/** Fewer stop-word hits than this and a unit's language is the study's usual one. */
const SURE_HITS = 2;
/** A phrase said once is chance; a phrase is listed from this many times on. */
const MIN_PHRASE_COUNT = 2;
const LATIN: WordLanguage[] = ['en', 'nb', 'hr', 'hu'];

/**
 * The language of a unit's stop words, or null when the unit does not say. Chinese when most of its
 * words are written in Chinese characters; otherwise the language whose stop words it uses most, when
 * it uses at least {@link SURE_HITS} and more than any other's. Per unit, because one study can hold
 * interviews in several languages (and a Hungarian "a" or a Croatian "i" is a stop word only there),
 * and without a study language to fall back on a short unit ("Da.") borrows the study's usual one.
 */
export function unitLanguage(tokens: readonly Token[]): WordLanguage | null {
  let words = 0;
  let dictionary = 0;
  const hits = new Map<WordLanguage, number>(LATIN.map((l) => [l, 0]));
  for (const t of tokens) {
    if (t === BREAK) continue;
    words += 1;
    if (isDictionaryWord(t)) dictionary += 1;
    else for (const l of LATIN) if (STOP_WORDS[l].has(t)) hits.set(l, hits.get(l)! + 1);
  }
  if (words > 0 && dictionary * 2 >= words) return 'zh-Hans';
  const ranked = [...hits].sort((x, y) => y[1] - x[1]);
  const [best, second] = ranked;
  return best![1] >= SURE_HITS && best![1] > second![1] ? best![0] : null;
}

/** Whether `word` is a stop word for a unit in `language` (Chinese speech borrows English words: "ok", "the"). */
function isStopWord(word: string, language: WordLanguage): boolean {
  return STOP_WORDS[language].has(word) || (language === 'zh-Hans' && STOP_WORDS.en.has(word));
}

/** Code points, not UTF-16 units: "ő" and "😀" are one letter each. */
function letters(word: string): number {
  let n = word.length;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n -= 1; // the second half of a surrogate pair
  }
  return n;
}

/** Words of scripts without spaces join without one ("价格" + "太贵"), all others with one. */
function joinPhrase(words: readonly string[]): string {
  let out = words[0]!;
  for (let i = 1; i < words.length; i++) out += (isDictionaryWord(words[i - 1]!) && isDictionaryWord(words[i]!) ? '' : ' ') + words[i]!;
  return out;
}

/** [all, group a, group b] occurrences. */
type Tally = [number, number, number];

function add(map: Map<string, Tally>, key: string, group: 'a' | 'b' | null) {
  let t = map.get(key);
  if (!t) map.set(key, (t = [0, 0, 0]));
  t[0] += 1;
  if (group === 'a') t[1] += 1;
  else if (group === 'b') t[2] += 1;
}

/**
 * Dunning's log-likelihood G² for a word said `a` times in `sizeA` words and `b` times in `sizeB`:
 * twice the sum over both groups of observed × ln(observed / expected). Chosen over chi-squared
 * because it stays honest for rare words and groups of very different sizes, which is what
 * interview studies have; the log ratio beside it says how large the difference is.
 */
export function logLikelihood(a: number, b: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0 || sizeB === 0) return 0;
  const expectedA = (sizeA * (a + b)) / (sizeA + sizeB);
  const expectedB = (sizeB * (a + b)) / (sizeA + sizeB);
  const term = (observed: number, expected: number) => (observed > 0 ? observed * Math.log(observed / expected) : 0);
  return 2 * (term(a, expectedA) + term(b, expectedB));
}

/** log2 of (share in A / share in B), a zero count taken as 0.5 so a word said in one group only stays finite. */
export function logRatio(a: number, b: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0 || sizeB === 0) return 0;
  return Math.log2((a || 0.5) / sizeA / ((b || 0.5) / sizeB));
}

/** Code-unit order: the same on every machine and in every UI language. */
const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function rows(map: Map<string, Tally>, minCount: number, total: number, sizes: [number, number] | null): WordCount[] {
  const out: WordCount[] = [];
  for (const [word, [count, a, b]] of map) {
    if (count < minCount) continue;
    const row: WordCount = { word, count, share: total > 0 ? count / total : 0 };
    if (sizes) {
      row.a = { count: a, share: sizes[0] > 0 ? a / sizes[0] : 0 };
      row.b = { count: b, share: sizes[1] > 0 ? b / sizes[1] : 0 };
      row.logLikelihood = logLikelihood(a, b, sizes[0], sizes[1]);
      row.logRatio = logRatio(a, b, sizes[0], sizes[1]);
    }
    out.push(row);
  }
  return out.sort(
    sizes
      ? (x, y) => y.logLikelihood! - x.logLikelihood! || y.count - x.count || byText(x.word, y.word)
      : (x, y) => y.count - x.count || byText(x.word, y.word),
  );
}

/** A unit's words and the language of its stop words: what a caller may keep between counts. */
export interface ReadUnit {
  tokens: Token[];
  language: WordLanguage | null;
}

/** Reads a unit's text; `intern` keeps one string per distinct word when the result is kept. */
export function readUnit(text: string, intern?: Map<string, string>): ReadUnit {
  const tokens = tokensOf(foldText(text));
  if (intern)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t === BREAK) continue;
      const kept = intern.get(t);
      if (kept === undefined) intern.set(t, t);
      else tokens[i] = kept;
    }
  return { tokens, language: unitLanguage(tokens) };
}

/**
 * The word frequencies of `units`: deterministic, sorted, at most `limit` words and `limit` phrases.
 * `read` may hand back what an earlier count read of the same text.
 */
export function countWords(
  units: Iterable<CountedUnit>,
  options: CountOptions,
  read: (unit: CountedUnit) => ReadUnit = (unit) => readUnit(unit.text),
): Counted {
  const readUnits: (ReadUnit & { group: 'a' | 'b' | null })[] = [];
  const sure = new Map<WordLanguage, number>();
  for (const unit of units) {
    if (options.compare && unit.group === null) continue;
    const { tokens, language } = read(unit);
    if (language) sure.set(language, (sure.get(language) ?? 0) + 1);
    readUnits.push({ tokens, language, group: options.compare ? unit.group : null });
  }
  // The study's usual language: the one most units are sure of (English when none is).
  const usual = WORD_LANGUAGES.reduce<WordLanguage>((best, l) => ((sure.get(l) ?? 0) > (sure.get(best) ?? 0) ? l : best), 'en');

  const words = new Map<string, Tally>();
  const phrases = new Map<string, Tally>();
  const languages = new Map<WordLanguage, number>();
  const sizes: [number, number] = [0, 0];
  const groupUnits: [number, number] = [0, 0];
  let total = 0;
  for (const { tokens, language, group } of readUnits) {
    const lang = language ?? usual;
    languages.set(lang, (languages.get(lang) ?? 0) + 1);
    if (group) groupUnits[group === 'a' ? 0 : 1] += 1;
    const stop = tokens.map((t) => t !== BREAK && isStopWord(t, lang));
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!;
      if (word === BREAK || stop[i]) continue;
      if (isDictionaryWord(word) || letters(word) >= options.minLength) {
        add(words, word, group);
        total += 1;
        if (group) sizes[group === 'a' ? 0 : 1] += 1;
      }
      // Phrases start and end on a word that is not a stop word; stop words may sit inside ("price of delivery").
      const second = tokens[i + 1];
      if (second === BREAK || second === undefined) continue;
      if (!stop[i + 1]) add(phrases, joinPhrase([word, second]), group);
      const third = tokens[i + 2];
      if (third !== BREAK && third !== undefined && !stop[i + 2]) add(phrases, joinPhrase([word, second, third]), group);
    }
  }
  const compared = options.compare ? sizes : null;
  const allWords = rows(words, options.minCount, total, compared);
  return {
    words: allWords.slice(0, options.limit),
    phrases: rows(phrases, Math.max(options.minCount, MIN_PHRASE_COUNT), total, compared).slice(0, options.limit),
    totalWords: total,
    distinctWords: allWords.length,
    units: readUnits.length,
    languages: WORD_LANGUAGES.filter((l) => languages.has(l)).map((language) => ({ language, units: languages.get(language)! })),
    ...(options.compare ? { groups: { a: { words: sizes[0], units: groupUnits[0] }, b: { words: sizes[1], units: groupUnits[1] } } } : {}),
  };
}
