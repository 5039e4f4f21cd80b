/**
 * Finding a code by what was typed: one matcher for the code palette and the codebook filter.
 *
 * Matches are ranked in tiers, best first: the whole name, the start of the name, the starts of its
 * words ("conv hab" → "Convenience & habit", "lms" → "Lateness & missed slots"), the typed letters
 * anywhere in the name, and last a near miss of a word (one or two typos) for queries long enough
 * that a typo is likely. A code whose name does not match may still be found by whole words of its
 * definition ("drivers" → Delivery), ranked after every name match. Letters are compared without case
 * or accents. Each match says which letters matched, so the screen can show why a code is listed.
 *
 * fuse.js scored every code on a sliding scale, which let a definition's "convenient" rank
 * "Accessibility" for "conv" and could not see initials; tiers make the order explainable.
 */

/** `[start, end)` in UTF-16 code units of the original name. */
export type Span = readonly [number, number];

export type MatchKind = 'exact' | 'prefix' | 'words' | 'substring' | 'definition' | 'fuzzy';

export interface NameMatch {
  kind: MatchKind;
  /** Lower is better; compares matches of any kind. */
  score: number;
  /** The matched letters of the name (empty when only the parent path matched). */
  spans: Span[];
  /** The matched letters of the parent path shown before the name, when the query reached into it. */
  pathSpans: Span[];
  /** For a match in the definition: the words that matched, in the definition's text. */
  definitionSpans?: Span[];
}

const TIER: Record<MatchKind, number> = { exact: 0, prefix: 100, words: 200, substring: 300, definition: 400, fuzzy: 500 };
const MAX_QUERY = 120;

/** Letters folded for comparison: lower case, accents dropped, a few letters that do not decompose. */
const EXTRA_FOLDS: Record<string, string> = { ø: 'o', æ: 'ae', đ: 'd', ł: 'l', ß: 'ss', œ: 'oe' };
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A text folded for comparison, with where each folded character came from. */
interface Folded {
  text: string;
  /** Original index of each folded character. */
  from: number[];
  /** Original end index of each folded character (after its accents). */
  to: number[];
  /** Folded indexes where a word starts. */
  wordStarts: number[];
  /** Where each of those words ends. */
  wordEnds: number[];
  /** The folded text with runs of white space made one space (for whole-name comparisons). */
  spaced: string;
}

// Names and definitions are folded once, not on every keystroke (bounded: cleared when it grows large).
const folds = new Map<string, Folded>();

function fold(original: string): Folded {
  let hit = folds.get(original);
  if (!hit) {
    if (folds.size > 12_000) folds.clear();
    hit = foldOnce(original);
    folds.set(original, hit);
  }
  return hit;
}

function foldOnce(original: string): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const wordStarts: number[] = [];
  let prevWord = false;
  let i = 0;
  for (const ch of original) {
    const lower = ch.toLowerCase();
    const ascii = ch.charCodeAt(0) < 128;
    const folded = ascii ? lower : (EXTRA_FOLDS[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, ''));
    const isWord = ascii ? /[a-z0-9]/i.test(ch) : WORD_CHAR.test(ch);
    // Han and kana carry no spaces between words: every character may start one.
    if (isWord && (!prevWord || (!ascii && HAN.test(ch)))) wordStarts.push(text.length);
    prevWord = isWord;
    // A combining accent written on its own belongs to the letter before it.
    if (folded === '' && to.length > 0) to[to.length - 1] = i + ch.length;
    for (const c of folded) {
      text += c;
      from.push(i);
      to.push(i + ch.length);
    }
    i += ch.length;
  }
  const wordEnds = wordStarts.map((start, k) => {
    const next = wordStarts[k + 1] ?? text.length;
    let e = start + 1;
    while (e < next && WORD_CHAR.test(text[e]!)) e++;
    return e;
  });
  return { text, from, to, wordStarts, wordEnds, spaced: text.replace(/\s+/g, ' ') };
}

/** The folded query's words: letters and digits only, punctuation and spaces separate them. */
function queryWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Maps folded `[start, end)` back to the original text, merging touching spans. */
function toOriginal(f: Folded, folded: [number, number][]): Span[] {
  const out: [number, number][] = [];
  for (const [s, e] of folded) {
    if (e <= s) continue;
    const start = f.from[s]!;
    const end = f.to[e - 1]!;
    const last = out.at(-1);
    if (last && last[1] >= start) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** A stretch of `text` around its first matched span, with the spans moved to the stretch (for a one-line hint). */
export function excerptAround(text: string, spans: readonly Span[], room = 28): { text: string; spans: Span[] } {
  const first = spans[0];
  if (!first) return { text: text.slice(0, room * 2), spans: [] };
  let from = Math.max(0, first[0] - room);
  let to = Math.min(text.length, first[1] + room);
  // No space between an ellipsis and the words it stands beside.
  while (from > 0 && from < first[0] && /\s/.test(text[from]!)) from++;
  while (to < text.length && to > first[1] && /\s/.test(text[to - 1]!)) to--;
  const lead = from > 0 ? '…' : '';
  const shift = lead.length - from;
  const moved = spans.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s + shift, e + shift] as const);
  return { text: `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`, spans: moved };
}

