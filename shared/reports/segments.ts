import type { Translator } from '../i18n/translator';
import type { ReportData } from './data';
import type { ReportDefinition } from './definition';
import type { Breakdown, BreakdownColumn, Drivers, DriverRow, Share, ThemeSummary } from './result';
import { formatPct, roundLift, roundPts } from './format';
import { attributeGroups, groupKey } from './scales';

/** Groups with fewer people than this are flagged: a percentage of 3 people is not a pattern. */
export const SMALL_N = 5;

type Attr = ReportData['attributes'][number];

/** Participants in scope per group of an attribute. */
export function groupMembers(
  data: ReportData,
  attr: Attr,
  inScope: Set<string>,
  tr: Translator,
): { key: string; label: string; members: Set<string> }[] {
  const values = data.participants.filter((p) => inScope.has(p.id)).map((p) => p.values[attr.id] ?? null);
  const groups = attributeGroups(attr, values, tr) ?? [];
  const out = groups.map((g) => ({ ...g, members: new Set<string>() }));
  const byKey = new Map(out.map((g) => [g.key, g]));
  for (const p of data.participants) {
    if (!inScope.has(p.id)) continue;
    const key = groupKey(attr, p.values[attr.id]);
    if (key !== null) byKey.get(key)?.members.add(p.id);
  }
  return out;
}

type Groups = ReturnType<typeof groupMembers>;

/**
 * {@link groupMembers} of one report's people, each attribute's groups worked out once: the
 * breakdown, the drivers and the scores by segment all ask for the same groups.
 */
export function groupsOfScope(data: ReportData, inScope: Set<string>, tr: Translator): (attr: Attr) => Groups {
  const known = new Map<string, Groups>();
  return (attr) => {
    let groups = known.get(attr.id);
    if (!groups) known.set(attr.id, (groups = groupMembers(data, attr, inScope, tr)));
    return groups;
  };
}

/** The attributes a breakdown splits by: the chosen ones, else every category and score attribute. */
export function breakdownAttributes(data: ReportData, def: ReportDefinition): Attr[] {
  if (def.breakdownAttributeIds.length > 0) return def.breakdownAttributeIds.flatMap((id) => data.attributes.filter((a) => a.id === id));
  return data.attributes.filter((a) => a.type === 'category' || (a.type === 'score' && a.scaleKind !== null && a.scaleKind !== 'custom'));
}

function share(count: number, n: number): Share {
  return { count, n, share: n === 0 ? null : count / n };
}

/** People in both sets, walking the smaller one (a theme's 2,000 people against a group of 40). */
function countIn(people: Set<string> | undefined, members: Set<string>): number {
  if (!people) return 0;
  const [small, large] = people.size <= members.size ? [people, members] : [members, people];
  let n = 0;
  for (const p of small) if (large.has(p)) n++;
  return n;
}

/** Codes × attribute groups: participants who mentioned each theme, with column percentages. */
export function buildBreakdown(
  data: ReportData,
  def: ReportDefinition,
  themes: ThemeSummary[],
  people: Map<string, Set<string>>,
  groupsOf: (attr: Attr) => Groups,
): Breakdown {
  const columns: BreakdownColumn[] = [];
  const members: Set<string>[] = [];
  for (const attr of breakdownAttributes(data, def))
    for (const g of groupsOf(attr)) {
      columns.push({
        attributeId: attr.id,
        attribute: attr.name,
        key: g.key,
        label: g.label,
        n: g.members.size,
        smallN: g.members.size < SMALL_N,
      });
      members.push(g.members);
    }
  const rows = themes.map((t) => ({
    codeId: t.codeId,
    code: t.code,
    depth: t.depth,
    cells: members.map((m) => share(countIn(people.get(t.codeId), m), m.size)),
  }));
  return { columns, rows };
}

/**
 * What unhappy customers raise more than happy ones: detractors vs promoters (NPS) and CSAT 1–2 vs
 * 4–5. Sorted by the difference in share. The wording reports counts and never says "causes".
 */
export function buildDrivers(
  data: ReportData,
  themes: ThemeSummary[],
  people: Map<string, Set<string>>,
  groupsOf: (attr: Attr) => Groups,
  tr: Translator,
): Drivers[] {
  const out: Drivers[] = [];
  for (const attr of data.attributes) {
    if (attr.type !== 'score' || (attr.scaleKind !== 'nps' && attr.scaleKind !== 'csat')) continue;
    const groups = groupsOf(attr);
    const isNps = attr.scaleKind === 'nps';
    const low = groups.find((g) => g.key === (isNps ? 'detractor' : 'low'))!;
    const high = groups.find((g) => g.key === (isNps ? 'promoter' : 'high'))!;
    const lowLabel = tr.t(isNps ? 'report.detractors' : 'report.dissatisfied');
    const highLabel = tr.t(isNps ? 'report.promoters' : 'report.satisfied');
    const rows: DriverRow[] = themes.map((t) => {
      const l = share(countIn(people.get(t.codeId), low.members), low.members.size);
      const h = share(countIn(people.get(t.codeId), high.members), high.members.size);
      const differencePts = l.share === null || h.share === null ? null : roundPts((l.share - h.share) * 100);
      const lift = l.share === null || h.share === null || h.share === 0 ? null : roundLift(l.share / h.share);
      const said = tr.t('report.driverSentence', {
        lowCount: l.count,
        lowN: l.n,
        low: lowLabel,
        lowPct: formatPct(l.share, tr),
        theme: t.name,
        highCount: h.count,
        highN: h.n,
        high: highLabel,
        highPct: formatPct(h.share, tr),
      });
      const sentence = l.n < SMALL_N || h.n < SMALL_N ? `${said} ${tr.t('report.driverSmallGroups')}` : said;
      return { codeId: t.codeId, code: t.code, low: l, high: h, differencePts, lift, sentence };
    });
    rows.sort((a, b) => (b.differencePts ?? -Infinity) - (a.differencePts ?? -Infinity) || a.code.localeCompare(b.code));
    out.push({
      scale: isNps ? 'nps' : 'csat',
      attribute: attr.name,
      lowLabel,
      highLabel,
      lowN: low.members.size,
      highN: high.members.size,
      rows,
      caveat: tr.t('report.driverCaveat', { lowN: low.members.size, low: lowLabel, highN: high.members.size, high: highLabel }),
    });
  }
  return out;
}
