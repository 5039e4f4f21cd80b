import type { Code } from '../../shared/domain/coding';
import type { CodeReach, CodeRow } from '../db/repos/codesRepo';

/**
 * Turns code rows into the codebook as shown: depth-first in position order, each with its path
 * ("Parent/Child") and counts. Parents' totals count distinct documents and participants across
 * their whole branch, so a participant coded under two children counts once for the parent.
 */
export function buildCodebook(rows: CodeRow[], codingCounts: Map<string, number>, reach: CodeReach[]): Code[] {
  const children = new Map<string | null, CodeRow[]>();
  for (const r of rows) {
    const list = children.get(r.parent_id) ?? [];
    list.push(r);
    children.set(r.parent_id, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const docs = new Map<string, Set<string>>();
  const people = new Map<string, Set<string>>();
  for (const r of reach) {
    add(docs, r.code_id, r.document_id);
    if (r.participant_id) add(people, r.code_id, r.participant_id);
  }
  const out: Code[] = [];
  const visit = (row: CodeRow, parentPath: string | null): { codings: number; docs: Set<string>; people: Set<string> } => {
    const path = parentPath === null ? row.name : `${parentPath}/${row.name}`;
    const code: Code = {
      id: row.id,
      parentId: row.parent_id,
      name: row.name,
      path,
      color: row.color,
      position: row.position,
      pinned: row.pinned,
      definition: row.definition,
      whenToUse: row.when_to_use,
      whenNotToUse: row.when_not_to_use,
      example: row.example,
      codings: codingCounts.get(row.id) ?? 0,
      documents: docs.get(row.id)?.size ?? 0,
      participants: people.get(row.id)?.size ?? 0,
      totalCodings: 0,
      totalDocuments: 0,
      totalParticipants: 0,
    };
    out.push(code);
    const total = { codings: code.codings, docs: new Set(docs.get(row.id)), people: new Set(people.get(row.id)) };
    for (const child of children.get(row.id) ?? []) {
      const sub = visit(child, path);
      total.codings += sub.codings;
      for (const d of sub.docs) total.docs.add(d);
      for (const p of sub.people) total.people.add(p);
    }
    code.totalCodings = total.codings;
    code.totalDocuments = total.docs.size;
    code.totalParticipants = total.people.size;
    return total;
  };
  for (const root of children.get(null) ?? []) visit(root, null);
  return out;
}

/** Ids of a code and everything below it. */
export function branchIds(rows: CodeRow[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of rows)
      if (r.parent_id !== null && ids.has(r.parent_id) && !ids.has(r.id)) {
        ids.add(r.id);
        grew = true;
      }
  }
  return ids;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
