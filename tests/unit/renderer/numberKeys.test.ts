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
});
