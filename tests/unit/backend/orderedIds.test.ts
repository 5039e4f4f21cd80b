import { describe, expect, it } from 'vitest';
import { orderedIds } from '../../../main/services/refi/writeDocs';
import { Id } from '../../../shared/domain/study';

describe('the ids of imported turns', () => {
  it('are UUIDs the contract accepts, made in sorted order, and different from another maker', () => {
    const next = orderedIds();
    const ids = Array.from({ length: 5000 }, () => next());
    expect(ids.filter((id) => !Id.safeParse(id).success)).toEqual([]);
    expect(ids.every((id, i) => i === 0 || ids[i - 1]! < id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const other = orderedIds();
    expect(other()).not.toBe(ids[0]);
  });
});
