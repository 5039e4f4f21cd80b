import { describe, expect, it } from 'vitest';
import { diffEdit, mapRangeThroughEdit, splitsSurrogatePair } from '../../../shared/domain/anchoring';

/** Applies an edit found by diffEdit to a coded range and returns the words it now covers. */
function follow(before: string, after: string, coded: string): { words: string; orphaned: boolean } {
  const start = before.indexOf(coded);
  const m = mapRangeThroughEdit({ start, end: start + coded.length }, diffEdit(before, after));
  return { words: after.slice(m.start, m.end), orphaned: m.orphaned };
}

describe('diffEdit', () => {
  it('finds the minimal replacement', () => {
    expect(diffEdit('the delivery was late', 'the delivery was very late')).toEqual({ start: 17, end: 17, insertedLength: 5 });
    expect(diffEdit('abc', 'abc')).toEqual({ start: 3, end: 3, insertedLength: 0 });
    expect(diffEdit('recieve', 'receive')).toEqual({ start: 3, end: 5, insertedLength: 2 });
  });

  it('never splits a surrogate pair (emoji replaced whole)', () => {
    const e = diffEdit('ok 😀 fine', 'ok 😃 fine');
    expect(e.start).toBe(3);
    expect(e.end).toBe(5);
    expect(e.insertedLength).toBe(2);
  });
});

describe('mapRangeThroughEdit keeps codings on the same words', () => {
  const text = 'I love the app. The driver was rude. Prices are fine.';
  it.each([
    [
      'an edit before the coding',
      'I really love the app. The driver was rude. Prices are fine.',
      'The driver was rude',
      'The driver was rude',
      false,
    ],
    [
      'an edit after the coding',
      'I love the app. The driver was rude. Prices are okay.',
      'The driver was rude',
      'The driver was rude',
      false,
    ],
    [
      'a typo fixed inside the coding',
      'I love the app. The drivver was rude. Prices are fine.',
      'The driver was rude',
      'The drivver was rude',
      false,
    ],
    ['words deleted inside', 'I love the app. The driver rude. Prices are fine.', 'The driver was rude', 'The driver rude', false],
    [
      'the end of the coding rewritten',
      'I love the app. The driver was polite enough. Prices are fine.',
      'The driver was rude',
      'The driver was polite enough',
      false,
    ],
    ['the start rewritten', 'I love the app. A courier was rude. Prices are fine.', 'The driver was rude', 'A courier was rude', false],
    ['all coded words deleted', 'I love the app. Prices are fine.', 'The driver was rude.', 'P', true],
  ])('%s', (_, after, coded, words, orphaned) => {
    const r = follow(text, after, coded);
    expect(r.orphaned).toBe(orphaned);
    if (!orphaned) expect(r.words).toBe(words);
  });

  it('an insertion right at either edge stays outside the coding', () => {
    const start = text.indexOf('love');
    expect(mapRangeThroughEdit({ start, end: start + 4 }, { start, end: start, insertedLength: 3 })).toEqual({
      start: start + 3,
      end: start + 7,
      orphaned: false,
    });
    expect(mapRangeThroughEdit({ start, end: start + 4 }, { start: start + 4, end: start + 4, insertedLength: 3 })).toEqual({
      start,
      end: start + 4,
      orphaned: false,
    });
  });

  it('works in UTF-16 units with emoji, CJK and RTL text before the coding', () => {
    const before = '😀 配送が遅い — التوصيل متأخر. Coded words here.';
    const after = '😀😀 配送がとても遅い — التوصيل متأخر جدا. Coded words here.';
    expect(follow(before, after, 'Coded words')).toEqual({ words: 'Coded words', orphaned: false });
  });
});

describe('splitsSurrogatePair', () => {
  it('is true only between the halves of an astral character', () => {
    const s = 'a😀b';
    expect([0, 1, 2, 3, 4].map((i) => splitsSurrogatePair(s, i))).toEqual([false, false, true, false, false]);
  });
});