/**
 * Each query word as the start of a name word, or as the starts of consecutive name words
 * ("lms", "convhab"), in order. Returns the folded spans and how many pieces were needed.
 */
function wordPrefixes(f: Folded, words: string[], firstWord = 0): { spans: [number, number][]; pieces: number } | null {
  const starts = f.wordStarts;
  const matchWord = (w: number, qi: number, pos: number): { spans: [number, number][]; pieces: number } | null => {
    const q = words[qi]!;
    const start = starts[w]!;
    const end = f.wordEnds[w]!;
    let common = 0;
    while (pos + common < q.length && start + common < end && f.text[start + common] === q[pos + common]) common++;
    // Longest piece first: "conv" in "Convenience" before "c" + "o…" elsewhere.
    for (let n = common; n >= 1; n--) {
      const span: [number, number] = [start, start + n];
      if (pos + n === q.length) {
        if (qi + 1 === words.length) return { spans: [span], pieces: 1 };
        const rest = fromWord(w + 1, qi + 1);
        if (rest) return { spans: [span, ...rest.spans], pieces: rest.pieces + 1 };
      } else if (w + 1 < starts.length) {
        // The rest of this query word must continue at the very next name word.
        const rest = matchWord(w + 1, qi, pos + n);
        if (rest) return { spans: [span, ...rest.spans], pieces: rest.pieces + 1 };
      }
    }
    return null;
  };
  const fromWord = (w0: number, qi: number): { spans: [number, number][]; pieces: number } | null => {
    for (let w = w0; w < starts.length; w++) {
      const hit = matchWord(w, qi, 0);
      if (hit) return hit;
    }
    return null;
  };
  return words.length ? fromWord(firstWord, 0) : null;
}

/** Edit distance with swaps of neighbours counted once (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Typos allowed in a query word: none below five letters, one up to eight, two from nine. */
const allowedTypos = (length: number) => (length < 5 ? 0 : length < 9 ? 1 : 2);

/**
 * Every query word near the start of a name word, in order, with at least one real typo: only
 * words of five letters or more may be misspelt. Returns folded spans and the typos counted.
 */
function nearWords(f: Folded, words: string[]): { spans: [number, number][]; typos: number } | null {
  const spans: [number, number][] = [];
  let typos = 0;
  let w = 0;
  for (const q of words) {
    let found = false;
    for (; w < f.wordStarts.length && !found; w++) {
      const start = f.wordStarts[w]!;
      const word = f.text.slice(start, f.wordEnds[w]);
      if (word.startsWith(q)) {
        spans.push([start, start + q.length]);
        found = true;
        continue;
      }
      const allowed = allowedTypos(q.length);
      if (allowed === 0) continue;
      // Compare with the word's start of about the query's length (a typo may add or drop a letter).
      let best = Infinity;
      let bestLength = 0;
      for (let n = Math.max(1, q.length - allowed); n <= Math.min(word.length, q.length + allowed); n++) {
        const dist = distance(q, word.slice(0, n));
        if (dist < best) [best, bestLength] = [dist, n];
      }
      if (best <= allowed) {
        spans.push([start, start + bestLength]);
        typos += best;
        found = true;
      }
    }
    if (!found) return null;
  }
  return typos > 0 ? { spans, typos } : null;
}

/**
 * Every query word (three letters or more) starts a word of the definition, in any order: a concept
 * the code's description names. Returns the folded spans.
 */
