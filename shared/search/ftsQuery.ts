import type { Expansions } from './matcher';
import type { QueryNode, QueryTerm } from './query';

/**
 * Writes a parsed query as an FTS5 MATCH expression over the index's `words` (folded) and `stems`
 * columns (migration 0070). The index only narrows the units down: the expression finds every unit
 * the matcher (matcher.ts) would accept, and may find more (NEAR is asked as AND, a phrase holding a
 * prefix or a fuzzy word as its words in any order); the matcher has the final say.
 */

interface Written {
  expr: string;
  /** True when the expression finds exactly the units the matcher accepts, so it may stand after NOT. */
  exact: boolean;
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

function term(t: QueryTerm, expansions: Expansions | undefined): Written {
  if (t.prefix) return { expr: `words : ${quote(t.word)}*`, exact: true };
  const extra = [...(expansions?.get(t.word) ?? [])];
  const parts = [`stems : ${quote(t.stem)}`, ...extra.map((w) => `words : ${quote(w)}`)];
  return { expr: parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`, exact: true };
}

function write(node: QueryNode, expansions: Expansions | undefined): Written {
  switch (node.type) {
    case 'phrase': {
      if (node.terms.length === 1) return term(node.terms[0]!, expansions);
      const plain = node.terms.every((t) => !t.prefix && !expansions?.get(t.word)?.size);
      if (plain) return { expr: `stems : ${quote(node.terms.map((t) => t.stem).join(' '))}`, exact: true };
      return { expr: `(${node.terms.map((t) => term(t, expansions).expr).join(' AND ')})`, exact: false };
    }
    case 'or': {
      const parts = node.children.map((c) => write(c, expansions));
      return { expr: `(${parts.map((p) => p.expr).join(' OR ')})`, exact: parts.every((p) => p.exact) };
    }
    case 'and': {
      const include = node.include.map((c) => write(c, expansions));
      // Leaving out only what is exactly known never loses a unit; an inexact part is left to the matcher.
      const exclude = node.exclude.map((c) => write(c, expansions)).filter((p) => p.exact);
      let expr = `(${include.map((p) => p.expr).join(' AND ')})`;
      for (const p of exclude) expr = `(${expr} NOT ${p.expr})`;
      return { expr, exact: include.every((p) => p.exact) && exclude.length === node.exclude.length };
    }
    case 'near': {
      const left = write(node.left, expansions);
      const right = write(node.right, expansions);
      return { expr: `(${left.expr} AND ${right.expr})`, exact: false };
    }
  }
}

/** The FTS5 MATCH expression that finds every unit that may answer `node`. */
export function ftsExpression(node: QueryNode, expansions?: Expansions): string {
  return write(node, expansions).expr;
}
