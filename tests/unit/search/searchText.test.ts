import { describe, expect, it } from 'vitest';
import { foldWord, searchTokens, stemWord } from '../../../shared/text/searchText';

const words = (text: string) => searchTokens(text).map((t) => t.word);
const stems = (text: string) => searchTokens(text).map((t) => t.stem);

describe('search text normalisation', () => {
  it('folds case and takes accents off Latin letters in every study language', () => {
    expect(foldWord('Gyümölcs')).toBe('gyumolcs');
    expect(foldWord('ĆEVAPI')).toBe('cevapi');
    expect(foldWord('Đurđevac')).toBe('durdevac');
    expect(foldWord('Šljivovica')).toBe('sljivovica');
    expect(foldWord('smørbrød')).toBe('smorbrod');
    expect(foldWord('Blåbær')).toBe('blabaer');
    expect(foldWord('Straße')).toBe('strasse');
    expect(foldWord('őrült')).toBe('orult');
  });

  it('unifies compatibility forms (ligatures, full-width letters)', () => {
    expect(foldWord('ﬁne')).toBe('fine');
    expect(foldWord('ＰＲＩＣＥ')).toBe('price');
  });

  it('keeps Chinese characters, one word each, with their offsets', () => {
    const tokens = searchTokens('价格太贵了。Too dear');
    expect(tokens.map((t) => t.word)).toEqual(['价', '格', '太', '贵', '了', 'too', 'dear']);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [6, 9],
      [10, 14],
    ]);
  });

  it('gives UTF-16 offsets past emoji and characters outside the BMP', () => {
    const text = '😀 price 𠀀 delivery 👍🏽';
    const tokens = searchTokens(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['price', '𠀀', 'delivery']);
    expect(tokens[0]!.start).toBe(3);
  });

  it('stems English words so a word finds its forms', () => {
    expect(stems('delivery deliveries')).toEqual(['deliveri', 'deliveri']);
    expect(stemWord('prices')).toBe(stemWord('price'));
    expect(stemWord('价')).toBe('价');
  });

  it('keeps apart what punctuation separates and finds nothing in punctuation alone', () => {
    expect(words("don't e-mail")).toEqual(['don', 't', 'e', 'mail']);
    expect(words('— … !!! ')).toEqual([]);
    expect(words('')).toEqual([]);
  });

  it('reads a large text in linear time without failing', () => {
    const text = 'ár és szállítás, '.repeat(50_000);
    expect(searchTokens(text).length).toBe(150_000);
  });
});
