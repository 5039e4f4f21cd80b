import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { closestPath, resolvePaths } from '../../../shared/domain/queryCodes';
import { expressionPaths, MAX_EXPRESSION_LENGTH, parseQueryExpression, quotePath } from '../../../shared/domain/queryExpression';
import { translatorFor } from '../../../shared/i18n/translator';
import type { MessageId } from '../../../shared/i18n/catalogue';

/** The catalogue id and the English sentence a bad expression is refused with. */
function refusal(run: () => unknown): { id: string | undefined; text: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { id: error.messageId, text: translatorFor('en').t(error.messageId as MessageId, error.values) };
  }
  throw new Error('expected a refusal');
}

describe('parseQueryExpression', () => {
  it('reads quoted code paths with AND, OR, NOT, AND NOT, NEAR/n and parentheses, in any case', () => {
    expect(parseQueryExpression('"Price/Too expensive" and not ("Delivery" OR "Support") near/2 "Praise"')).toEqual({
      op: 'not',
      left: { op: 'code', path: 'Price/Too expensive' },
      right: {
        op: 'near',
        distance: 2,
        left: { op: 'or', left: { op: 'code', path: 'Delivery' }, right: { op: 'code', path: 'Support' } },
        right: { op: 'code', path: 'Praise' },
      },
    });
  });

  it('binds NEAR tightest, then AND and NOT (left to right), then OR', () => {
    expect(parseQueryExpression('"A" OR "B" AND "C" NOT "D"')).toEqual({
      op: 'or',
      left: { op: 'code', path: 'A' },
      right: {
        op: 'not',
        left: { op: 'and', left: { op: 'code', path: 'B' }, right: { op: 'code', path: 'C' } },
        right: { op: 'code', path: 'D' },
      },
    });
    expect(parseQueryExpression('"A" AND "B" NEAR/0 "C"')).toMatchObject({ op: 'and', right: { op: 'near', distance: 0 } });
  });

  it('takes typographic quotes and a doubled quote inside a name, and quotePath writes what it reads', () => {
    expect(parseQueryExpression('“价格/太贵” AND „Ár”')).toMatchObject({ left: { path: '价格/太贵' }, right: { path: 'Ár' } });
    const odd = 'He said "no"/Again';
    expect(parseQueryExpression(quotePath(odd))).toEqual({ op: 'code', path: odd });
    expect(expressionPaths(parseQueryExpression('"A" OR ("B" AND "A")'))).toEqual(['A', 'B']);
  });

  it.each([
    ['', 'queries.errorEmpty'],
    ['   \n\t ', 'queries.errorEmpty'],
    ['"A" AND', 'queries.errorLoneOperator'],
    ['AND', 'queries.errorLoneOperator'],
    ['NOT "A"', 'queries.errorLoneOperator'],
    ['"A" OR OR "B"', 'queries.errorLoneOperator'],
    ['("A" AND "B"', 'queries.errorUnbalancedOpen'],
    ['(', 'queries.errorUnbalancedOpen'],
    ['"A")', 'queries.errorUnbalancedClose'],
    [')"A"', 'queries.errorUnbalancedClose'],
    ['"A" "B"', 'queries.errorMissingOperator'],
    ['"A', 'queries.errorUnclosedQuote'],
    ['"  " AND "B"', 'queries.errorEmptyCode'],
    ['Price AND "B"', 'queries.errorUnquoted'],
    ['"A" NEAR "B"', 'queries.errorNearDistance'],
    ['"A" NEAR/x "B"', 'queries.errorNearDistance'],
    ['"A" NEAR/5000 "B"', 'queries.errorNearDistance'],
  ])('refuses %j with %s, in plain words', (text, id) => {
    const r = refusal(() => parseQueryExpression(text));
    expect(r.id).toBe(id);
    expect(r.text).not.toMatch(/[{}]/);
  });

  it('refuses a huge expression before reading it, and deep nesting without exhausting the stack', () => {
    expect(refusal(() => parseQueryExpression(`"${'x'.repeat(MAX_EXPRESSION_LENGTH)}"`)).id).toBe('queries.errorTooLong');
    const deep = `${'('.repeat(3000)}"A"${')'.repeat(3000)}`;
    expect(refusal(() => parseQueryExpression(deep)).id).toBe('queries.errorTooDeep');
    // Long but flat is fine: 1,000 codes joined by OR.
    const flat = Array.from({ length: 1000 }, (_, i) => `"C${i}"`).join(' OR ');
    expect(expressionPaths(parseQueryExpression(flat))).toHaveLength(1000);
  });

  it('says where an unclosed quote starts', () => {
    expect(refusal(() => parseQueryExpression('"A" AND "Price')).text).toBe('The quote opened at character 9 is never closed.');
  });
});

describe('resolvePaths', () => {
  const codes = [
    { id: 'p', path: 'Price' },
    { id: 'pe', path: 'Price/Too expensive' },
    { id: 'd', path: 'Delivery' },
  ];

  it('maps each path to its code id', () => {
    expect([...resolvePaths(parseQueryExpression('"Price/Too expensive" NOT "Delivery"'), codes)]).toEqual([
      ['Price/Too expensive', 'pe'],
      ['Delivery', 'd'],
    ]);
  });

  it('refuses an unknown path, suggesting the closest one when one is close', () => {
    expect(refusal(() => resolvePaths(parseQueryExpression('"Price/Too expensiv"'), codes)).text).toBe(
      'The codebook has no code “Price/Too expensiv”. Did you mean “Price/Too expensive”?',
    );
    expect(refusal(() => resolvePaths(parseQueryExpression('"Too expensive"'), codes)).text).toContain(
      'Did you mean “Price/Too expensive”?',
    );
    expect(refusal(() => resolvePaths(parseQueryExpression('"Onboarding"'), codes)).text).toBe('The codebook has no code “Onboarding”.');
  });

  it('suggests the same path in another case first', () => {
    expect(closestPath('delivery', ['Delivery', 'Deliver'])).toBe('Delivery');
  });
});
