import type { Translator } from '../i18n/translator';
import type { ReportData } from './data';
import type { ScoreSummary, ScoreValue } from './result';
import { roundScore } from './format';
import { csatBand, npsGroup } from './scales';
import type { groupsOfScope } from './segments';

type Attr = ReportData['attributes'][number];

/** One score over a set of people: NPS, CSAT (% 4–5) or the CES mean, with its n. */
function score(kind: 'nps' | 'csat' | 'ces', values: number[], group: string, tr: Translator): ScoreValue {
  const n = values.length;
  if (n === 0) return { group, n, value: null, detail: tr.t('report.noAnswers') };
  if (kind === 'nps') {
    const pro = values.filter((v) => npsGroup(v) === 'promoter').length;
    const det = values.filter((v) => npsGroup(v) === 'detractor').length;
    const value = roundScore('nps', ((pro - det) / n) * 100);
    return { group, n, value, detail: tr.t('report.npsDetail', { promoters: pro, passives: n - pro - det, detractors: det }) };
  }
  if (kind === 'csat') {
    const sat = values.filter((v) => csatBand(v) === 'high').length;
    return { group, n, value: roundScore('csat', (sat / n) * 100), detail: tr.t('report.csatDetail', { satisfied: sat, n }) };
  }
  const mean = values.reduce((a, b) => a + b, 0) / n;
  return { group, n, value: roundScore('ces', mean), detail: tr.t('report.cesDetail', { n }) };
}

/**
 * NPS (% promoters − % detractors), CSAT (% of 4–5 answers on 1–5) and CES (mean), overall and
 * per value of every category attribute, over the participants in scope who answered.
 */
export function buildScores(
  data: ReportData,
  inScope: Set<string>,
  groupsOf: ReturnType<typeof groupsOfScope>,
  tr: Translator,
): ScoreSummary[] {
  const people = data.participants.filter((p) => inScope.has(p.id));
  const segments = data.attributes.filter((a) => a.type === 'category');
  const byId = new Map(data.participants.map((p) => [p.id, p]));
  const out: ScoreSummary[] = [];
  for (const attr of data.attributes) {
    const kind = attr.type === 'score' ? attr.scaleKind : null;
    if (kind !== 'nps' && kind !== 'csat' && kind !== 'ces') continue;
    const answer = (id: string): number | null => {
      const v = byId.get(id)?.values[attr.id];
      return typeof v === 'number' ? v : null;
    };
    const valuesOf = (ids: Iterable<string>) => [...ids].flatMap((id) => answer(id) ?? []);
    const bySegment: ScoreSummary['bySegment'] = [];
    for (const seg of segments as Attr[])
      for (const g of groupsOf(seg)) bySegment.push({ attribute: seg.name, ...score(kind, valuesOf(g.members), g.label, tr) });
    out.push({
      attributeId: attr.id,
      attribute: attr.name,
      kind,
      overall: score(
        kind,
        people.flatMap((p) => (typeof p.values[attr.id] === 'number' ? [p.values[attr.id] as number] : [])),
        tr.t('report.allParticipants'),
        tr,
      ),
      bySegment,
    });
  }
  return out;
}
