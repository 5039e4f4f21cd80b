import { describe, expect, it } from 'vitest';
import { evaluateQuery } from '../../../shared/domain/queryAlgebra';
import { parseQueryExpression, type QueryNode } from '../../../shared/domain/queryExpression';
import { intersect, normalize, subtract, union, type Range } from '../../../shared/text/rangeSet';

/** A small seeded generator (mulberry32), so a failing case can be run again. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LENGTH = 60;

function randomRanges(next: () => number): Range[] {
  return Array.from({ length: Math.floor(next() * 6) }, () => {
    const start = Math.floor(next() * LENGTH);
    return { start, end: Math.min(LENGTH, start + 1 + Math.floor(next() * 15)) };
  });
}

/** The brute-force model: which characters a set covers. */
const chars = (ranges: readonly Range[]) => Array.from({ length: LENGTH }, (_, i) => ranges.some((r) => r.start <= i && i < r.end));
const model = (node: QueryNode, coverage: Record<string, Range[]>): boolean[] => {
  if (node.op === 'code') return chars(coverage[node.path] ?? []);
  const l = model(node.left, coverage);
  const r = model(node.right, coverage);
  if (node.op === 'and') return l.map((x, i) => x && r[i]!);
  if (node.op === 'or') return l.map((x, i) => x || r[i]!);
  if (node.op === 'not') return l.map((x, i) => x && !r[i]!);
  throw new Error('near has no per-character model');
};

/** A normal set: sorted, no empty range, no two ranges touching. */
function expectNormal(ranges: Range[]) {
  for (const [i, r] of ranges.entries()) {
    expect(r.end).toBeGreaterThan(r.start);
    if (i > 0) expect(r.start).toBeGreaterThan(ranges[i - 1]!.end);
  }
}

function randomTree(next: () => number, depth: number): QueryNode {
  if (depth === 0 || next() < 0.3) return { op: 'code', path: 'ABCD'[Math.floor(next() * 4)]! };
  const op = (['and', 'or', 'not'] as const)[Math.floor(next() * 3)]!;
  return { op, left: randomTree(next, depth - 1), right: randomTree(next, depth - 1) };
}

describe('range sets against a per-character model', () => {
  it('union, intersection and difference are exact and normal, for 2,000 random pairs', () => {
    const next = random(14);
    for (let n = 0; n < 2000; n++) {
      const a = normalize(randomRanges(next));
      const b = normalize(randomRanges(next));
      expectNormal(a);
      for (const [got, want] of [
        [union(a, b), chars(a).map((x, i) => x || chars(b)[i]!)],
        [intersect(a, b), chars(a).map((x, i) => x && chars(b)[i]!)],
        [subtract(a, b), chars(a).map((x, i) => x && !chars(b)[i]!)],
      ] as const) {
        expectNormal(got);
        expect(chars(got)).toEqual(want);
      }
    }
  });

  it('evaluates random AND/OR/NOT trees over random codings exactly, as maximal passages', () => {
    const next = random(2026);
    for (let n = 0; n < 1000; n++) {
      const coverage = Object.fromEntries([...'ABCD'].map((c) => [c, randomRanges(next)]));
      const tree = randomTree(next, 4);
      const got = evaluateQuery(tree, (path) => coverage[path] ?? [], []);
      expectNormal(got);
      expect(chars(got), JSON.stringify({ tree, coverage })).toEqual(model(tree, coverage));
    }
  });

  it('touching codings make one passage; AND of codes that only touch is empty', () => {
    const coverage: Record<string, Range[]> = {
      A: [
        { start: 0, end: 5 },
        { start: 5, end: 9 },
      ],
      B: [{ start: 9, end: 12 }],
    };
    const run = (text: string) => evaluateQuery(parseQueryExpression(text), (p) => coverage[p] ?? [], []);
    expect(run('"A"')).toEqual([{ start: 0, end: 9 }]);
    expect(run('"A" AND "B"')).toEqual([]);
    expect(run('"A" OR "B"')).toEqual([{ start: 0, end: 12 }]);
  });
});

describe('NEAR/n', () => {
  // Five turns of ten characters with a blank of two between them.
  const turns = Array.from({ length: 5 }, (_, i) => ({ start: i * 12, end: i * 12 + 10 }));
  const coverage: Record<string, Range[]> = {
    A: [
      { start: 1, end: 4 }, // turn 0
      { start: 49, end: 52 }, // turn 4
    ],
    B: [{ start: 25, end: 27 }], // turn 2
  };
  const run = (text: string) => evaluateQuery(parseQueryExpression(text), (p) => coverage[p] ?? [], turns);

  it('keeps the whole passages of the left side that lie within n turns of a right-side passage', () => {
    expect(run('"A" NEAR/1 "B"')).toEqual([]);
    expect(run('"A" NEAR/2 "B"')).toEqual([
      { start: 1, end: 4 },
      { start: 49, end: 52 },
    ]);
    expect(run('"B" NEAR/2 "A"')).toEqual([{ start: 25, end: 27 }]);
  });

  it('counts a shared turn as 0 apart, and finds nothing near an empty side', () => {
    expect(run('"A" NEAR/0 "A"')).toEqual(coverage.A);
    expect(run('"A" NEAR/4 "C"')).toEqual([]);
  });

  it('treats a document without turns as one turn', () => {
    expect(evaluateQuery(parseQueryExpression('"A" NEAR/0 "B"'), (p) => coverage[p] ?? [], [])).toEqual(coverage.A);
  });
});
