import { overlappingTurns } from '../../../shared/domain/turnIndex';
import type { Db } from '../connection';

/** A codes row as stored (snake_case keeps it usable by the generic history rows). */
export interface CodeRow {
  id: string;
  parent_id: string | null;
  name: string;
  color: string;
  definition: string | null;
  when_to_use: string | null;
  when_not_to_use: string | null;
  example: string | null;
  position: number;
  pinned: number | null;
  created_at: string;
  created_by: string | null;
}

/** Per code: which documents and participants its codings touch (participants via overlapping turns). */
export interface CodeReach {
  code_id: string;
  document_id: string;
  participant_id: string | null;
}

export function createCodesRepo(db: Db) {
  const all = db.prepare<[], CodeRow>('SELECT * FROM codes ORDER BY position, name');
  const one = db.prepare<[string], CodeRow>('SELECT * FROM codes WHERE id = ?');
  const children = db.prepare<[string], CodeRow>('SELECT * FROM codes WHERE parent_id = ? ORDER BY position');
  const roots = db.prepare<[], CodeRow>('SELECT * FROM codes WHERE parent_id IS NULL ORDER BY position');
  const sibling = db.prepare<[string | null, string], CodeRow>(
    "SELECT * FROM codes WHERE coalesce(parent_id, '') = coalesce(?, '') AND name = ? COLLATE NOCASE",
  );
  const byPin = db.prepare<[number], CodeRow>('SELECT * FROM codes WHERE pinned = ?');
  const nextPosition = db.prepare<[string | null], { p: number }>(
    "SELECT coalesce(max(position) + 1, 0) AS p FROM codes WHERE coalesce(parent_id, '') = coalesce(?, '')",
  );
  const insert = db.prepare<[CodeRow]>(`INSERT INTO codes (id, parent_id, name, color, definition, when_to_use, when_not_to_use,
    example, position, pinned, created_at, created_by) VALUES (@id, @parent_id, @name, @color, @definition, @when_to_use,
    @when_not_to_use, @example, @position, @pinned, @created_at, @created_by)`);
  const update = db.prepare<[CodeRow]>(`UPDATE codes SET parent_id = @parent_id, name = @name, color = @color, definition = @definition,
    when_to_use = @when_to_use, when_not_to_use = @when_not_to_use, example = @example, position = @position, pinned = @pinned
    WHERE id = @id`);
  const remove = db.prepare<[string]>('DELETE FROM codes WHERE id = ?');
  const codingSpans = db.prepare<[], { code_id: string; document_id: string; start_offset: number; end_offset: number }>(
    'SELECT code_id, document_id, start_offset, end_offset FROM codings ORDER BY document_id',
  );
  const turnSpans = db.prepare<[], { document_id: string; start_offset: number; end_offset: number; participant_id: string | null }>(
    'SELECT document_id, start_offset, end_offset, participant_id FROM turns ORDER BY document_id, start_offset',
  );
  const codingCounts = db.prepare<[], { code_id: string; n: number }>('SELECT code_id, count(*) AS n FROM codings GROUP BY code_id');

  return {
    all: () => all.all(),
    get: (id: string) => one.get(id) ?? null,
    children: (parentId: string | null) => (parentId === null ? roots.all() : children.all(parentId)),
    findSibling: (parentId: string | null, name: string) => sibling.get(parentId, name) ?? null,
    byPin: (pin: number) => byPin.get(pin) ?? null,
    nextPosition: (parentId: string | null) => nextPosition.get(parentId)!.p,
    insert: (row: CodeRow) => void insert.run(row),
    update: (row: CodeRow) => void update.run(row),
    remove: (id: string) => remove.run(id).changes === 1,
    /**
     * Which documents and participants each coding reaches (participants through the turns it
     * overlaps). Done in memory with a binary search per coding: a range join in SQL scans every
     * turn of the document for every coding.
     */
    reach: (): CodeReach[] => {
      const turnsByDoc = new Map<string, { start: number; end: number; participant: string | null }[]>();
      for (const t of turnSpans.iterate()) {
        const list = turnsByDoc.get(t.document_id) ?? [];
        list.push({ start: t.start_offset, end: t.end_offset, participant: t.participant_id });
        turnsByDoc.set(t.document_id, list);
      }
      const out: CodeReach[] = [];
      for (const c of codingSpans.iterate()) {
        const turns = turnsByDoc.get(c.document_id) ?? [];
        const hits = overlappingTurns(turns, c.start_offset, c.end_offset);
        if (hits.length === 0) out.push({ code_id: c.code_id, document_id: c.document_id, participant_id: null });
        for (const i of hits) out.push({ code_id: c.code_id, document_id: c.document_id, participant_id: turns[i]!.participant });
      }
      return out;
    },
    codingCounts: () => new Map(codingCounts.all().map((r) => [r.code_id, r.n])),
  };
}
export type CodesRepo = ReturnType<typeof createCodesRepo>;
