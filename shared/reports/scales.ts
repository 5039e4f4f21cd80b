import type { AttributeValue } from '../domain/attributes';
import type { MessageId } from '../i18n/catalogue';
import type { Translator } from '../i18n/translator';
import type { ReportData } from './data';

type Attr = ReportData['attributes'][number];

/** A group of an attribute used by breakdowns and filters ("promoter", "Urban"...). */
export interface AttributeGroup {
  key: string;
  label: string;
}

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

/** The glossary's word for each NPS group: the one message every screen, report and export uses. */
export const NPS_GROUP_MESSAGES: Record<NpsGroup, MessageId> = {
  promoter: 'report.promoter',
  passive: 'report.passive',
  detractor: 'report.detractor',
};

/** The groups of each scale, with the message that names each (keys are what filters store). */
const SCALE_GROUPS: Record<'nps' | 'csat' | 'ces', { key: string; label: MessageId }[]> = {
  nps: (['promoter', 'passive', 'detractor'] as const).map((key) => ({ key, label: NPS_GROUP_MESSAGES[key] })),
  csat: [
    { key: 'high', label: 'report.csatHigh' },
    { key: 'neutral', label: 'report.csatNeutral' },
    { key: 'low', label: 'report.csatLow' },
  ],
  ces: [
    { key: 'low', label: 'report.cesLow' },
    { key: 'neutral', label: 'report.cesNeutral' },
    { key: 'high', label: 'report.cesHigh' },
  ],
};

function scaleGroups(kind: 'nps' | 'csat' | 'ces', tr: Translator): AttributeGroup[] {
  return SCALE_GROUPS[kind].map((g) => ({ key: g.key, label: tr.t(g.label) }));
}

/**
 * NPS group from a 0–10 answer: 9–10 promoter, 7–8 passive, 0–6 detractor. The one rule the report,
 * the participants grid and the participant line beside a quote all use, so they never disagree.
 */
export function npsGroup(score: number): NpsGroup {
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
export function attributeGroups(attr: Attr, seen: Iterable<AttributeValue>, tr: Translator): AttributeGroup[] | null {
  if (attr.type === 'score' && (attr.scaleKind === 'nps' || attr.scaleKind === 'csat' || attr.scaleKind === 'ces'))
    return scaleGroups(attr.scaleKind, tr);
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
export function valueLabel(attr: Attr, value: AttributeValue | undefined, tr: Translator): string | null {
  if (value === null || value === undefined) return null;
  if (attr.type === 'score' && typeof value === 'number') {
    if (attr.scaleKind === 'nps') return tr.t(SCALE_GROUPS.nps.find((g) => g.key === npsGroup(value))!.label);
    if (attr.scaleKind === 'csat') return `CSAT ${value}`;
    if (attr.scaleKind === 'ces') return `CES ${value}`;
    return `${attr.name} ${value}`;
  }
  return String(value);
}
