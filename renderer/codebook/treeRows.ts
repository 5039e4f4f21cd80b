import type { Code } from '../../shared/domain/coding';
import type { Translator } from '../../shared/i18n/translator';
import { codeNameParts, rankByName, type NameMatch } from '../../shared/text/nameMatch';

/** One visible line of the codebook tree. */
export interface TreeRow {
  code: Code;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  /** How the filter matched this code itself; null when it is shown only for a matching descendant. */
  match: NameMatch | null;
  /** Shown only as the place of a matching sub-code while filtering (drawn quieter). */
  context: boolean;
}

/** Codes keyed by id and their children in codebook order (the backend lists codes depth-first). */
export function indexCodes(codes: Code[]) {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const children = new Map<string | null, Code[]>();
  for (const c of codes) {
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  return { byId, children };
}

/** A code's id and every id below it: the places a code may not be moved or merged into. */
export function branchOf(codes: Code[], rootId: string): Set<string> {
  const { children } = indexCodes(codes);
  const ids = new Set<string>();
  const visit = (id: string) => {
    ids.add(id);
    for (const c of children.get(id) ?? []) visit(c.id);
  };
  visit(rootId);
  return ids;
}

/** What a codebook filter keeps: the matching codes, the codes shown for them, and their rank. */
export interface CodeFilter {
  matches: Map<string, NameMatch>;
  /** The matches and their ancestors, so a match deep in the tree is still shown where it lives. */
  visible: Set<string>;
  /** The best score in each visible code's branch: siblings are drawn best branch first. */
  best: Map<string, number>;
}

/** The codes that match the filter's query by name (see shared/text/nameMatch.ts). Null means no filter. */
export function filterCodes(codes: Code[], query: string): CodeFilter | null {
  if (query.trim() === '') return null;
  const byId = new Map(codes.map((c) => [c.id, c]));
  const ranked = rankByName(codes, query, codeNameParts);
  const matches = new Map(ranked.map((r) => [r.item.id, r.match]));
  const visible = new Set<string>();
  const best = new Map<string, number>();
  // Best matches first, so each ancestor's rank is set by the best match below it.
  for (const { item, match } of ranked) {
    for (let c: Code | undefined = item; c; c = c.parentId ? byId.get(c.parentId) : undefined) {
      visible.add(c.id);
      if (!best.has(c.id)) best.set(c.id, match.score);
    }
  }
  return { matches, visible, best };
}

/** The rows to draw: depth-first, skipping collapsed branches; a filter shows its branches open, best first. */
export function visibleRows(codes: Code[], collapsed: ReadonlySet<string>, filter: CodeFilter | null): TreeRow[] {
  const { children } = indexCodes(codes);
  const rows: TreeRow[] = [];
  const visit = (parentId: string | null, depth: number) => {
    let level = children.get(parentId) ?? [];
    if (filter) {
      const rank = (c: Code) => filter.best.get(c.id) ?? Infinity;
      level = level.filter((c) => filter.visible.has(c.id)).sort((a, b) => rank(a) - rank(b));
    }
    for (const code of level) {
      const hasChildren = (children.get(code.id)?.length ?? 0) > 0;
      const expanded = hasChildren && (filter !== null || !collapsed.has(code.id));
      const match = filter?.matches.get(code.id) ?? null;
      rows.push({ code, depth, hasChildren, expanded, match, context: filter !== null && match === null });
      if (expanded) visit(code.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}

/** Where a dragged code lands relative to the row under the pointer. */
export type DropPlace = 'before' | 'after' | 'inside';

/**
 * Turns a drop into the 'codes:move' input. Positions count the new siblings without the moved
 * code, as the backend does. Dropping below an open parent puts the code first among its children,
 * which is where the indicator line is drawn.
 */
export function moveTarget(
  codes: Code[],
  draggedId: string,
  target: TreeRow,
  place: DropPlace,
): { parentId: string | null; position: number } | null {
  if (branchOf(codes, draggedId).has(target.code.id)) return null;
  const { children } = indexCodes(codes);
  const siblingsOf = (parentId: string | null) => (children.get(parentId) ?? []).filter((c) => c.id !== draggedId);
  if (place === 'inside') return { parentId: target.code.id, position: siblingsOf(target.code.id).length };
  if (place === 'after' && target.expanded) return { parentId: target.code.id, position: 0 };
  const siblings = siblingsOf(target.code.parentId);
  const index = siblings.findIndex((c) => c.id === target.code.id);
  return { parentId: target.code.parentId, position: place === 'before' ? index : index + 1 };
}

/** "12 · 5 docs · 7 people" and the sentence behind it, for a row's counts and their tooltip. */
export function countsOf(
  code: Code,
  hasChildren: boolean,
  { t, number }: Pick<Translator, 't' | 'number'>,
): { short: string; reach: string; long: string } {
  const reach = t('codebook.countsReach', { documents: code.totalDocuments, people: code.totalParticipants });
  const counts = { codings: code.totalCodings, own: code.codings, documents: code.totalDocuments, participants: code.totalParticipants };
  const long = hasChildren ? t('codebook.countsLongWithSubCodes', counts) : t('codebook.countsLong', counts);
  return { short: number(code.totalCodings), reach, long };
}
