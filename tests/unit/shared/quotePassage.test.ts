import { describe, expect, it } from 'vitest';
import type { ReportCoding, ReportTurn } from '../../../shared/reports/data';
import { splitPassage } from '../../../shared/reports/quotes';

/** A document of turns joined by blank lines, and a coding over all of it. */
function passage(turns: [ReportTurn['voice'], string][]) {
  const spans: ReportTurn[] = [];
  let at = 0;
  for (const [voice, words] of turns) {
    spans.push({ start: at, end: at + words.length, voice });
    at += words.length + 2;
  }
  const text = turns.map(([, w]) => w).join('\n\n');
  const coding = { id: 'c', start: 0, end: text.length, turns: spans.map((_, i) => i) } as ReportCoding;
  return { text, coding, spans };
}

describe('a coded passage split into the respondent’s words and the question', () => {
  it('cuts a moderator’s words between two answers with […] and drops them after the last answer', () => {
    const { text, coding, spans } = passage([
      ['nonRespondent', 'Why did you stop?'],
      ['respondent', 'The slots went.'],
      ['nonRespondent', 'Mm-hm?'],
      ['respondent', 'Every Saturday, gone by Tuesday.'],
      ['respondent', 'So I went back to the shop.'],
      ['nonRespondent', 'Thank you. Next question.'],
    ]);
    expect(splitPassage(text, coding, spans)).toEqual({
      question: 'Why did you stop?',
      text: 'The slots went. […] Every Saturday, gone by Tuesday.\n\nSo I went back to the shop.',
    });
  });

  it('quotes a passage whole when one kind of voice speaks it, or when its text no longer fits its offsets', () => {
    const only = passage([
      ['respondent', 'First.'],
      ['none', 'Unknown.'],
      ['respondent', 'Second.'],
    ]);
    expect(splitPassage(only.text, only.coding, only.spans)).toEqual({ question: null, text: only.text });
    const asked = passage([
      ['nonRespondent', 'Anything else?'],
      ['nonRespondent', 'No? Thanks.'],
    ]);
    expect(splitPassage(asked.text, asked.coding, asked.spans)).toEqual({ question: null, text: asked.text });
    const mixed = passage([
      ['nonRespondent', 'Why?'],
      ['respondent', 'Because.'],
    ]);
    expect(splitPassage(`${mixed.text} (edited)`, mixed.coding, mixed.spans)).toEqual({ question: null, text: `${mixed.text} (edited)` });
  });
});
