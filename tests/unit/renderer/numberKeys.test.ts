import { describe, expect, it } from 'vitest';
import { assignNumberKeys, recentFromCodings, touchRecent } from '../../../renderer/coding/numberKeys';

const code = (id: string, pinned: number | null = null) => ({ id, pinned });

describe('number keys 1–9', () => {
  it('gives pinned codes their numbers', () => {
    expect(assignNumberKeys([code('a', 3), code('b', 1)], [])).toEqual([
      { key: 1, codeId: 'b', pinned: true },
      { key: 3, codeId: 'a', pinned: true },
    ]);
  });

  it('fills the free numbers with recently used codes, most recent first', () => {
    const slots = assignNumberKeys([code('a', 2), code('b'), code('c'), code('d')], ['c', 'a', 'b', 'gone', 'd']);
    expect(slots.map((s) => [s.key, s.codeId, s.pinned])).toEqual([
      [1, 'c', false],
      [2, 'a', true],
      [3, 'b', false],
      [4, 'd', false],
    ]);
  });

  it('never assigns more than nine keys nor a code twice', () => {
    const codes = Array.from({ length: 15 }, (_, i) => code(`c${i}`, i < 5 ? i + 1 : null));
    const slots = assignNumberKeys(codes, codes.map((c) => c.id).reverse());
    expect(slots).toHaveLength(9);
    expect(new Set(slots.map((s) => s.codeId)).size).toBe(9);
    expect(slots.slice(0, 5).every((s) => s.pinned)).toBe(true);
    expect(slots[5]!.codeId).toBe('c14');
  });

  it('keeps the first code when two claim the same number', () => {
    expect(assignNumberKeys([code('a', 1), code('b', 1)], [])).toEqual([{ key: 1, codeId: 'a', pinned: true }]);
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
