import { SCALE_RANGES, type AttributeValue } from '../../shared/domain/attributes';
import type { Attribute } from '../../shared/domain/study';
import { formatDay } from '../ui/format';

/** Grid columns: the name, one per attribute (keyed by its id), notes, the sessions, and row actions. */
export const NAME_COLUMN = 'name';
export const NOTES_COLUMN = 'notes';
export const SESSIONS_COLUMN = 'sessions';
export const ACTIONS_COLUMN = 'actions';

/** The text a cell shows. */
export function displayValue(attribute: Attribute, value: AttributeValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (attribute.type === 'date' && typeof value === 'string') return formatDay(value);
  return String(value);
}

/** The text an editor starts from (dates stay YYYY-MM-DD, as <input type=date> wants). */
export function editText(value: AttributeValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A short description of what the column accepts, shown under its name. */
export function typeLabel(attribute: Attribute): string {
  switch (attribute.type) {
    case 'text':
      return 'Text';
    case 'number':
      return 'Number';
    case 'date':
      return 'Date';
    case 'category':
      return `Category · ${attribute.options.length}`;
    case 'score': {
      const range = `${attribute.scaleMin ?? '?'}–${attribute.scaleMax ?? '?'}`;
      if (attribute.scaleKind && attribute.scaleKind !== 'custom') return SCALE_RANGES[attribute.scaleKind].label.replace(/\s*\(.*\)/, ` ${range}`);
      return `Score ${range}`;
    }
  }
}

/** True for columns whose values are numbers and so align right. */
export function isNumeric(attribute: Attribute): boolean {
  return attribute.type === 'number' || attribute.type === 'score';
}

/**
 * The NPS group of a score (detractor 0–6, passive 7–8, promoter 9–10), which researchers read at
 * a glance; null for other scales.
 */
export function npsGroup(attribute: Attribute, value: AttributeValue | undefined): 'detractor' | 'passive' | 'promoter' | null {
  if (attribute.scaleKind !== 'nps' || typeof value !== 'number') return null;
  return value <= 6 ? 'detractor' : value <= 8 ? 'passive' : 'promoter';
}
