import type { AttributeValue } from '../../shared/domain/attributes';
import type { MessageId } from '../../shared/i18n/catalogue';
import { translatorFor, type Translator } from '../../shared/i18n/translator';
import { NPS_GROUP_MESSAGES, npsGroup, type NpsGroup } from '../../shared/reports/scales';
import type { Attribute, SessionRole } from '../../shared/domain/study';

/** Grid columns: the name, one per attribute (keyed by its id), notes, the sessions, and row actions. */
export const NAME_COLUMN = 'name';
export const NOTES_COLUMN = 'notes';
export const SESSIONS_COLUMN = 'sessions';
export const ACTIONS_COLUMN = 'actions';

/** A stored YYYY-MM-DD day in the UI's language; calendar days are formatted in UTC so they never shift a day. */
export function dayText(translator: Translator, iso: string | null): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : translator.date(date, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** The text a cell shows: dates and numbers in the UI language's form (a decimal comma where it writes one). */
export function displayValue(attribute: Attribute, value: AttributeValue | undefined, translator: Translator): string {
  if (value === null || value === undefined) return '';
  if (attribute.type === 'date' && typeof value === 'string') return dayText(translator, value);
  // No grouping: an age or a household size reads as typed, only the decimal mark follows the language.
  if (typeof value === 'number') return translator.number(value, { useGrouping: false, maximumFractionDigits: 20 });
  return String(value);
}

/** The text an editor starts from (dates stay YYYY-MM-DD, as <input type=date> wants). */
export function editText(value: AttributeValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A short description of what the column accepts, shown under its name. Without a translator it is
 * English: the CSV import's mapping table (renderer/participants/import) moves to the catalogue separately.
 */
export function typeLabel(attribute: Attribute, { t }: Translator = translatorFor('en')): string {
  switch (attribute.type) {
    case 'text':
      return t('common.text');
    case 'number':
      return t('participants.typeNumber');
    case 'date':
      return t('common.date');
    case 'category':
      return t('participants.typeCategoryCount', { count: attribute.options.length });
    case 'score': {
      const range = { min: attribute.scaleMin ?? '?', max: attribute.scaleMax ?? '?' };
      if (attribute.scaleKind === 'nps') return t('participants.typeNpsRange', range);
      if (attribute.scaleKind === 'csat') return t('participants.typeCsatRange', range);
      if (attribute.scaleKind === 'ces') return t('participants.typeCesRange', range);
      return t('participants.typeScoreRange', range);
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
export function scoreNpsGroup(attribute: Attribute, value: AttributeValue | undefined): NpsGroup | null {
  return attribute.scaleKind === 'nps' && typeof value === 'number' ? npsGroup(value) : null;
}

/** The glossary's word for each NPS group. */
export const NPS_GROUP_LABEL: Record<NpsGroup, MessageId> = NPS_GROUP_MESSAGES;

/** A role as a dialog's choice lists it ("Moderator"). */
export const ROLE_LABEL: Record<SessionRole, MessageId> = {
  participant: 'common.participant',
  moderator: 'common.moderator',
  observer: 'common.observer',
};
