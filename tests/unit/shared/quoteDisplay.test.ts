import { translatorFor } from '../../../shared/i18n/translator';
import { describe, expect, it } from 'vitest';
import { quoteByline, quoteDisplay } from '../../../shared/reports/quoteDisplay';
import type { ReportQuote } from '../../../shared/reports/result';

const EN = translatorFor('en');

const quote = (over: Partial<ReportQuote>): ReportQuote => ({
  codingId: 'c1',
  kind: 'transcript',
  text: 'The fees are too high.',
  question: null,
  speaker: 'Marguerite',
  attributes: ['Detractor'],
  document: 'Interview — Marguerite — transcript',
  session: 'Interview — Marguerite, older adult living alone',
  starred: false,
  ...over,
});

describe('the line under a quote', () => {
  it('names who said it, then the session once (not the document named after it)', () => {
    expect(quoteByline(quoteDisplay(quote({}), EN))).toBe('— Marguerite, Detractor · Interview — Marguerite, older adult living alone');
  });

  it('falls back to the document when the passage has no session', () => {
    expect(quoteByline(quoteDisplay(quote({ session: null, document: 'Survey answers' }), EN))).toBe(
      '— Marguerite, Detractor · Survey answers',
    );
  });

  it('says whom a note is about, and only where for an observation', () => {
    expect(quoteByline(quoteDisplay(quote({ kind: 'note', session: 'Intercept 3' }), EN))).toBe(
      'About Marguerite, Detractor · Intercept 3',
    );
    expect(quoteByline(quoteDisplay(quote({ kind: 'note', speaker: null, attributes: [], session: 'Intercept 3' }), EN))).toBe(
      'Intercept 3',
    );
  });
});
