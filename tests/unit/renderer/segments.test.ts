import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../../shared/text/time';
import { bucketByTurn, excerpt, inVivoName, rangesIn, snapToCharacter, splitSegments, turnIndexAt } from '../../../renderer/ui/segments';

/** The texts of the segments, with the ids over each, for readable expectations. */
const show = (text: string, from: number, to: number, ranges: { id: string; start: number; end: number }[]) =>
  splitSegments(text, from, to, ranges).map((s) => [text.slice(s.start, s.end), s.ids.join('+')]);

describe('splitSegments', () => {
  const text = 'The price was too high for me.';

  it('returns the whole turn as one segment without codings', () => {
    expect(show(text, 0, text.length, [])).toEqual([[text, '']]);
  });

  it('splits at overlapping codings and names every coding over each part', () => {
    const a = { id: 'a', start: 4, end: 13 }; // "price was"
    const b = { id: 'b', start: 10, end: 22 }; // "was too high"
    expect(show(text, 0, text.length, [a, b])).toEqual([
      ['The ', ''],
      ['price ', 'a'],
      ['was', 'a+b'],
      [' too high', 'b'],
      [' for me.', ''],
    ]);
  });

  it('handles nesting and identical ranges', () => {
    const outer = { id: 'o', start: 0, end: 30 };
    const inner = { id: 'i', start: 4, end: 9 };
    const same = { id: 's', start: 4, end: 9 };
    expect(show(text, 0, text.length, [outer, inner, same])).toEqual([
      ['The ', 'o'],
      ['price', 'o+i+s'],
      [' was too high for me.', 'o'],
    ]);
  });

  it('clips codings that cross the turn boundaries', () => {
    // Two turns "Hello there." [0,12) and "Bye now." [14,22), a coding from "there" to "Bye".
    const doc = 'Hello there.\n\nBye now.';
    const c = { id: 'x', start: 6, end: 17 };
    expect(show(doc, 0, 12, [c])).toEqual([
      ['Hello ', ''],
      ['there.', 'x'],
    ]);
    expect(show(doc, 14, 22, [c])).toEqual([
      ['Bye', 'x'],
      [' now.', ''],
    ]);
    // Segments carry document offsets.
    expect(splitSegments(doc, 14, 22, [c])[0]).toEqual({ start: 14, end: 17, ids: ['x'] });
  });

  it('ignores ranges outside the turn and empty ranges', () => {
    expect(
      show(text, 0, 10, [
        { id: 'far', start: 20, end: 25 },
        { id: 'empty', start: 3, end: 3 },
      ]),
    ).toEqual([[text.slice(0, 10), '']]);
  });

  it('keeps emoji whole and counts UTF-16 units', () => {
    const t = 'I 😀 love it 👍🏽 yes';
    const heart = t.indexOf('😀');
    const c = { id: 'e', start: heart, end: heart + 2 }; // the emoji is two code units
    expect(show(t, 0, t.length, [c])).toEqual([
      ['I ', ''],
      ['😀', 'e'],
      [' love it 👍🏽 yes', ''],
    ]);
    // A boundary inside a surrogate pair is moved before the character.
    const bad = { id: 'b', start: heart + 1, end: heart + 7 };
    const parts = show(t, 0, t.length, [bad]);
    expect(parts.map((p) => p[0]).join('')).toBe(t);
    expect(parts.find((p) => p[1] === 'b')![0]).toBe('😀 love');
    expect(snapToCharacter(t, heart + 1)).toBe(heart);
  });

  it('works on CJK and right-to-left text by code units', () => {
    const t = '价格太贵了 שלום עולם مرحبا';
    const cjk = { id: 'c', start: 0, end: 2 };
    const heb = { id: 'h', start: t.indexOf('שלום'), end: t.indexOf('שלום') + 4 };
    const ar = { id: 'a', start: t.indexOf('مرحبا'), end: t.length };
    expect(show(t, 0, t.length, [cjk, heb, ar])).toEqual([
      ['价格', 'c'],
      ['太贵了 ', ''],
      ['שלום', 'h'],
      [' עולם ', ''],
      ['مرحبا', 'a'],
    ]);
  });

  it('covers the turn exactly, with contiguous segments', () => {
    const ranges = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, start: (i * 7) % 25, end: ((i * 7) % 25) + 1 + (i % 6) }));
    const segs = splitSegments(text, 2, 28, ranges);
    expect(segs[0]!.start).toBe(2);
    expect(segs.at(-1)!.end).toBe(28);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
    for (const s of segs) for (const r of ranges) expect(s.ids.includes(r.id)).toBe(r.start <= s.start && r.end >= s.end);
  });
});

describe('turns and ranges', () => {
  const turns = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 22, end: 40 },
  ];

  it('finds the turn of an offset, gaps belong to the turn before', () => {
    expect(turnIndexAt(turns, 0)).toBe(0);
    expect(turnIndexAt(turns, 10)).toBe(0);
    expect(turnIndexAt(turns, 11)).toBe(0);
    expect(turnIndexAt(turns, 12)).toBe(1);
    expect(turnIndexAt(turns, 39)).toBe(2);
    expect(turnIndexAt(turns, 500)).toBe(2);
    expect(turnIndexAt([], 3)).toBe(0);
  });

  it('puts a range into every turn it overlaps', () => {
    const within = { start: 2, end: 5 };
    const crossing = { start: 8, end: 25 };
    const gapOnly = { start: 10, end: 12 };
    const b = bucketByTurn(turns, [within, crossing, gapOnly]);
    expect(b[0]).toEqual([within, crossing]);
    expect(b[1]).toEqual([crossing]);
    expect(b[2]).toEqual([crossing]);
  });

  it('finds ranges overlapping a window in a sorted list', () => {
    const sorted = [
      { start: 0, end: 3 },
      { start: 2, end: 30 },
      { start: 15, end: 16 },
      { start: 21, end: 22 },
    ];
    expect(rangesIn(sorted, 12, 20, 28)).toEqual([sorted[1], sorted[2]]);
    expect(rangesIn(sorted, 31, 40, 28)).toEqual([]);
  });
});

describe('labels', () => {
  it('formats timestamps', () => {
    expect(formatTimestamp(0)).toBe('00:00');
    expect(formatTimestamp(83_400)).toBe('01:23');
    expect(formatTimestamp(3_723_000)).toBe('1:02:03');
  });

  it('makes excerpts and in-vivo names', () => {
    expect(excerpt('  a\n\nb  ')).toBe('a b');
    expect(excerpt('x'.repeat(200), 10)).toBe('xxxxxxxxx…');
    expect(inVivoName('  too   expensive/pricey \n')).toBe('too expensive pricey');
    const long = `${'a'.repeat(59)}😀 and more words`;
    expect(inVivoName(long)).toBe('a'.repeat(59));
    expect(inVivoName('b'.repeat(80))).toHaveLength(60);
  });
});
