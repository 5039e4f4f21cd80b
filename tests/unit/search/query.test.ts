import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { parseQuery, queryTerms } from '../../../shared/search/query';

function failure(query: string): string {
  try {
    parseQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    return (error as AppError).messageId!;
  }
  throw new Error(`"${query}" parsed`);
}

describe('the search query language', () => {
  it('joins words side by side with AND', () => {
    expect(parseQuery('price delivery')).toEqual({
      type: 'and',
      include: [
        { type: 'phrase', terms: [{ word: 'price', stem: 'price', prefix: false }] },
        { type: 'phrase', terms: [{ word: 'delivery', stem: 'deliveri', prefix: false }] },
      ],
      exclude: [],
    });
  });

  it('reads phrases, prefixes, OR, NOT, parentheses and NEAR', () => {
    const q = parseQuery('"too expensive" OR (deliv* NOT late) OR price NEAR/3 shipping');
    expect(q.type).toBe('or');
    if (q.type !== 'or') return;
    expect(q.children[0]).toMatchObject({ type: 'phrase', terms: [{ word: 'too' }, { word: 'expensive' }] });
    expect(q.children[1]).toMatchObject({
      type: 'and',
      include: [{ type: 'phrase', terms: [{ word: 'deliv', prefix: true }] }],
      exclude: [{ type: 'phrase', terms: [{ word: 'late' }] }],
    });
    expect(q.children[2]).toMatchObject({ type: 'near', distance: 3 });
  });

  it('binds NOT tighter than AND and AND tighter than OR', () => {
    expect(parseQuery('a1 OR b1 NOT c1')).toMatchObject({
      type: 'or',
      children: [{ type: 'phrase' }, { type: 'and', include: [{ type: 'phrase' }], exclude: [{ type: 'phrase' }] }],
    });
    expect(parseQuery('price AND NOT delivery')).toMatchObject({ type: 'and', exclude: [{ type: 'phrase' }] });
  });

  it('reads a run of Chinese as a phrase of its characters, and lowercase and/or/not as words', () => {
    expect(parseQuery('价格')).toMatchObject({ type: 'phrase', terms: [{ word: '价' }, { word: '格' }] });
    expect(queryTerms(parseQuery('cats and dogs')).map((t) => t.word)).toEqual(['cats', 'and', 'dogs']);
  });

  it('names what is wrong with a malformed query', () => {
    expect(failure('')).toBe('search.emptyQuery');
    expect(failure('   ')).toBe('search.emptyQuery');
    expect(failure('!!! …')).toBe('search.emptyQuery');
    expect(failure('"too expensive')).toBe('search.unclosedQuote');
    expect(failure('""')).toBe('search.emptyPhrase');
    expect(failure('(price OR cost')).toBe('search.unclosedParen');
    expect(failure('price)')).toBe('search.unexpectedParen');
    expect(failure('()')).toBe('search.emptyParens');
    expect(failure('NOT')).toBe('search.missingOperand');
    expect(failure('NOT delivery')).toBe('search.onlyExcluded');
    expect(failure('price AND')).toBe('search.missingOperand');
    expect(failure('OR price')).toBe('search.emptyQuery');
    expect(failure('price OR')).toBe('search.missingOperand');
    expect(failure('price AND AND cost')).toBe('search.missingOperand');
    expect(failure('price NEAR/0 cost')).toBe('search.nearDistance');
    expect(failure('price NEAR/x cost')).toBe('search.nearDistance');
    expect(failure('price NEAR/3')).toBe('search.missingOperand');
    expect(failure('(a1 OR b1) NEAR/3 cost')).toBe('search.nearNeedsWords');
    expect(failure('*')).toBe('search.lonePrefix');
    expect(failure('d*')).toBe('search.lonePrefix');
  });

  it('refuses hostile input quickly: too long, too many parts, too deep', () => {
    expect(failure('a'.repeat(2001))).toBe('search.queryTooLong');
    expect(failure('w '.repeat(300))).toBe('search.tooManyTerms');
    expect(failure('('.repeat(40) + 'price' + ')'.repeat(40))).toBe('search.tooDeep');
    expect(failure('"'.repeat(999))).toBe('search.emptyPhrase');
    expect(failure('"' + 'a '.repeat(500))).toBe('search.unclosedQuote');
    expect(failure('"a'.repeat(333))).toBe('search.tooManyTerms');
    expect(failure('( '.repeat(150))).toBe('search.tooDeep');
  });
});
