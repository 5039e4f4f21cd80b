import { describe, expect, it } from 'vitest';
import { countWords, logLikelihood, logRatio, unitLanguage, type CountedUnit } from '../../../shared/text/wordFrequency';
import { STOP_WORDS, WORD_LANGUAGES } from '../../../shared/text/stopwords';
import { foldText, tokensOf } from '../../../shared/text/wordTokens';

const OPTIONS = { minLength: 2, minCount: 1, limit: 200, compare: false };
const count = (texts: string[], options: Partial<typeof OPTIONS> = {}) =>
  countWords(
    texts.map((text): CountedUnit => ({ text, group: null })),
    { ...OPTIONS, ...options },
  );
const words = (texts: string[], options: Partial<typeof OPTIONS> = {}) =>
  Object.fromEntries(count(texts, options).words.map((w) => [w.word, w.count]));
const languageOf = (text: string) => unitLanguage(tokensOf(foldText(text)));

describe('stop words per language', () => {
  it('every list holds lower-case, NFC, straight-apostrophe words, a hundred and more each', () => {
    for (const language of WORD_LANGUAGES) {
      expect(STOP_WORDS[language].size, language).toBeGreaterThan(140);
      for (const w of STOP_WORDS[language]) expect(foldText(w), `${language}: ${w}`).toBe(w);
    }
  });

  it('leaves out the stop words of the language each unit is in, and keeps its content words', () => {
    expect(words(['Um, I think the price is too high and the delivery was late, yeah.'])).toEqual({
      think: 1,
      price: 1,
      high: 1,
      delivery: 1,
      late: 1,
    });
    expect(words(['Jeg synes at prisen er altfor høy, og leveringen var sen.'])).toEqual({
      synes: 1,
      prisen: 1,
      altfor: 1,
      høy: 1,
      leveringen: 1,
      sen: 1,
    });
    expect(words(['Pa, mislim da je cijena previsoka i dostava je kasnila.'])).toEqual({
      mislim: 1,
      cijena: 1,
      previsoka: 1,
      dostava: 1,
      kasnila: 1,
    });
    expect(words(['Hát szerintem az ár túl magas, és a szállítás is késett.'])).toEqual({
      szerintem: 1,
      ár: 1,
      túl: 1,
      magas: 1,
      szállítás: 1,
      késett: 1,
    });
  });

  it('decides the language per unit: "i" is a stop word in Croatian and English, "a" in Hungarian only where the unit is Hungarian', () => {
    expect(languageOf('Mislim da je cijena previsoka i dostava je kasnila')).toBe('hr');
    expect(languageOf('Hát szerintem az ár túl magas, és a szállítás is késett')).toBe('hu');
    expect(languageOf('Jeg synes at prisen er altfor høy')).toBe('nb');
    expect(languageOf('I think the price is too high')).toBe('en');
    expect(languageOf('我觉得价格太贵了')).toBe('zh-Hans');
    // Too short to tell: the study's usual language decides.
    expect(languageOf('Dostava.')).toBeNull();
    const r = count(['Mislim da je cijena previsoka i dostava je kasnila.', 'A dostava?']);
    expect(r.languages).toEqual([{ language: 'hr', units: 2 }]);
    expect(r.words.map((w) => w.word)).not.toContain('a');
  });
});

describe('words of every script', () => {
  it('finds Chinese words with Intl.Segmenter and leaves out Chinese stop words', () => {
    const r = words(['我觉得价格太贵了，送货也很慢。', '价格太贵。']);
    expect(r['价格']).toBe(2);
    expect(r['送货']).toBe(1);
    for (const stop of ['我', '也', '太', '了']) expect(r[stop], stop).toBeUndefined();
  });

  it('joins Chinese words of a phrase without a space, other words with one', () => {
    const r = count(['价格太贵了。价格太贵了。', 'Free delivery, free delivery!']);
    const phrases = r.phrases.map((p) => p.word);
    expect(phrases).toContain('价格太贵了');
    expect(phrases).toContain('free delivery');
  });

  it('folds Croatian and Hungarian capitals, composed or not, to one lower-case word', () => {
    expect(words(['ČEVAPI su dobri. Čevapi! čevapi, C\u030Cevapi.'])).toMatchObject({ čevapi: 4 });
    expect(words(['ŐSZINTÉN szólva, őszintén nem tudom. O\u030Bszinte\u0301n.'])).toMatchObject({ őszintén: 3 });
    expect(words(['Ljubljana, LJUBLJANA, ljubljana'])).toEqual({ ljubljana: 3 });
    expect(words(["I don’t know, I DON'T"])).toEqual({ know: 1 });
  });

  it('counts no numbers, and a number breaks a phrase', () => {
    const r = count(['We waited 3 days, waited 3 days, 2024 2024'], { minCount: 1 });
    expect(r.words.map((w) => w.word)).toEqual(['days', 'waited']);
    expect(r.phrases.map((p) => p.word)).not.toContain('waited days');
  });
});

