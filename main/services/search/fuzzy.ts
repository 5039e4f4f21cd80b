import type { Expansions } from '../../../shared/search/matcher';
import { queryTerms, type QueryNode } from '../../../shared/search/query';
import { isCharacterWord } from '../../../shared/text/searchText';
import type { Study } from '../study';

/** How many typos a word of this length may hold and still be found: none below 4 letters, two from 8. */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Edit distance with adjacent swaps counted as one edit (optimal string alignment), or `limit + 1`
 * as soon as it is sure to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** For each word of the query (not prefixes, not Chinese characters), the indexed words a typo or two away. */
export function fuzzyExpansions(study: Study, node: QueryNode): Expansions {
  const out = new Map<string, Set<string>>();
  for (const t of queryTerms(node)) {
    if (t.prefix || isCharacterWord(t.word) || out.has(t.word)) continue;
    const limit = allowedTypos(t.word.length);
    if (limit === 0) continue;
    const near = new Set<string>();
    for (const w of study.repos.search.vocabulary(t.word.length - limit, t.word.length + limit))
      if (editDistance(t.word, w, limit) <= limit) near.add(w);
    out.set(t.word, near);
  }
  return out;
}
