import { describe, expect, it } from 'vitest';
import { assignNumberKeys, recentFromCodings, recentOffers, touchRecent } from '../../../renderer/ui/numberKeys';

const code = (id: string, pinned: number | null = null) => ({ id, pinned });

describe('number keys 1–9', () => {
  it('gives pinned codes their numbers', () => {
    expect(assignNumberKeys([code('a', 3), code('b', 1)])).toEqual([
      { key: 1, codeId: 'b' },
      { key: 3, codeId: 'a' },
    ]);
  });

  it('never renumbers a key as other codes are used: recent codes are offered beside the keys', () => {
    const codes = [code('a', 2), code('b'), code('c'), code('d', 6)];
    const before = assignNumberKeys(codes);
    // Whatever was coded lately, the keys stay where the user put them.
    for (const recent of [[], ['c', 'b'], ['b', 'd', 'c', 'a'], ['d', 'gone']]) {
      expect(assignNumberKeys(codes)).toEqual(before);
      expect(recentOffers(codes, before, recent)).toEqual(recent.filter((id) => id === 'b' || id === 'c'));
    }
    expect(before.map((s) => [s.key, s.codeId])).toEqual([
      [2, 'a'],
      [6, 'd'],
    ]);
  });

  it('offers at most a few recent codes, each once, none that is gone or already on a key', () => {
    const codes = [code('a', 1), code('b'), code('c'), code('d'), code('e'), code('f')];
    const slots = assignNumberKeys(codes);
    expect(recentOffers(codes, slots, ['a', 'b', 'gone', 'b', 'c', 'd', 'e', 'f'])).toEqual(['b', 'c', 'd', 'e']);
    expect(recentOffers(codes, slots, ['f', 'e'], 1)).toEqual(['f']);
  });

  it('keeps the first code when two claim the same number', () => {
    expect(assignNumberKeys([code('a', 1), code('b', 1)])).toEqual([{ key: 1, codeId: 'a' }]);
  });

  it('keeps a short most-recent-first list', () => {
    expect(touchRecent(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
    expect(touchRecent(['a', 'b'], 'z', 2)).toEqual(['z', 'a']);
    expect(
      recentFromCodings([
        { codeId: 'x', createdAt: '2026-01-01T00:00:00Z' },
        { codeId: 'y', createdAt: '2026-01-03T00:00:00Z' },
        { codeId: 'x', createdAt: '2026-01-02T00:00:00Z' },
      ]),
    ).toEqual(['y', 'x']);
  });

  it('orders codes as sorting every coding newest first would, ties in list order, at most `max`', () => {
    // A stable sort of all codings, then each code at its first place: what the one pass must match.
    const bySorting = (codings: { codeId: string; createdAt: string }[], max: number) =>
      [
        ...new Set([...codings].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)).map((c) => c.codeId)),
      ].slice(0, max);
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let round = 0; round < 50; round++) {
      // Few distinct times, so many ties.
      const codings = Array.from({ length: 1 + next(200) }, () => ({
        codeId: `c${next(30)}`,
        createdAt: `2026-01-0${1 + next(5)}T00:00:00Z`,
      }));
      for (const max of [3, 20]) expect(recentFromCodings(codings, max)).toEqual(bySorting(codings, max));
    }
    expect(recentFromCodings([])).toEqual([]);
  });
});