describe('options, order and totals', () => {
  it('sorts by count, then by the word in code-unit order, whatever order the units come in', () => {
    const texts = ['pear apple banana', 'banana apple', 'cherry banana'];
    const a = count(texts);
    const b = count([...texts].reverse());
    expect(a.words.map((w) => [w.word, w.count])).toEqual([
      ['banana', 3],
      ['apple', 2],
      ['cherry', 1],
      ['pear', 1],
    ]);
    expect(b).toEqual(a);
  });

  it('applies the minimum length (in letters, not UTF-16 units) and count, and the limit', () => {
    expect(words(['ok tv apple ő 😀x'], { minLength: 3 })).toEqual({ apple: 1 });
    expect(words(['ab ab cd'], { minLength: 1, minCount: 2 })).toEqual({ ab: 2 });
    const r = count(['one1 two2 three3 four4'], { limit: 2 });
    expect(r.words).toHaveLength(2);
    expect(r.distinctWords).toBe(4);
  });

  it('gives each word its share of the counted words', () => {
    const r = count(['price price delivery staff']);
    expect(r.totalWords).toBe(4);
    expect(r.words[0]).toEqual({ word: 'price', count: 2, share: 0.5 });
  });

  it('an empty list of units, or units with no words, counts nothing', () => {
    for (const texts of [[], ['', '...', '2024']])
      expect(count(texts)).toEqual({
        words: [],
        phrases: [],
        totalWords: 0,
        distinctWords: 0,
        units: texts.length,
        languages: texts.length ? [{ language: 'en', units: texts.length }] : [],
      });
  });
});

describe('comparing two groups', () => {
  it('computes Dunning G² and the log ratio as worked out by hand', () => {
    // late: 10 of 100 words in A, 2 of 200 in B. Expected 100·12/300 = 4 and 200·12/300 = 8;
    // G² = 2(10 ln(10/4) + 2 ln(2/8)) = 2(9.16291 − 2.77259) = 12.78064; ratio (10/100)/(2/200) = 10.
    expect(logLikelihood(10, 2, 100, 200)).toBeCloseTo(12.78064, 4);
    expect(logRatio(10, 2, 100, 200)).toBeCloseTo(Math.log2(10), 10);
    // Said in A only: 5 of 50 against 0 of 50. G² = 2·5 ln(5/2.5) = 6.93147; B's zero taken as 0.5.
    expect(logLikelihood(5, 0, 50, 50)).toBeCloseTo(6.93147, 4);
    expect(logRatio(5, 0, 50, 50)).toBeCloseTo(Math.log2(10), 10);
    expect(logLikelihood(0, 0, 50, 50)).toBe(0);
    expect(logLikelihood(3, 0, 10, 0)).toBe(0);
  });

  it('counts each group apart and puts the most characteristic words first', () => {
    const r = countWords(
      [
        { text: 'late late late price', group: 'a' },
        { text: 'late price price price price price price price', group: 'b' },
        { text: 'ignored words of nobody', group: null },
      ],
      { ...OPTIONS, compare: true },
    );
    expect(r.groups).toEqual({ a: { words: 4, units: 1 }, b: { words: 8, units: 1 } });
    expect(r.totalWords).toBe(12);
    const [late, price] = r.words;
    // late: 3 of 4 against 1 of 8. Expected 4·4/12 and 8·4/12: G² = 2(3 ln(3/1.3333) + ln(1/2.6667)) = 2.90392.
    expect(late).toMatchObject({ word: 'late', count: 4, a: { count: 3, share: 0.75 }, b: { count: 1, share: 0.125 } });
    expect(late!.logLikelihood).toBeCloseTo(2.90392, 4);
    expect(late!.logRatio).toBeCloseTo(Math.log2(6), 10);
    // price: 1 of 4 against 7 of 8: G² = 2(ln(1/2.6667) + 7 ln(7/5.3333)) = 1.84541, ratio 2/7.
    expect(price).toMatchObject({ word: 'price', count: 8, a: { count: 1, share: 0.25 }, b: { count: 7, share: 0.875 } });
    expect(price!.logLikelihood).toBeCloseTo(1.84541, 4);
    expect(price!.logRatio).toBeCloseTo(Math.log2(2 / 7), 10);
    expect(r.words.map((w) => w.word)).not.toContain('nobody');
  });
});
