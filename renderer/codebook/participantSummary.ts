import type { Attribute, Participant } from '../../shared/domain/study';

/** The NPS group a 0–10 score falls in: 0–6 detractor, 7–8 passive, 9–10 promoter. */
export function npsGroup(score: number): 'Detractor' | 'Passive' | 'Promoter' {
  return score <= 6 ? 'Detractor' : score <= 8 ? 'Passive' : 'Promoter';
}

/** Text values longer than this (free notes) would crowd the line; they are left out. */
const MAX_TEXT = 40;

/**
 * A participant's attributes as one short line, for reading a quote in context:
 * "Promoter · NPS 9 · Family weekly shop · 35–44". Category and short text values speak for
 * themselves; numbers and scores carry their attribute's name.
 */
export function participantFacts(participant: Participant, attributes: Attribute[]): string[] {
  const facts: string[] = [];
  for (const a of [...attributes].sort((x, y) => x.position - y.position)) {
    const value = participant.values[a.id];
    if (value === null || value === undefined || value === '') continue;
    if (a.type === 'score' && a.scaleKind === 'nps' && typeof value === 'number') facts.push(npsGroup(value), `${a.name} ${value}`);
    else if (a.type === 'score' || a.type === 'number') facts.push(`${a.name} ${value}`);
    else if (a.type === 'date') continue;
    else if (String(value).length <= MAX_TEXT) facts.push(String(value));
  }
  return facts;
}
