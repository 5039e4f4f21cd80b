import { translatorFor } from '../../../shared/i18n/translator';
import { describe, expect, it } from 'vitest';
import { formatLift, formatPct, formatPts, formatScore, isOwnQuotation, quoted, roundScore } from '../../../shared/reports/format';

const EN = translatorFor('en');

describe('report number formats', () => {
  it('rounds each score once, to the precision every view shows', () => {
    // 62 / 17 = 3.647…: rounding to 3.65 first and then to one decimal would print 3.7.
    expect(roundScore('ces', 62 / 17)).toBe(3.6);
    expect(formatScore('ces', roundScore('ces', 62 / 17), EN)).toBe('3.6');
    expect(formatScore('ces', 4, EN)).toBe('4.0');
    expect(roundScore('csat', (9 / 17) * 100)).toBe(53);
    expect(formatScore('csat', 53, EN)).toBe('53%');
    expect(formatScore('nps', 12, EN)).toBe('+12');
    expect(formatScore('nps', -18, EN)).toBe('-18');
    expect(formatScore('nps', 0, EN)).toBe('0');
    expect(formatScore('ces', null, EN)).toBe('–');
  });

  it('writes shares, points and lifts the same way everywhere', () => {
    expect(formatPct(7 / 8, EN)).toBe('88%');
    expect(formatPct(null, EN)).toBe('–');
    expect(formatPts(87.5, EN)).toBe('+87.5 pts');
    expect(formatPts(-3, EN)).toBe('-3 pts');
    expect(formatLift(4.4, EN)).toBe('×4.4');
    expect(formatLift(9, EN)).toBe('×9.0');
    expect(formatLift(null, EN)).toBe('–');
  });
});

describe('quotation marks', () => {
  it('wraps a quote in “…” once', () => {
    expect(quoted('The price is too high.', EN)).toBe('“The price is too high.”');
  });

  it('leaves a quote that is already one quotation in its own marks as it is', () => {
    for (const own of [
      '"We’re sorry to hear that."',
      '“It was fine”',
      '«Det var greit»',
      '„To je bilo dobro“',
      '‘fine’',
      '"It says ten minutes".',
      '「很好」',
    ])
      expect(quoted(own, EN), own).toBe(own);
  });

  it('wraps text that only starts or ends with a quotation, or holds two', () => {
    for (const text of ['"It says ten minutes." Had waited fifteen.', 'She said "fine"', '"Yes" and "no"', '«a» og «b»', '"'])
      expect(isOwnQuotation(text), text).toBe(false);
    expect(quoted('She said "fine"', EN)).toBe('“She said "fine"”');
  });
});
