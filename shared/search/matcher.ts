import { isCharacterWord, type SearchToken } from '../text/searchText';
import type { QueryNode, QueryTerm } from './query';

/**
 * Decides whether a unit (a turn, a note, a memo) answers a query and where its hits are. It reads
 * the unit's own words (searchTokens), so the offsets it gives are true UTF-16 offsets into the text;
 * the index only narrows down which units to read. A hit is a run of tokens `[first, last]`.
 */

/** Words a typo away from a query word, from the index's vocabulary (fuzzy search), by the query word's folded form. */
export type Expansions = ReadonlyMap<string, ReadonlySet<string>>;

interface Span {
  first: number;
  last: number;
}

function termMatches(term: QueryTerm, token: SearchToken, expansions: Expansions | undefined): boolean {
  if (term.prefix) return token.word.startsWith(term.word);
  if (token.stem === term.stem) return true;
  return expansions?.get(term.word)?.has(token.word) ?? false;
}

/** Chinese characters of a phrase must touch in the text: `价格` is not found in `价，格`. */
function touching(terms: QueryTerm[], tokens: SearchToken[], i: number, k: number): boolean {
  if (k === 0 || !isCharacterWord(terms[k - 1]!.word) || !isCharacterWord(terms[k]!.word)) return true;
  return tokens[i + k - 1]!.end === tokens[i + k]!.start;
}

function phraseSpans(terms: QueryTerm[], tokens: SearchToken[], expansions: Expansions | undefined): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + terms.length <= tokens.length; i += 1)
    if (terms.every((term, k) => termMatches(term, tokens[i + k]!, expansions) && touching(terms, tokens, i, k)))
      out.push({ first: i, last: i + terms.length - 1 });
  return out;
}

/** Words between two spans (0 when they touch or overlap). */
const gap = (a: Span, b: Span) => Math.max(0, b.first - a.last - 1, a.first - b.last - 1);

/** The spans a node's match consists of; empty when the unit does not answer the node. */
function spansOf(node: QueryNode, tokens: SearchToken[], expansions: Expansions | undefined): Span[] {
  switch (node.type) {
    case 'phrase':
      return phraseSpans(node.terms, tokens, expansions);
    case 'or':
      return node.children.flatMap((c) => spansOf(c, tokens, expansions));
    case 'and': {
      const out: Span[] = [];
      for (const child of node.include) {
        const spans = spansOf(child, tokens, expansions);
        if (spans.length === 0) return [];
        out.push(...spans);
      }
      if (node.exclude.some((child) => spansOf(child, tokens, expansions).length > 0)) return [];
      return out;
    }
    case 'near': {
      const left = spansOf(node.left, tokens, expansions);
      const right = spansOf(node.right, tokens, expansions);
      const near = (a: Span, others: Span[]) => others.some((b) => gap(a, b) <= node.distance);
      const out = [...left.filter((a) => near(a, right)), ...right.filter((b) => near(b, left))];
      return out;
    }
  }
}

/** The hits of a query in one unit's words, as `[start, end)` offsets of the unit's text, in order, overlapping ones merged. */
export function matchUnit(node: QueryNode, tokens: SearchToken[], expansions?: Expansions): { start: number; end: number }[] {
  const spans = spansOf(node, tokens, expansions).sort((a, b) => a.first - b.first || b.last - a.last);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.first <= last.last) last.last = Math.max(last.last, s.last);
    else merged.push({ ...s });
  }
  return merged.map((s) => ({ start: tokens[s.first]!.start, end: tokens[s.last]!.end }));
}
