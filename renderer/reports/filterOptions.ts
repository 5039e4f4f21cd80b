import type { Attribute } from '../../shared/domain/study';

/** The values a participant filter offers for an attribute: score groups, or category options. */
export function filterGroups(attr: Attribute, seen: Iterable<unknown>): { key: string; label: string }[] | null {
  if (attr.type === 'score') {
    if (attr.scaleKind === 'nps') return [
      { key: 'promoter', label: 'Promoter (9–10)' },
      { key: 'passive', label: 'Passive (7–8)' },
      { key: 'detractor', label: 'Detractor (0–6)' },
    ];
    if (attr.scaleKind === 'csat') return [
      { key: 'high', label: 'High (4–5)' },
      { key: 'neutral', label: 'Neutral (3)' },
      { key: 'low', label: 'Low (1–2)' },
    ];
    if (attr.scaleKind === 'ces') return [
      { key: 'low', label: 'Low effort (1–3)' },
      { key: 'neutral', label: 'Neutral (4)' },
      { key: 'high', label: 'High effort (5–7)' },
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
