import type { Attribute } from '../../../shared/domain/study';
import type { Db } from '../connection';

interface AttributeRow {
  id: string;
  name: string;
  type: Attribute['type'];
  options: string;
  scale_kind: Attribute['scaleKind'];
  scale_min: number | null;
  scale_max: number | null;
  position: number;
}

function toAttribute(r: AttributeRow): Attribute {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    options: JSON.parse(r.options) as string[],
    scaleKind: r.scale_kind,
    scaleMin: r.scale_min,
    scaleMax: r.scale_max,
    position: r.position,
  };
}

/** Participant attribute definitions, in the researcher's column order. */
export function createAttributesRepo(db: Db) {
  const list = db.prepare<[], AttributeRow>('SELECT * FROM attributes ORDER BY position');
  const byId = db.prepare<[string], AttributeRow>('SELECT * FROM attributes WHERE id = ?');
  const byName = db.prepare<[string], AttributeRow>('SELECT * FROM attributes WHERE name = ?');
  const nextPosition = db.prepare<[], { p: number }>('SELECT coalesce(max(position) + 1, 0) AS p FROM attributes');
  const insert = db.prepare(`INSERT INTO attributes (id, name, type, options, scale_kind, scale_min, scale_max, position, created_at)
    VALUES (@id, @name, @type, @options, @scaleKind, @scaleMin, @scaleMax, @position, @at)`);
  const update = db.prepare<[string, string, string]>('UPDATE attributes SET name = ?, options = ? WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM attributes WHERE id = ?');

  return {
    list: () => list.all().map(toAttribute),
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toAttribute(row) : null;
    },
    findByName: (name: string) => {
      const row = byName.get(name);
      return row ? toAttribute(row) : null;
    },
    insert: (a: Omit<Attribute, 'position'>, at: string) =>
      void insert.run({ ...a, options: JSON.stringify(a.options), position: nextPosition.get()!.p, at }),
    update: (id: string, name: string, options: string[]) => void update.run(name, JSON.stringify(options), id),
    remove: (id: string) => remove.run(id).changes === 1,
  };
}
export type AttributesRepo = ReturnType<typeof createAttributesRepo>;
