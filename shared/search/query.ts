import { MAX_QUERY_LENGTH } from '../domain/search';
import { AppError } from '../errors';
import type { MessageId } from '../i18n/catalogue';
import { isCharacterWord, searchTokens } from '../text/searchText';

/**
 * The search query language, parsed into a tree the index and the matcher both read:
 * words (all must appear), "phrases", prefix*, AND, OR, NOT, parentheses and NEAR/n, decided per
 * unit (a turn, a note, a memo). NOT binds tighter than AND, AND tighter than OR, and words side by
 * side are joined by AND. Operators are written in capitals; `and`, `or`, `not` are words.
 * Malformed queries throw an AppError naming the problem in plain words.
 */

/** One word of a query: its folded form, its stem, and whether it ends in `*` (a prefix). */
export interface QueryTerm {
  word: string;
  stem: string;
  prefix: boolean;
}

export type QueryNode =
  | { type: 'phrase'; terms: QueryTerm[] }
  | { type: 'and'; include: QueryNode[]; exclude: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'near'; left: QueryNode; right: QueryNode; distance: number };

export const MAX_QUERY_PARTS = 200;
export const MAX_QUERY_DEPTH = 32;
export const MAX_NEAR = 100;
/** NEAR without /n: within ten words, as FTS5 and most tools read it. */
export const DEFAULT_NEAR = 10;
/** Letters a prefix needs before its `*` (one is enough for a Chinese character). */
export const MIN_PREFIX = 2;

type Token =
  { kind: 'phrase'; terms: QueryTerm[] } | { kind: 'open' | 'close' | 'and' | 'or' | 'not' } | { kind: 'near'; distance: number };

const fail = (id: MessageId, values?: Record<string, string | number>): never => {
  throw new AppError('INVALID_INPUT', id, values);
};

/** The terms of one run of query text: a word, or several when it holds punctuation or Chinese (read as a phrase). */
function termsOf(raw: string, allowPrefix: boolean): QueryTerm[] {
  const prefix = allowPrefix && raw.endsWith('*');
  const tokens = searchTokens(prefix ? raw.slice(0, -1) : raw);
  if (prefix && tokens.length === 0) fail('search.lonePrefix', { min: MIN_PREFIX });
  return tokens.map((t, i) => {
    const isPrefix = prefix && i === tokens.length - 1;
    if (isPrefix && t.word.length < MIN_PREFIX && !isCharacterWord(t.word)) fail('search.lonePrefix', { min: MIN_PREFIX });
    return { word: t.word, stem: t.stem, prefix: isPrefix };
  });
}

/** A phrase's words: each run between spaces, a `*` right after a word making it a prefix. */
function phraseTerms(inner: string): QueryTerm[] {
  return inner
    .split(/\s+/u)
    .filter((part) => part !== '')
    .flatMap((part) => termsOf(part, true));
}

