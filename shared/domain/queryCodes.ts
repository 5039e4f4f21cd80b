import { AppError } from '../errors';
import { expressionPaths, type QueryNode } from './queryExpression';

/** Edit distance of two short strings (code paths are at most a few hundred characters). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

const last = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * The code path most like one nobody has, to suggest: the same path in another case, else the
 * fewest edits to the whole path or to the name alone ("Too expensiv" → "Price/Too expensive"),
 * if close enough that it is likely what was meant.
 */
export function closestPath(wanted: string, paths: readonly string[]): string | null {
  const lower = wanted.toLocaleLowerCase();
  const sameButCase = paths.find((p) => p.toLocaleLowerCase() === lower);
  if (sameButCase) return sameButCase;
  let best: { path: string; cost: number } | null = null;
  for (const path of paths) {
    const p = path.toLocaleLowerCase();
    const cost = Math.min(distance(lower.slice(0, 300), p.slice(0, 300)), distance(last(lower).slice(0, 300), last(p).slice(0, 300)));
    if (!best || cost < best.cost) best = { path, cost };
  }
  return best && best.cost <= Math.max(2, Math.floor(last(wanted).length / 3)) ? best.path : null;
}

/**
 * The code id of every path an expression names, or an AppError naming the first path the codebook
 * does not hold, with the closest one as a suggestion.
 */
export function resolvePaths(node: QueryNode, codes: readonly { id: string; path: string }[]): Map<string, string> {
  const byPath = new Map(codes.map((c) => [c.path, c.id]));
  const out = new Map<string, string>();
  for (const path of expressionPaths(node)) {
    const id = byPath.get(path);
    if (id) {
      out.set(path, id);
      continue;
    }
    const suggestion = closestPath(
      path,
      codes.map((c) => c.path),
    );
    if (suggestion) throw new AppError('NOT_FOUND', 'queries.errorUnknownCodeSuggest', { path, suggestion });
    throw new AppError('NOT_FOUND', 'queries.errorUnknownCode', { path });
  }
  return out;
}
