import type { Attribute } from '../../shared/domain/study';
import type { Translator } from '../../shared/i18n/translator';

/** The values a participant filter offers for an attribute: score groups, or category options. */
export function filterGroups(attr: Attribute, seen: Iterable<unknown>, { t }: Translator): { key: string; label: string }[] | null {
  if (attr.type === 'score') {
    if (attr.scaleKind === 'nps')
      return [
        { key: 'promoter', label: t('reports.npsPromoter') },
        { key: 'passive', label: t('reports.npsPassive') },
        { key: 'detractor', label: t('reports.npsDetractor') },
      ];
    if (attr.scaleKind === 'csat')
      return [
        { key: 'high', label: t('reports.csatHigh') },
        { key: 'neutral', label: t('reports.csatNeutral') },
        { key: 'low', label: t('reports.csatLow') },
      ];
    if (attr.scaleKind === 'ces')
      return [
        { key: 'low', label: t('report.cesLow') },
        { key: 'neutral', label: t('reports.cesNeutral') },
        { key: 'high', label: t('report.cesHigh') },
      ];
  }
  if (attr.type === 'date') return null;
  const values = new Set<string>(attr.type === 'category' ? attr.options : []);
  for (const v of seen) if (v !== null && v !== undefined && v !== '') values.add(String(v as string | number));
  if (values.size === 0 || (attr.type !== 'category' && values.size > 12)) return null;
  return [...values].map((v) => ({ key: v, label: v }));
}

/** Adds or removes one value from a list (keeps order). */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
