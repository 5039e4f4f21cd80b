import { AppError } from '../errors';

/**
 * The expression of a coding query: quoted code paths (as the codebook and `verbatim codings` name
 * them, `"Price/Too expensive"`) combined with AND, OR, NOT (also written AND NOT), NEAR/n and
 * parentheses. Operators are words in any case. Binding, tightest first: NEAR, then AND and NOT, then
 * OR; operators of one level read left to right, so `"A" OR "B" AND "C"` is `"A" OR ("B" AND "C")`.
 * A NOT always takes something away from what stands before it: there is no "everything except".
 */
export type QueryNode =
  | { op: 'code'; path: string }
  | { op: 'and' | 'or' | 'not'; left: QueryNode; right: QueryNode }
  | { op: 'near'; distance: number; left: QueryNode; right: QueryNode };

/** Longer expressions are refused before reading: nobody types one, and the parse stays cheap. */
export const MAX_EXPRESSION_LENGTH = 10_000;
/** Parentheses nested deeper are refused, so a hostile expression cannot exhaust the stack. */
const MAX_DEPTH = 100;
/** The largest n of NEAR/n: turns apart. */
export const MAX_NEAR = 1000;

type Token =
  | { kind: 'code'; path: string; at: number }
  | { kind: 'and' | 'or' | 'not' | 'open' | 'close'; at: number; text: string }
  | { kind: 'near'; distance: number; at: number; text: string };

const bad = (id: Parameters<typeof failWith>[0], values: Record<string, string | number> = {}) => failWith(id, values);
function failWith(
  id:
    | 'queries.errorEmpty'
    | 'queries.errorTooLong'
    | 'queries.errorUnclosedQuote'
    | 'queries.errorEmptyCode'
    | 'queries.errorUnquoted'
    | 'queries.errorNearDistance'
    | 'queries.errorUnbalancedOpen'
    | 'queries.errorUnbalancedClose'
    | 'queries.errorLoneOperator'
    | 'queries.errorMissingOperator'
    | 'queries.errorTooDeep',
  values: Record<string, string | number>,
): never {
  throw new AppError('INVALID_INPUT', id, values);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"' || ch === '“' || ch === '”' || ch === '„') {
      // A quote inside a code's name is written twice ("He said ""no""").
      let path = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) bad('queries.errorUnclosedQuote', { position: i + 1 });
        const c = text[j]!;
        if (c === '"' && text[j + 1] === '"') {
          path += '"';
          j += 2;
        } else if (c === '"' || c === '”' || c === '“') break;
        else {
          path += c;
          j++;
        }
      }
      if (path.trim() === '') bad('queries.errorEmptyCode', { position: i + 1 });
      tokens.push({ kind: 'code', path: path.trim(), at: i });
      i = j + 1;
      continue;
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'open' : 'close', at: i, text: ch });
      i++;
      continue;
    }
    const word = /^[^\s()"“”„]+/.exec(text.slice(i, i + 200))![0];
    const upper = word.toUpperCase();
    if (upper === 'AND' || upper === 'OR' || upper === 'NOT') tokens.push({ kind: upper.toLowerCase() as 'and', at: i, text: word });
    else if (/^NEAR(\/|$)/.test(upper)) {
      const distance = Number(/^NEAR\/(\d{1,6})$/.exec(upper)?.[1] ?? NaN);
      if (!(distance <= MAX_NEAR)) bad('queries.errorNearDistance', { word, max: MAX_NEAR });
      tokens.push({ kind: 'near', distance, at: i, text: word });
    } else bad('queries.errorUnquoted', { word });
    i += word.length;
  }
  return tokens;
}

/** Reads an expression into its tree, or throws an AppError whose message says what is wrong, in plain words. */
export function parseQueryExpression(text: string): QueryNode {
  if (text.length > MAX_EXPRESSION_LENGTH) bad('queries.errorTooLong', { max: MAX_EXPRESSION_LENGTH });
  const tokens = tokenize(text);
  if (tokens.length === 0) bad('queries.errorEmpty');
  let pos = 0;
  const peek = () => tokens[pos];
  const operatorWord = (t: Token) => ('text' in t ? t.text : '');

  const primary = (depth: number): QueryNode => {
    if (depth > MAX_DEPTH) bad('queries.errorTooDeep', { max: MAX_DEPTH });
    const t = peek();
    if (!t) {
      const last = tokens[pos - 1];
      return last && last.kind === 'open'
        ? bad('queries.errorUnbalancedOpen')
        : bad('queries.errorLoneOperator', { operator: operatorWord(last!) });
    }
    if (t.kind === 'code') {
      pos++;
      return { op: 'code', path: t.path };
    }
    if (t.kind === 'open') {
      pos++;
      const inner = or(depth + 1);
      if (peek()?.kind !== 'close') bad('queries.errorUnbalancedOpen');
      pos++;
      return inner;
    }
    if (t.kind === 'close') return bad('queries.errorUnbalancedClose');
    return bad('queries.errorLoneOperator', { operator: operatorWord(t) });
  };
  const near = (depth: number): QueryNode => {
    let left = primary(depth);
    for (let t = peek(); t?.kind === 'near'; t = peek()) {
      pos++;
      left = { op: 'near', distance: t.distance, left, right: primary(depth) };
    }
    return left;
  };
  const and = (depth: number): QueryNode => {
    let left = near(depth);
    for (let t = peek(); t?.kind === 'and' || t?.kind === 'not'; t = peek()) {
      pos++;
      let op: 'and' | 'not' = t.kind;
      if (t.kind === 'and' && peek()?.kind === 'not') {
        pos++;
        op = 'not';
      }
      left = { op, left, right: near(depth) };
    }
    return left;
  };
  const or = (depth: number): QueryNode => {
    let left = and(depth);
    while (peek()?.kind === 'or') {
      pos++;
      left = { op: 'or', left, right: and(depth) };
    }
    return left;
  };

  const tree = or(0);
  const rest = peek();
  if (rest) {
    if (rest.kind === 'close') bad('queries.errorUnbalancedClose');
    bad('queries.errorMissingOperator', { before: rest.kind === 'code' ? rest.path : operatorWord(rest) });
  }
  return tree;
}

/** Every code path an expression names, once each, in the order written. */
export function expressionPaths(node: QueryNode): string[] {
  const seen = new Set<string>();
  const visit = (n: QueryNode) => {
    if (n.op === 'code') seen.add(n.path);
    else {
      visit(n.left);
      visit(n.right);
    }
  };
  visit(node);
  return [...seen];
}

/** Writes a code path as the expression quotes it. */
export function quotePath(path: string): string {
  return `"${path.replace(/"/g, '""')}"`;
}
