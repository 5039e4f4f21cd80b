import { describe, expect, it } from 'vitest';
import { matchUnit } from '../../../shared/search/matcher';
import { parseQuery } from '../../../shared/search/query';
import { searchTokens } from '../../../shared/text/searchText';

/** The text of each hit of `query` in `text`, sliced at the offsets the matcher gives. */
const hits = (query: string, text: string, expansions?: Map<string, Set<string>>) =>
  matchUnit(parseQuery(query), searchTokens(text), expansions).map((h) => text.slice(h.start, h.end));

describe('the search matcher', () => {
  it('finds words of all five languages at their true offsets', () => {
    expect(hits('price', 'The PRICE, the prices 😀 and the pricing.')).toEqual(['PRICE', 'prices', 'pricing']);
    expect(hits('gyumolcs', 'A gyümölcs friss, 🍎 a Gyümölcs jó.')).toEqual(['gyümölcs', 'Gyümölcs']);
    expect(hits('cevapi', '👍🏽 Ćevapi su bili odlični, ćevapi!')).toEqual(['Ćevapi', 'ćevapi']);
    expect(hits('smorbrod', 'Jeg spiste 🥪 smørbrød.')).toEqual(['smørbrød']);
    expect(hits('价格', '这个😀价格太贵了，价，格')).toEqual(['价格']);
    expect(hits('太贵', '价格太贵了')).toEqual(['太贵']);
  });

  it('gives offsets past characters outside the BMP', () => {
    const text = '𠀀𠀁 delivery 𝒳 delivery';
    const found = matchUnit(parseQuery('delivery'), searchTokens(text));
    expect(found).toEqual([
      { start: 5, end: 13 },
      { start: 17, end: 25 },
    ]);
  });

  it('needs every word, and a phrase word after word', () => {
    expect(hits('price delivery', 'The price was fine.')).toEqual([]);
    expect(hits('price delivery', 'Delivery was slow; the price fine.')).toEqual(['Delivery', 'price']);
    expect(hits('"too expensive"', 'It was too, well, expensive. Too expensive!')).toEqual(['Too expensive']);
  });

  it('decides NOT, OR and parentheses per unit', () => {
    expect(hits('price NOT delivery', 'The price and the delivery.')).toEqual([]);
    expect(hits('price NOT delivery', 'The price alone.')).toEqual(['price']);
    expect(hits('(price OR cost) NOT free', 'The cost, the price.')).toEqual(['cost', 'price']);
  });

  it('finds prefixes on the folded word and NEAR within n words', () => {
    expect(hits('deliv*', 'Delivered, deliveries and a délivrance.')).toEqual(['Delivered', 'deliveries', 'délivrance']);
    expect(hits('price NEAR/2 delivery', 'price one two delivery')).toEqual(['price', 'delivery']);
    expect(hits('price NEAR/1 delivery', 'price one two delivery')).toEqual([]);
  });

  it('merges hits that overlap into one', () => {
    expect(hits('"too expensive" OR expensive', 'too expensive')).toEqual(['too expensive']);
  });

  it('finds the words fuzzy search expanded a query word to', () => {
    expect(hits('delivary', 'The delivery was late.')).toEqual([]);
    expect(hits('delivary', 'The delivery was late.', new Map([['delivary', new Set(['delivery'])]]))).toEqual(['delivery']);
  });
});
