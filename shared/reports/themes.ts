import type { Translator } from '../i18n/translator';
import type { ReportCoding, ReportData } from './data';
import type { QuoteOptions } from './definition';
import { quotePicker } from './quotes';
import type { ThemeSummary } from './result';
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
  tr: Translator,
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
  const pickQuotes = quotePicker(data, scope, quotes, tr);
  const n = scope.participants.size;
  const visit = (code: ReportData['codes'][number], depth: number): { theme: ThemeSummary; reach: Reach } => {
    const own = byCode.get(code.id) ?? [];
    const reach: Reach = { codings: own.length, documents: new Set(), sessions: new Set(), participants: new Set() };
    // A code's codings come document by document, and codings within one turn share their list of
    // people (rows.ts): what the last coding added needs no adding again.
    let lastDocument: string | null = null;
    let lastPeople: readonly string[] | null = null;
    for (const c of own) {
      if (c.documentId !== lastDocument) {
        lastDocument = c.documentId;
        reach.documents.add(c.documentId);
        const s = scope.sessionOfDocument.get(c.documentId);
        if (s) reach.sessions.add(s);
      }
      if (c.participantIds === lastPeople) continue;
      lastPeople = c.participantIds;
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
