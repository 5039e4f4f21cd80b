import { intersect, normalize, subtract, union, type Range } from '../text/rangeSet';
import { overlappingTurns, type TurnSpan } from './turnIndex';
import type { QueryNode } from './queryExpression';

/**
 * The turns a passage touches, as the first and last index. A passage between turns (only possible
 * in the blank between two) counts as the turn before it; a document without turns is one turn.
 */
function turnInterval(turns: readonly TurnSpan[], range: Range): [number, number] {
  if (turns.length === 0) return [0, 0];
  const hit = overlappingTurns(turns, range.start, range.end);
  if (hit.length > 0) return [hit[0]!, hit.at(-1)!];
  let before = 0;
  while (before + 1 < turns.length && turns[before + 1]!.start <= range.start) before++;
  return [before, before];
}

/**
 * `left NEAR/n right`: the passages of `left` (its maximal ranges, kept whole) that lie within n
 * turns of some passage of `right`. Two passages are d turns apart when d turns separate the
 * nearest turns they touch: 0 when they share a turn, 1 for neighbouring turns.
 */
function near(left: Range[], right: Range[], distance: number, turns: readonly TurnSpan[]): Range[] {
  if (right.length === 0) return [];
  const others = right.map((r) => turnInterval(turns, r));
  return left.filter((r) => {
    const [a1, a2] = turnInterval(turns, r);
    return others.some(([b1, b2]) => Math.max(0, b1 - a2, a1 - b2) <= distance);
  });
}

/**
 * The characters of one document an expression selects, as a normal range set: a code is the union
 * of its codings' ranges there; AND intersects, OR unites, NOT takes away, exactly per character.
 */
export function evaluateQuery(node: QueryNode, coverage: (path: string) => readonly Range[], turns: readonly TurnSpan[]): Range[] {
  switch (node.op) {
    case 'code':
      return normalize([...coverage(node.path)]);
    case 'and':
      return intersect(evaluateQuery(node.left, coverage, turns), evaluateQuery(node.right, coverage, turns));
    case 'or':
      return union(evaluateQuery(node.left, coverage, turns), evaluateQuery(node.right, coverage, turns));
    case 'not':
      return subtract(evaluateQuery(node.left, coverage, turns), evaluateQuery(node.right, coverage, turns));
    case 'near':
      return near(evaluateQuery(node.left, coverage, turns), evaluateQuery(node.right, coverage, turns), node.distance, turns);
  }
}
