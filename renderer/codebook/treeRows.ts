import Fuse from 'fuse.js';
import type { Code } from '../../shared/domain/coding';

/** One visible line of the codebook tree. */
export interface TreeRow {
  code: Code;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  /** True when the filter matched this code itself (not only one of its descendants). */
  match: boolean;
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

/**
 * Ids of the codes the filter keeps: fuzzy matches over name, path and definition, plus their
 * ancestors, so a match deep in the tree is still shown where it lives. Null means no filter.
 */
export function filterCodes(codes: Code[], query: string): { matches: Set<string>; visible: Set<string> } | null {
  const q = query.trim();
  if (q === '') return null;
  const fuse = new Fuse(codes, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'path', weight: 1 },
      { name: 'definition', weight: 1 },
    ],
    threshold: 0.34,
    ignoreLocation: true,
  });
  const matches = new Set(fuse.search(q).map((r) => r.item.id));
  const byId = new Map(codes.map((c) => [c.id, c]));
  const visible = new Set<string>();
  for (const id of matches) {
    for (let c = byId.get(id); c && !visible.has(c.id); c = c.parentId ? byId.get(c.parentId) : undefined) visible.add(c.id);
  }
  return { matches, visible };
}

/** The rows to draw: depth-first, skipping collapsed branches; a filter shows its branches open. */
export function visibleRows(codes: Code[], collapsed: ReadonlySet<string>, filter: ReturnType<typeof filterCodes>): TreeRow[] {
  const { children } = indexCodes(codes);
  const rows: TreeRow[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const code of children.get(parentId) ?? []) {
      if (filter && !filter.visible.has(code.id)) continue;
      const hasChildren = (children.get(code.id)?.length ?? 0) > 0;
      const expanded = hasChildren && (filter !== null || !collapsed.has(code.id));
      rows.push({ code, depth, hasChildren, expanded, match: filter?.matches.has(code.id) ?? false });
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
export function moveTarget(codes: Code[], draggedId: string, target: TreeRow, place: DropPlace): { parentId: string | null; position: number } | null {
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
export function countsOf(code: Code, hasChildren: boolean): { short: string; reach: string; long: string } {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const reach = ` · ${n(code.totalDocuments, 'doc', 'docs')} · ${n(code.totalParticipants, 'person', 'people')}`;
  const own = hasChildren ? ` (${code.codings} directly on this code, the rest on its sub-codes)` : '';
  const long =
    `${n(code.totalCodings, 'coded passage', 'coded passages')}${hasChildren ? ' including sub-codes' : ''}${own}, ` +
    `in ${n(code.totalDocuments, 'document', 'documents')}, from ${n(code.totalParticipants, 'participant', 'participants')}.`;
  return { short: String(code.totalCodings), reach, long };
}
