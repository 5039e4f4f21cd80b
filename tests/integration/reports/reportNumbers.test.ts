import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../main/api/backend';
import type { ReportResult } from '../../../shared/reports/result';
import { generatedReportStudy, SEGMENT_OPTIONS } from './generatedReportStudy';
import { referenceReport, type ReferenceOptions } from './reportReference';

// The report's numbers on a generated study opened from disk, against a plain computation from the
// tables (reportReference.ts): the fast path that reads the study set-wise must count the same.
let gen: ReturnType<typeof generatedReportStudy>;
let backend: Backend;
beforeAll(async () => {
  gen = generatedReportStudy();
  backend = await gen.open();
});
afterAll(() => {
  backend.close();
  gen.remove();
});

async function run(definition: object): Promise<ReportResult> {
  const r = await backend.dispatch('reports:run', { definition });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ReportResult;
}

async function expectSameNumbers(definition: object, options: ReferenceOptions) {
  const result = await run(definition);
  const ref = referenceReport(backend.context.studies.require(), options);
  expect(result.participantsInScope).toBe(ref.inScope.size);
  expect(result.codingsInScope).toBe(ref.kept.length);
  const themes = result.themes.flatMap(function flat(t): ReportResult['themes'] {
    return [t, ...t.children.flatMap(flat)];
  });
  expect(themes).toHaveLength(9);
  for (const t of themes) {
    const want = ref.themes.get(t.codeId)!;
    expect({
      code: t.code,
      codings: t.codings,
      documents: t.documents,
      sessions: t.sessions,
      participants: t.participants,
      n: t.share.n,
    }).toEqual({
      code: t.code,
      codings: want.codings,
      documents: want.documents,
      sessions: want.sessions,
      participants: want.people.size,
      n: ref.inScope.size,
    });
  }

  // Breakdown: every theme × every group of Segment, Region, NPS, CSAT and CES.
  expect(new Set(result.breakdown.columns.map((c) => c.attribute))).toEqual(new Set(['Segment', 'Region', 'NPS', 'CSAT', 'CES']));
  result.breakdown.columns.forEach((column, i) => {
    const attr = ref.attributes.find((a) => a.id === column.attributeId)!;
    const group = ref.members(attr, column.key);
    expect(column.n).toBe(group.length);
    for (const row of result.breakdown.rows) {
      const people = ref.themes.get(row.codeId)!.people;
      expect(row.cells[i]!.count, `${row.code} × ${column.label}`).toBe(group.filter((p) => people.has(p)).length);
      expect(row.cells[i]!.n).toBe(group.length);
    }
  });

  // Drivers: detractors against promoters, dissatisfied against satisfied.
  expect(result.drivers.map((d) => d.scale)).toEqual(['nps', 'csat']);
  for (const d of result.drivers) {
    const attr = ref.attributes.find((a) => a.scale_kind === d.scale)!;
    const [low, high] =
      d.scale === 'nps'
        ? [ref.members(attr, 'detractor'), ref.members(attr, 'promoter')]
        : [ref.members(attr, 'low'), ref.members(attr, 'high')];
    expect([d.lowN, d.highN]).toEqual([low.length, high.length]);
    for (const row of d.rows) {
      const people = ref.themes.get(row.codeId)!.people;
      expect([row.low.count, row.high.count]).toEqual([low.filter((p) => people.has(p)).length, high.filter((p) => people.has(p)).length]);
    }
  }

  // Scores: NPS, CSAT and CES over everyone in scope and per segment and region.
  expect(result.scores.map((s) => s.kind)).toEqual(['nps', 'csat', 'ces']);
  for (const s of result.scores) {
    const attr = ref.attributes.find((a) => a.id === s.attributeId)!;
    const closeTo = (got: { n: number; value: number | null }, want: { n: number; value: number | null }) => {
      expect(got.n).toBe(want.n);
      if (want.value === null) expect(got.value).toBeNull();
      else expect(Math.abs(got.value! - want.value)).toBeLessThanOrEqual(s.kind === 'ces' ? 0.05 : 0.5); // rounded for print
    };
    closeTo(s.overall, ref.scoreOf(s.kind, ref.answersOf(attr, [...ref.inScope])));
    expect(s.bySegment).toHaveLength(SEGMENT_OPTIONS.length + 2);
    for (const seg of s.bySegment) {
      const segAttr = ref.attributes.find((a) => a.name === seg.attribute)!;
      closeTo(seg, ref.scoreOf(s.kind, ref.answersOf(attr, ref.members(segAttr, seg.group))));
    }
  }

  // Co-occurrence: overlapping pairs and shared turns of every pair of codes.
  const co = result.cooccurrence;
  expect(co.codes).toHaveLength(9);
  co.codes.forEach((a, i) => {
    expect(a.turns).toBe(ref.turnsOf(a.codeId).size);
    co.codes.forEach((b, j) => {
      if (i === j) return;
      const both = [...ref.turnsOf(a.codeId)].filter((t) => ref.turnsOf(b.codeId).has(t)).length;
      expect([co.cells[i]![j]!.overlaps, co.cells[i]![j]!.sameTurn], `${a.code} × ${b.code}`).toEqual([
        ref.overlaps(a.codeId, b.codeId),
        both,
      ]);
    });
  });

  // Quotes (3 a theme, one a person): starred first, then each voice's longest passage, longest first.
  for (const t of themes) {
    const own = ref.kept.filter((c) => c.code === t.codeId);
    const order = (a: (typeof own)[number], b: (typeof own)[number]) => b.end - b.start - (a.end - a.start) || (a.id < b.id ? -1 : 1);
    const stars = own.filter((c) => ref.starred.has(c.id)).sort(order);
    const voice = (c: (typeof own)[number]) => c.people[0] ?? `coding:${c.id}`;
    const voices = new Set(stars.map(voice));
    const picks = [...stars];
    for (const c of own.filter((x) => !ref.starred.has(x.id)).sort(order)) {
      if (picks.length >= Math.max(3, stars.length) || voices.has(voice(c))) continue;
      voices.add(voice(c));
      picks.push(c);
    }
    expect(
      t.quotes.map((q) => q.codingId),
      t.code,
    ).toEqual(picks.map((c) => c.id));
  }
  return result;
}

describe('report numbers on a generated study opened from disk', () => {
  it('match a plain count from the tables, respondents only (the default)', async () => {
    const result = await expectSameNumbers({}, { includeNonRespondents: false });
    expect(result.scopeNote).toMatch(/Respondents only: \d+ codings/); // the moderators' own words were left out
  });

  it('match it with moderators and observers counted', async () => {
    await expectSameNumbers({ filters: { includeNonRespondents: true } }, { includeNonRespondents: true });
  });

  it('match it for one segment (a participant filter)', async () => {
    const segment = referenceReport(backend.context.studies.require(), { includeNonRespondents: false }).attributes.find(
      (a) => a.name === 'Segment',
    )!;
    await expectSameNumbers(
      { filters: { participants: [{ attributeId: segment.id, values: [SEGMENT_OPTIONS[0]] }] } },
      { includeNonRespondents: false, only: { attributeId: segment.id as string, value: SEGMENT_OPTIONS[0]! } },
    );
  });
});

describe('a report counted in a worker from rows sent in slices', () => {
  it('is the report counted in one go', async () => {
    const definition = { filters: { includeNonRespondents: false } };
    const snapshot = await backend.dispatch('reports:generate', { definition });
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    const { result } = snapshot.value as { result: ReportResult };
    expect({ ...result, generatedAt: '' }).toEqual({ ...(await run(definition)), generatedAt: '' });
  });
});