function definitionWords(f: Folded, words: string[]): [number, number][] | null {
  if (words.length === 0 || words.some((w) => w.length < 3)) return null;
  const spans: [number, number][] = [];
  for (const q of words) {
    const start = f.wordStarts.find((s) => f.text.startsWith(q, s));
    if (start === undefined) return null;
    spans.push([start, start + q.length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * How well `query` finds a code called `name` (with its parent path, e.g. "Delivery", and its
 * definition); null: not at all.
 */
export function matchName(
  query: string,
  name: string,
  parentPath: string | null = null,
  definition: string | null = null,
): NameMatch | null {
  const q = fold(query.trim().slice(0, MAX_QUERY))
    .text.replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/');
  if (!q) return null;
  const f = fold(name);
  const n = f.spaced;
  const words = queryWords(q);
  const all = (): Span[] => [[0, name.length]];

  if (n === q) return { kind: 'exact', score: TIER.exact, spans: all(), pathSpans: [] };
  // "Delivery/Lateness & missed slots" typed in full is as exact as the name alone.
  if (parentPath !== null && q.includes('/')) {
    const full = `${fold(parentPath).text}/${f.text}`.replace(/\s+/g, ' ');
    if (full === q) return { kind: 'exact', score: TIER.exact + 1, spans: all(), pathSpans: [[0, parentPath.length]] };
  }
  if (f.text.startsWith(q))
    return {
      kind: 'prefix',
      score: TIER.prefix + Math.min(99, f.text.length - q.length) / 100,
      spans: toOriginal(f, [[0, q.length]]),
      pathSpans: [],
    };

  const inName = wordPrefixes(f, words);
  if (inName) return { kind: 'words', score: TIER.words + Math.min(inName.pieces, 20), spans: toOriginal(f, inName.spans), pathSpans: [] };
  // The query may begin in the parent's name: "deliv late" → Delivery/Lateness & missed slots. The
  // last words must still land in the code's own name, so "deliv" alone does not list every child.
  if (parentPath !== null && words.length > 1) {
    const whole = fold(`${parentPath}/${name}`);
    const offset = parentPath.length + 1;
    const hit = wordPrefixes(whole, words);
    if (hit && whole.from[hit.spans.at(-1)![0]]! >= offset) {
      const spans = toOriginal(whole, hit.spans);
      return {
        kind: 'words',
        score: TIER.words + 50 + Math.min(hit.pieces, 20),
        spans: spans.filter(([s]) => s >= offset).map(([s, e]) => [s - offset, e - offset] as const),
        pathSpans: spans.filter(([s]) => s < offset).map(([s, e]) => [s, Math.min(e, parentPath.length)] as const),
      };
    }
  }

  // Letters inside a word: two at least (one letter is in almost every name), or one Han character.
  const at = f.text.indexOf(q);
  if (at >= 0 && (q.length >= 2 || HAN.test(q)))
    return {
      kind: 'substring',
      score: TIER.substring + Math.min(at, 99) / 100,
      spans: toOriginal(f, [[at, at + q.length]]),
      pathSpans: [],
    };

  if (definition) {
    const d = fold(definition);
    const hit = definitionWords(d, words);
    if (hit) return { kind: 'definition', score: TIER.definition, spans: [], pathSpans: [], definitionSpans: toOriginal(d, hit) };
  }
  const near = nearWords(f, words);
  if (near) return { kind: 'fuzzy', score: TIER.fuzzy + near.typos, spans: toOriginal(f, near.spans), pathSpans: [] };
  return null;
}

/** A match of the name strong enough to be chosen before creating a new code from the same words. */
export function isStrongMatch(match: NameMatch | null): boolean {
  return match !== null && match.kind !== 'fuzzy' && match.kind !== 'definition';
}

export interface Described {
  name: string;
  parentPath: string | null;
  definition?: string | null;
}

/** A code's name, its parent path ("Delivery" for "Delivery/Lateness") and definition, as rankByName wants them. */
export function codeNameParts(code: { name: string; path: string; parentId: string | null; definition?: string | null }): Described {
  return {
    name: code.name,
    parentPath: code.parentId ? code.path.slice(0, -code.name.length - 1) : null,
    definition: code.definition ?? null,
  };
}

export interface Ranked<T> {
  item: T;
  match: NameMatch;
}

/**
 * The items that match, best first; equal matches keep the order they came in (the codebook's).
 * Near misses are listed only when nothing matches for real. `describe` gives an item's name,
 * parent path and definition.
 */
export function rankByName<T>(items: readonly T[], query: string, describe: (item: T) => Described): Ranked<T>[] {
  const out: (Ranked<T> & { order: number })[] = [];
  items.forEach((item, order) => {
    const { name, parentPath, definition } = describe(item);
    const match = matchName(query, name, parentPath, definition ?? null);
    if (match) out.push({ item, match, order });
  });
  out.sort((a, b) => a.match.score - b.match.score || a.order - b.order);
  const real = out.some((r) => r.match.kind !== 'fuzzy');
  return out.filter((r) => !real || r.match.kind !== 'fuzzy').map(({ item, match }) => ({ item, match }));
}
