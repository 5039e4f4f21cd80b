import type { AttributeType, ScaleKind } from '../../../shared/domain/attributes';
import type { ColumnTarget } from '../../../shared/domain/participantImport';
import type { Attribute } from '../../../shared/domain/study';

/** A column target as the value of a <select>. */
export function choiceOf(target: ColumnTarget): string {
  return target.kind === 'attribute' ? `attr:${target.attributeId}` : target.kind === 'newAttribute' ? 'new' : target.kind;
}

/** The target a <select> value stands for; keeps the new-attribute details when they still apply. */
export function targetOf(choice: string, header: string, column: number, previous: ColumnTarget): ColumnTarget {
  if (choice.startsWith('attr:')) return { kind: 'attribute', attributeId: choice.slice(5) };
  if (choice === 'new')
    return previous.kind === 'newAttribute'
      ? previous
      : { kind: 'newAttribute', name: (header.trim() || `Column ${column + 1}`).slice(0, 80), type: 'text', scaleKind: null };
  if (choice === 'name' || choice === 'notes') return { kind: choice };
  return { kind: 'ignore' };
}

/** A new attribute's type (and, for scores, its scale) changed in the mapping. */
export function withType(target: ColumnTarget, type: AttributeType, scaleKind: ScaleKind | null): ColumnTarget {
  if (target.kind !== 'newAttribute') return target;
  return { ...target, type, scaleKind: type === 'score' ? (scaleKind ?? 'nps') : null };
}

/**
 * The columns the preview's sample values belong to, in order: those mapped to an attribute that
 * exists (first mapping wins) or to a new attribute. Mirrors how the backend builds its rules.
 */
export function valueColumns(mapping: ColumnTarget[], attributes: Attribute[]): number[] {
  const used = new Set<string>();
  const columns: number[] = [];
  mapping.forEach((m, col) => {
    if (m.kind === 'newAttribute') columns.push(col);
    if (m.kind === 'attribute' && attributes.some((a) => a.id === m.attributeId) && !used.has(m.attributeId)) {
      used.add(m.attributeId);
      columns.push(col);
    }
  });
  return columns;
}
