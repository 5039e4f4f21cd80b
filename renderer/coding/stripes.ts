/**
 * Lane layout of coding stripes (pure). Every coding gets a lane so that codings whose ranges
 * overlap never share one; a coding keeps its lane in every turn it crosses. Beside one turn the
 * lanes in use are then packed (their order kept), so a turn shows no empty gaps.
 */

export interface LaneRange {
  id: string;
  start: number;
  end: number;
}

/** Greedy interval colouring: earlier starts first, longer ranges first on ties; the lowest free lane wins. */
export function assignLanes(ranges: readonly LaneRange[]): Map<string, number> {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const r of sorted) {
    let lane = laneEnds.findIndex((end) => end <= r.start);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(r.end);
    } else laneEnds[lane] = r.end;
    lanes.set(r.id, lane);
  }
  return lanes;
}

/** The packed lane of each of one turn's codings: the rank of its global lane among those used beside the turn. */
export function packLanes(ids: readonly string[], lanes: ReadonlyMap<string, number>): { lane: Map<string, number>; count: number } {
  const used = [...new Set(ids.map((id) => lanes.get(id) ?? 0))].sort((a, b) => a - b);
  const rank = new Map(used.map((l, i) => [l, i]));
  const lane = new Map(ids.map((id) => [id, rank.get(lanes.get(id) ?? 0)!]));
  return { lane, count: used.length };
}