function lex(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/u.test(c)) {
      i += 1;
    } else if (c === '"' || c === '“' || c === '”' || c === '„') {
      const close = query.slice(i + 1).search(/["“”]/u);
      if (close < 0) fail('search.unclosedQuote');
      const terms = phraseTerms(query.slice(i + 1, i + 1 + close));
      if (terms.length === 0) fail('search.emptyPhrase');
      out.push({ kind: 'phrase', terms });
      i += close + 2;
    } else if (c === '(' || c === ')') {
      out.push({ kind: c === '(' ? 'open' : 'close' });
      i += 1;
    } else {
      const run = /^[^\s"“”„()]+/u.exec(query.slice(i))![0];
      i += run.length;
      const near = /^NEAR(?:\/(\d+))?$/u.exec(run);
      if (run === 'AND' || run === 'OR' || run === 'NOT') out.push({ kind: run.toLowerCase() as 'and' | 'or' | 'not' });
      else if (near) {
        const distance = near[1] === undefined ? DEFAULT_NEAR : Number(near[1]);
        if (!(distance >= 1 && distance <= MAX_NEAR)) fail('search.nearDistance', { max: MAX_NEAR });
        out.push({ kind: 'near', distance });
      } else if (/^NEAR\//u.test(run)) fail('search.nearDistance', { max: MAX_NEAR });
      else {
        // Punctuation alone ("-", "…") is no word to look for; it is passed over.
        const terms = termsOf(run, true);
        if (terms.length > 0) out.push({ kind: 'phrase', terms });
      }
    }
    if (out.length > MAX_QUERY_PARTS) fail('search.tooManyTerms', { max: MAX_QUERY_PARTS });
  }
  return out;
}

const OPERATOR_NAMES = { and: 'AND', or: 'OR', not: 'NOT', near: 'NEAR' } as const;

/** A recursive-descent parser over the lexed tokens. */
class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) fail('search.emptyQuery');
    const node = this.or(0);
    const next = this.tokens[this.at];
    if (next?.kind === 'close') fail('search.unexpectedParen');
    return node;
  }

  private peek() {
    return this.tokens[this.at];
  }

  private or(depth: number): QueryNode {
    const children = [this.and(depth)];
    while (this.peek()?.kind === 'or') {
      this.at += 1;
      children.push(this.and(depth, 'or'));
    }
    return children.length === 1 ? children[0]! : { type: 'or', children };
  }

  /** Operands side by side or joined by AND; each may be negated by NOT, but one at least must not be. */
  private and(depth: number, after?: 'or'): QueryNode {
    const include: QueryNode[] = [];
    const exclude: QueryNode[] = [];
    let pending: 'and' | 'or' | undefined = after;
    for (;;) {
      const next = this.peek();
      if (next === undefined || next.kind === 'close' || next.kind === 'or') {
        if (pending !== undefined) fail('search.missingOperand', { operator: OPERATOR_NAMES[pending] });
        break;
      }
      if (next.kind === 'and') {
        if (include.length + exclude.length === 0 || pending !== undefined) fail('search.missingOperand', { operator: 'AND' });
        pending = 'and';
        this.at += 1;
        continue;
      }
      if (next.kind === 'not') {
        this.at += 1;
        const operand = this.peek();
        if (operand === undefined || operand.kind === 'close' || operand.kind === 'or' || operand.kind === 'and' || operand.kind === 'not')
          fail('search.missingOperand', { operator: 'NOT' });
        exclude.push(this.near(depth));
      } else include.push(this.near(depth));
      pending = undefined;
    }
    if (include.length === 0) fail(exclude.length > 0 ? 'search.onlyExcluded' : 'search.emptyQuery');
    return include.length === 1 && exclude.length === 0 ? include[0]! : { type: 'and', include, exclude };
  }

  private near(depth: number): QueryNode {
    let node = this.primary(depth);
    for (let next = this.peek(); next?.kind === 'near'; next = this.peek()) {
      this.at += 1;
      const right = this.primary(depth, 'near');
      if (!isNearOperand(node) || !isNearOperand(right)) fail('search.nearNeedsWords');
      node = { type: 'near', left: node, right, distance: next.distance };
    }
    return node;
  }

  private primary(depth: number, after?: 'near'): QueryNode {
    const next = this.peek();
    if (
      next === undefined ||
      next.kind === 'close' ||
      next.kind === 'or' ||
      next.kind === 'and' ||
      next.kind === 'not' ||
      next.kind === 'near'
    ) {
      if (after === 'near' || next?.kind === 'near') fail('search.missingOperand', { operator: 'NEAR' });
      if (next?.kind === 'close') fail('search.unexpectedParen');
      fail('search.emptyQuery');
    }
    this.at += 1;
    if (next!.kind === 'phrase') return { type: 'phrase', terms: next!.terms };
    // next is '(' here.
    if (depth + 1 > MAX_QUERY_DEPTH) fail('search.tooDeep', { max: MAX_QUERY_DEPTH });
    if (this.peek()?.kind === 'close') fail('search.emptyParens');
    if (this.peek() === undefined) fail('search.unclosedParen');
    const inner = this.or(depth + 1);
    if (this.peek()?.kind !== 'close') fail('search.unclosedParen');
    this.at += 1;
    return inner;
  }
}

const isNearOperand = (node: QueryNode): boolean => node.type === 'phrase' || node.type === 'near';

/** Parses a query, or throws an AppError that says what is wrong with it. */
export function parseQuery(query: string): QueryNode {
  if (query.length > MAX_QUERY_LENGTH) fail('search.queryTooLong', { max: MAX_QUERY_LENGTH });
  return new Parser(lex(query)).parse();
}

/** Every term of a query, excluded ones too, in order. */
export function queryTerms(node: QueryNode): QueryTerm[] {
  switch (node.type) {
    case 'phrase':
      return node.terms;
    case 'and':
      return [...node.include, ...node.exclude].flatMap(queryTerms);
    case 'or':
      return node.children.flatMap(queryTerms);
    case 'near':
      return [...queryTerms(node.left), ...queryTerms(node.right)];
  }
}
