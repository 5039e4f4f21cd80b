import type { ReportCoding, ReportData } from './data';
import type { QuoteOptions } from './definition';
import type { ReportQuote, ThemeSummary } from './result';
import { valueLabel } from './scales';
import type { Scope } from './scope';

/** Distinct sets of one branch, so a parent counts a person coded under two children once. */
interface Reach {
  codings: number;
  documents: Set<string>;
  sessions: Set<string>;
  participants: Set<string>;
}

/** Codings grouped by code, in the order given. */
export function codingsByCode(codings: readonly ReportCoding[]): Map<string, ReportCoding[]> {
  const out = new Map<string, ReportCoding[]>();
  for (const c of codings) {
    const list = out.get(c.codeId);
    if (list) list.push(c);
    else out.set(c.codeId, [c]);
  }
  return out;
}

/**
 * The theme tree of the selected codes. A selected code whose parent is not selected becomes a
 * root. Counts roll up: a parent's codings are its own plus its descendants'; documents, sessions
 * and participants are distinct across the branch.
 */
export function summarizeThemes(
  data: ReportData,
  scope: Scope,
  quotes: QuoteOptions,
): { themes: ThemeSummary[]; people: Map<string, Set<string>> } {
  const people = new Map<string, Set<string>>();
  const selected = new Set(scope.codeIds);
  const byCode = codingsByCode(scope.codings);
  const children = new Map<string | null, ReportData['codes']>();
  for (const c of data.codes) {
    if (!selected.has(c.id)) continue;
    const parent = c.parentId !== null && selected.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  const pickQuotes = quotePicker(data, scope, quotes);
  const n = scope.participants.size;
  const visit = (code: ReportData['codes'][number], depth: number): { theme: ThemeSummary; reach: Reach } => {
    const own = byCode.get(code.id) ?? [];
    const reach: Reach = { codings: own.length, documents: new Set(), sessions: new Set(), participants: new Set() };
    for (const c of own) {
      reach.documents.add(c.documentId);
      const s = scope.sessionOfDocument.get(c.documentId);
      if (s) reach.sessions.add(s);
      for (const p of c.participantIds) reach.participants.add(p);
    }
    const kids: ThemeSummary[] = [];
    for (const child of children.get(code.id) ?? []) {
      const sub = visit(child, depth + 1);
      kids.push(sub.theme);
      reach.codings += sub.reach.codings;
      for (const d of sub.reach.documents) reach.documents.add(d);
      for (const s of sub.reach.sessions) reach.sessions.add(s);
      for (const p of sub.reach.participants) reach.participants.add(p);
    }
    people.set(code.id, reach.participants);
    const count = reach.participants.size;
    const theme: ThemeSummary = {
      codeId: code.id,
      code: code.path,
      name: code.name,
      depth,
      description: code.definition,
      codings: reach.codings,
      documents: reach.documents.size,
      sessions: reach.sessions.size,
      participants: count,
      share: { count, n, share: n === 0 ? null : count / n },
      quotes: pickQuotes(own),
      children: kids,
    };
    return { theme, reach };
  };
  return { themes: (children.get(null) ?? []).map((root) => visit(root, 0).theme), people };
}

/** Every theme of the tree, depth-first (parents before children). */
export function flattenThemes(themes: readonly ThemeSummary[]): ThemeSummary[] {
  const out: ThemeSummary[] = [];
  const walk = (list: readonly ThemeSummary[]) => {
    for (const t of list) {
      out.push(t);
      walk(t.children);
    }
  };
  walk(themes);
  return out;
}

/**
 * Quotes of a theme's own codings. Starred codings come first, all of them, longest first: the
 * researcher chose them, so neither the limit nor the one-per-participant rule drops them. The
 * remaining slots up to `perTheme` go to default picks, never a starred coding again: the longest
 * passage of each participant not already quoted (one per person, so one talkative participant
 * cannot fill the section), longest first; passages nobody spoke count as their own "speaker".
 * Length is measured by offsets, so quote text is read only for the winners.
 */
function quotePicker(data: ReportData, scope: Scope, options: QuoteOptions): (codings: ReportCoding[]) => ReportQuote[] {
  const persons = new Map(data.participants.map((p) => [p.id, p]));
  const attrs = options.attributeIds.flatMap((id) => data.attributes.filter((a) => a.id === id));
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  const sessions = new Map(data.sessions.map((s) => [s.id, s.title]));
  const toQuote = (c: ReportCoding): ReportQuote => {
    const person = c.participantIds.length > 0 ? persons.get(c.participantIds[0]!) : undefined;
    const doc = docs.get(c.documentId);
    const sessionId = scope.sessionOfDocument.get(c.documentId) ?? null;
    return {
      codingId: c.id,
      text: data.quoteOf(c.id).trim(),
      speaker: person?.name ?? null,
      attributes: person ? attrs.flatMap((a) => valueLabel(a, person.values[a.id]) ?? []) : [],
      document: doc?.title ?? '',
      session: sessionId === null ? null : (sessions.get(sessionId) ?? null),
      starred: c.starred,
    };
  };
  const length = (c: ReportCoding) => c.end - c.start;
  const longestFirst = (a: ReportCoding, b: ReportCoding) => length(b) - length(a) || (a.id < b.id ? -1 : 1);
  const voiceOf = (c: ReportCoding) => c.participantIds[0] ?? `coding:${c.id}`;
  return (codings) => {
    if (options.perTheme === 0 || codings.length === 0) return [];
    const starred = codings.filter((c) => c.starred).sort(longestFirst);
    const room = options.perTheme - starred.length;
    if (room <= 0) return starred.map(toQuote);
    let pool: Iterable<ReportCoding> = codings.filter((c) => !c.starred);
    if (options.onePerParticipant) {
      // Each voice's longest passage, in one pass (sorting every coding of a big theme is the slow part).
      const quoted = new Set(starred.map(voiceOf));
      const best = new Map<string, ReportCoding>();
      for (const c of pool) {
        const voice = voiceOf(c);
        if (quoted.has(voice)) continue;
        const held = best.get(voice);
        if (!held || longestFirst(c, held) < 0) best.set(voice, c);
      }
      pool = best.values();
    }
    return [...starred, ...longest(pool, room, longestFirst)].map(toQuote);
  };
}

/** The `k` first items of `items` in `order`, without sorting them all (k is a handful of quotes). */
function longest<T>(items: Iterable<T>, k: number, order: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && order(item, top[k - 1]!) >= 0) continue;
    let at = top.length < k ? top.length : k - 1;
    while (at > 0 && order(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
