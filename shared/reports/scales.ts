import type { AttributeValue } from '../domain/attributes';
import type { ReportData } from './data';

type Attr = ReportData['attributes'][number];

/** A group of an attribute used by breakdowns and filters ("promoter", "Urban"...). */
export interface AttributeGroup {
  key: string;
  label: string;
}

const NPS_GROUPS: AttributeGroup[] = [
  { key: 'promoter', label: 'Promoter' },
  { key: 'passive', label: 'Passive' },
  { key: 'detractor', label: 'Detractor' },
];
const CSAT_GROUPS: AttributeGroup[] = [
  { key: 'high', label: 'CSAT high (4–5)' },
  { key: 'neutral', label: 'CSAT neutral (3)' },
  { key: 'low', label: 'CSAT low (1–2)' },
];
const CES_GROUPS: AttributeGroup[] = [
  { key: 'low', label: 'Low effort (1–3)' },
  { key: 'neutral', label: 'CES 4' },
  { key: 'high', label: 'High effort (5–7)' },
];

/** NPS group from a 0–10 answer: 9–10 promoter, 7–8 passive, 0–6 detractor. */
export function npsGroup(score: number): 'promoter' | 'passive' | 'detractor' {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** CSAT band from a 1–5 answer: 4–5 high, 3 neutral, 1–2 low. */
export function csatBand(score: number): 'high' | 'neutral' | 'low' {
  return score >= 4 ? 'high' : score >= 3 ? 'neutral' : 'low';
}

function cesBand(score: number): 'low' | 'neutral' | 'high' {
  return score <= 3 ? 'low' : score === 4 ? 'neutral' : 'high';
}

/**
 * The groups an attribute splits participants into, or null when it does not split sensibly
 * (dates, free text with many values). Category attributes keep their option order.
 */
export function attributeGroups(attr: Attr, seen: Iterable<AttributeValue>): AttributeGroup[] | null {
  if (attr.type === 'score') {
    if (attr.scaleKind === 'nps') return NPS_GROUPS;
    if (attr.scaleKind === 'csat') return CSAT_GROUPS;
    if (attr.scaleKind === 'ces') return CES_GROUPS;
  }
  if (attr.type === 'date') return null;
  const values = new Set<string>(attr.type === 'category' ? attr.options : []);
  for (const v of seen) if (v !== null) values.add(String(v));
  if (values.size === 0 || (attr.type !== 'category' && values.size > 12)) return null;
  return [...values].map((v) => ({ key: v, label: v }));
}

/** The group key of one participant's value, or null when the value is missing. */
export function groupKey(attr: Attr, value: AttributeValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (attr.type === 'score' && typeof value === 'number') {
    if (attr.scaleKind === 'nps') return npsGroup(value);
    if (attr.scaleKind === 'csat') return csatBand(value);
    if (attr.scaleKind === 'ces') return cesBand(value);
  }
  return String(value);
}

/** How a value reads next to a quote: "Promoter" for an NPS 9, the value itself otherwise. */
export function valueLabel(attr: Attr, value: AttributeValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (attr.type === 'score' && typeof value === 'number') {
    if (attr.scaleKind === 'nps') return NPS_GROUPS.find((g) => g.key === npsGroup(value))!.label;
    if (attr.scaleKind === 'csat') return `CSAT ${value}`;
    if (attr.scaleKind === 'ces') return `CES ${value}`;
    return `${attr.name} ${value}`;
  }
  return String(value);
}
