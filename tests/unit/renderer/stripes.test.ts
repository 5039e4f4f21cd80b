import { describe, expect, it } from 'vitest';
import { assignLanes, packLanes } from '../../../renderer/coding/stripes';

describe('stripe lanes', () => {
  it('puts overlapping codings side by side and reuses free lanes', () => {
    const lanes = assignLanes([
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
      { id: 'c', start: 12, end: 20 }, // a has ended: lane 0 again
      { id: 'd', start: 20, end: 30 }, // touching is not overlapping
    ]);
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
    expect(lanes.get('c')).toBe(0);
    expect(lanes.get('d')).toBe(0);
  });

  it('never gives overlapping codings the same lane', () => {
    const ranges = Array.from({ length: 300 }, (_, i) => ({
      id: `r${i}`,
      start: (i * 37) % 500,
      end: ((i * 37) % 500) + 5 + ((i * 13) % 60),
    }));
    const lanes = assignLanes(ranges);
    for (const x of ranges)
      for (const y of ranges) if (x !== y && x.start < y.end && y.start < x.end) expect(lanes.get(x.id)).not.toBe(lanes.get(y.id));
  });

  it('gives the longer of two codings starting together the outer lane', () => {
    const lanes = assignLanes([
      { id: 'short', start: 0, end: 3 },
      { id: 'long', start: 0, end: 30 },
    ]);
    expect(lanes.get('long')).toBe(0);
    expect(lanes.get('short')).toBe(1);
  });

  it('packs the lanes used beside one turn, keeping their order', () => {
    const global = new Map([
      ['a', 0],
      ['b', 4],
      ['c', 2],
    ]);
    const { lane, count } = packLanes(['b', 'c'], global);
    expect(count).toBe(2);
    expect(lane.get('c')).toBe(0);
    expect(lane.get('b')).toBe(1);
    expect(packLanes([], global).count).toBe(0);
  });
});
