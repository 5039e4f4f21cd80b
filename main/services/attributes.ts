import { SCALE_RANGES } from '../../shared/domain/attributes';
import type { Attribute, AttributeFields } from '../../shared/domain/study';
import { AppError } from '../../shared/errors';
import { now, type Study } from './study';

/** Parsed attribute fields (defaults applied). */
export type AttributeDefinition = Omit<Attribute, 'id' | 'position'>;

/** Applies the fixed range of a known scale and drops fields that do not belong to the type. */
export function normalizeAttribute(f: Required<AttributeFields>): AttributeDefinition {
  const isScore = f.type === 'score';
  const range = isScore && f.scaleKind && f.scaleKind !== 'custom' ? SCALE_RANGES[f.scaleKind] : null;
  return {
    name: f.name.trim(),
    type: f.type,
    options: f.type === 'category' ? f.options : [],
    scaleKind: isScore ? f.scaleKind : null,
    scaleMin: isScore ? (range?.min ?? f.scaleMin) : null,
    scaleMax: isScore ? (range?.max ?? f.scaleMax) : null,
  };
}

/** Inserts an attribute inside the caller's transaction; used by the handler and by CSV import. */
export function insertAttribute(study: Study, def: AttributeDefinition): Attribute {
  if (study.repos.attributes.findByName(def.name)) throw new AppError('ALREADY_EXISTS', 'editing.attributeExists', { name: def.name });
  const id = crypto.randomUUID();
  study.repos.attributes.insert({ id, ...def }, now());
  return study.repos.attributes.get(id)!;
}

export function createAttribute(study: Study, fields: Required<AttributeFields>): Attribute {
  const def = normalizeAttribute(fields);
  return study.write('attributes:create', () => insertAttribute(study, def), def);
}

/**
 * Renames an attribute or changes its category values. A value still used by a participant cannot
 * be removed from a category: that would leave stored values outside the allowed set.
 */
export function updateAttribute(study: Study, id: string, changes: { name?: string; options?: string[] }): Attribute {
  return study.write(
    'attributes:update',
    () => {
      const current = study.repos.attributes.get(id);
      if (!current) throw new AppError('NOT_FOUND', 'editing.attributeGone');
      const name = changes.name?.trim() ?? current.name;
      const clash = study.repos.attributes.findByName(name);
      if (clash && clash.id !== id) throw new AppError('ALREADY_EXISTS', 'editing.attributeExists', { name });
      let options = current.options;
      if (changes.options) {
        if (current.type !== 'category') throw new AppError('INVALID_INPUT', 'editing.notCategory', { name: current.name });
        if (changes.options.length === 0) throw new AppError('INVALID_INPUT', 'editing.categoryNeedsValue');
        if (new Set(changes.options.map((o) => o.toLocaleLowerCase())).size !== changes.options.length)
          throw new AppError('INVALID_INPUT', 'editing.categoryValuesDistinct');
        options = changes.options;
        const used = new Set(
          study.repos.participants
            .list()
            .map((p) => p.values[id])
            .filter((v): v is string => typeof v === 'string'),
        );
        const dropped = [...used].filter((v) => !options.includes(v));
        if (dropped.length > 0)
          throw new AppError('CONFLICT', 'editing.categoryValuesInUse', {
            values: dropped.map((d) => `"${d}"`).join(', '),
            count: dropped.length,
          });
      }
      study.repos.attributes.update(id, name, options);
      return study.repos.attributes.get(id)!;
    },
    { id, changes },
  );
}

/** Deletes an attribute and every participant's value for it, after a backup. */
export function deleteAttribute(study: Study, id: string): { backupPath: string } {
  if (!study.repos.attributes.get(id)) throw new AppError('NOT_FOUND', 'editing.attributeGone');
  const backupPath = study.backup('before-deleting-an-attribute');
  study.write('attributes:delete', () => study.repos.attributes.remove(id), { id });
  return { backupPath };
}
