import type { Attribute, Participant } from '../../shared/domain/study';
import type { Translator } from '../../shared/i18n/translator';
import { NPS_GROUP_MESSAGES, npsGroup, type NpsGroup } from '../../shared/reports/scales';

/** One fact about a participant; `group` is set on the NPS group, which is drawn tinted. */
export interface Fact {
  text: string;
  group: NpsGroup | null;
}

/** Text values longer than this (free notes) would crowd the line; they are left out. */
const MAX_TEXT = 40;

/**
 * A participant's attributes as one short line, for reading a quote in context:
 * "Promoter · NPS 9 · Family weekly shop · 35–44". Category and short text values speak for
 * themselves (they are study data); numbers and scores carry their attribute's name.
 */
export function participantFacts(
  participant: Participant,
  attributes: Attribute[],
  { t, number }: Pick<Translator, 't' | 'number'>,
): Fact[] {
  const facts: Fact[] = [];
  const named = (name: string, value: unknown) =>
    t('retrieve.factNamedValue', { name, value: typeof value === 'number' ? number(value) : String(value) });
  for (const a of [...attributes].sort((x, y) => x.position - y.position)) {
    const value = participant.values[a.id];
    if (value === null || value === undefined || value === '') continue;
    if (a.type === 'score' && a.scaleKind === 'nps' && typeof value === 'number') {
      const group = npsGroup(value);
      facts.push({ text: t(NPS_GROUP_MESSAGES[group]), group }, { text: named(a.name, value), group: null });
    } else if (a.type === 'score' || a.type === 'number') facts.push({ text: named(a.name, value), group: null });
    else if (a.type === 'date') continue;
    else if (String(value).length <= MAX_TEXT) facts.push({ text: String(value), group: null });
  }
  return facts;
}
