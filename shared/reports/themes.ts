import type { Translator } from '../i18n/translator';
import type { ReportData } from './data';
import type { QuoteOptions } from './definition';
import { quotePicker, type QuoteCollector } from './quotes';
import type { ThemeSummary } from './result';
import type { Scope } from './scope';

/** Distinct sets of one branch, so a parent counts a person coded under two children once. */
interface Reach {
  codings: number;
  documents: Set<string>;
  sessions: Set<string>;
  participants: Set<string>;
}

/** What a code's own codings add up to, gathered in one pass over the report's codings. */
interface Own {
  reach: Reach;
  quotes: QuoteCollector;
  lastDocument: string | null;
  lastPeople: readonly string[] | null;
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
  tr: Translator,
): { themes: ThemeSummary[]; people: Map<string, Set<string>> } {
  const people = new Map<string, Set<string>>();
  const selected = new Set(scope.codeIds);
  const children = new Map<string | null, ReportData['codes']>();
  for (const c of data.codes) {
    if (!selected.has(c.id)) continue;
    const parent = c.parentId !== null && selected.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  const pickQuotes = quotePicker(data, scope, quotes, tr);
  const ownOf = new Map<string, Own>();
  const start = (): Own => ({
    reach: { codings: 0, documents: new Set(), sessions: new Set(), participants: new Set() },
    quotes: pickQuotes(),
    lastDocument: null,
    lastPeople: null,
  });
  // One pass over the codings in the order they were read (walking them code by code jumps
  // through memory). A code's codings come document by document, and codings within one turn
  // share their list of people (rows.ts): what the code's last coding added needs no adding again.
  for (const c of scope.codings) {
    let own = ownOf.get(c.codeId);
    if (!own) ownOf.set(c.codeId, (own = start()));
    const { reach } = own;
    reach.codings++;
    own.quotes.add(c);
    if (c.documentId !== own.lastDocument) {
      own.lastDocument = c.documentId;
      reach.documents.add(c.documentId);
      const s = scope.sessionOfDocument.get(c.documentId);
      if (s) reach.sessions.add(s);
    }
    if (c.participantIds === own.lastPeople) continue;
    own.lastPeople = c.participantIds;
    for (const p of c.participantIds) reach.participants.add(p);
  }
  const n = scope.participants.size;
  const visit = (code: ReportData['codes'][number], depth: number): { theme: ThemeSummary; reach: Reach } => {
    const own = ownOf.get(code.id) ?? start();
    const { reach } = own;
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
      quotes: own.quotes.quotes(),
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
