import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportResult, ThemeSummary } from '../../../shared/reports/result';
import { reportFixture, type ReportFixture } from './reportFixture';

let f: ReportFixture;
beforeEach(async () => {
  f = await reportFixture();
});
afterEach(() => f.close());

const byCode = (r: ReportResult) => {
  const out = new Map<string, ThemeSummary>();
  const walk = (list: ThemeSummary[]) => list.forEach((t) => (out.set(t.code, t), walk(t.children)));
  walk(r.themes);
  return out;
};
const counts = (t: ThemeSummary | undefined) =>
  t && { codings: t.codings, documents: t.documents, sessions: t.sessions, participants: t.participants, n: t.share.n };

describe('report aggregation (hand-computed)', () => {
  it('rolls children up into parents and counts each participant once', async () => {
    const r = await f.call('reports:run', { definition: {} });
    const t = byCode(r);
    expect(r.participantsInScope).toBe(4); // Ana, Ben, Cai coded; Dee a session participant
    expect(r.codingsInScope).toBe(7);
    expect(counts(t.get('Price/Too expensive'))).toEqual({ codings: 3, documents: 1, sessions: 1, participants: 2, n: 4 });
    expect(counts(t.get('Price/Good value'))).toEqual({ codings: 1, documents: 1, sessions: 1, participants: 1, n: 4 });
    // Own coding + 3 + 1; Ana and Ben.
    expect(counts(t.get('Price'))).toEqual({ codings: 5, documents: 1, sessions: 1, participants: 2, n: 4 });
    expect(t.get('Price')!.share.share).toBe(0.5);
    expect(counts(t.get('Delivery'))).toEqual({ codings: 2, documents: 1, sessions: 1, participants: 2, n: 4 });
    expect(r.themes.map((x) => x.code)).toEqual(['Price', 'Delivery']);
    expect(t.get('Price')!.children.map((x) => x.code)).toEqual(['Price/Too expensive', 'Price/Good value']);
  });

  it('quotes at most one passage per participant per theme, longest first', async () => {
    const t = byCode(await f.call('reports:run', { definition: { quotes: { attributeIds: [f.attrs.nps.id, f.attrs.segment.id] } } }));
    const quotes = t.get('Price/Too expensive')!.quotes;
    expect(quotes.map((q) => q.speaker).sort()).toEqual(['Ana', 'Ben']);
    expect(quotes[0]).toMatchObject({ text: 'Prices are too high', speaker: 'Ben', attributes: ['Detractor', 'Rural'] });
    expect(quotes.find((q) => q.speaker === 'Ana')!.text).toBe('Still, the quality'); // her longer one (18 > 17 characters)
  });

  it('puts starred quotes first, then fills the limit with default picks from people not yet quoted', async () => {
    const tooExpensive = async (quotes: object = {}) =>
      byCode(await f.call('reports:run', { definition: { quotes } }))
        .get('Price/Too expensive')!
        .quotes.map((q) => [q.text, q.speaker, q.starred]);
    // Too expensive: Ana "price is too high" (17, c1), Ben "Prices are too high" (19), Ana "Still, the quality" (18).
    await f.call('reports:starQuote', { codingId: f.c1.id, starred: true });
    // Ana is quoted by her star, so her longer passage is not added; Ben fills the next slot.
    expect(await tooExpensive()).toEqual([
      ['price is too high', 'Ana', true],
      ['Prices are too high', 'Ben', false],
    ]);
    // Without one-per-participant the defaults fill every slot, longest first, never repeating the star.
    expect(await tooExpensive({ onePerParticipant: false })).toEqual([
      ['price is too high', 'Ana', true],
      ['Prices are too high', 'Ben', false],
      ['Still, the quality', 'Ana', false],
    ]);
    expect(await tooExpensive({ perTheme: 1 })).toEqual([['price is too high', 'Ana', true]]);
    // Every starred quote is shown, longest first, even past the limit and from the same person.
    const still = f.study.db.prepare<[], { id: string }>("SELECT id FROM codings WHERE quote = 'Still, the quality'").get()!.id;
    await f.call('reports:starQuote', { codingId: still, starred: true });
    expect(await tooExpensive({ perTheme: 1 })).toEqual([
      ['Still, the quality', 'Ana', true],
      ['price is too high', 'Ana', true],
    ]);
    expect(await tooExpensive()).toEqual([
      ['Still, the quality', 'Ana', true],
      ['price is too high', 'Ana', true],
      ['Prices are too high', 'Ben', false],
    ]);
    await f.call('reports:starQuote', { codingId: f.c1.id, starred: false });
    await f.call('reports:starQuote', { codingId: still, starred: false });
    expect(await tooExpensive()).toHaveLength(2);
  });

  it('lists coders with their codings and filters by coder', async () => {
    // Hand the codings of Ben and Cai to a second coder, Lee; the study's own user keeps Ana's four.
    const me = f.study.userId;
    const lee = f.study.write('test:user', () => f.study.repos.study.ensureUser('Lee', new Date().toISOString()), null);
    f.study.db
      .prepare<[string]>(
        "UPDATE codings SET coder_id = ? WHERE quote IN ('Prices are too high', 'delivery was late', 'Delivery was on time for me.')",
      )
      .run(lee);
    const users = await f.call('users:list', {});
    expect(users.find((u) => u.id === lee)).toEqual({ id: lee, name: 'Lee', codings: 3 });
    expect(users.find((u) => u.id === me)!.codings).toBe(4);

    const byLee = await f.call('reports:run', { definition: { filters: { coderIds: [lee] } } });
    expect(byLee.codingsInScope).toBe(3);
    expect(byLee.scopeNote).toBe('Only codings by Lee.');
    let t = byCode(byLee);
    expect(counts(t.get('Price/Too expensive'))).toEqual({ codings: 1, documents: 1, sessions: 1, participants: 1, n: 4 }); // Ben
    expect(counts(t.get('Price/Good value'))).toEqual({ codings: 0, documents: 0, sessions: 0, participants: 0, n: 4 });
    expect(counts(t.get('Price'))).toEqual({ codings: 1, documents: 1, sessions: 1, participants: 1, n: 4 });
    expect(counts(t.get('Delivery'))).toEqual({ codings: 2, documents: 1, sessions: 1, participants: 2, n: 4 }); // Ben, Cai

    const byMe = await f.call('reports:run', { definition: { filters: { coderIds: [me] } } });
    expect(byMe.codingsInScope).toBe(4);
    t = byCode(byMe);
    expect(counts(t.get('Price/Too expensive'))).toEqual({ codings: 2, documents: 1, sessions: 1, participants: 1, n: 4 }); // Ana twice
    expect(counts(t.get('Price'))).toEqual({ codings: 4, documents: 1, sessions: 1, participants: 1, n: 4 });
    expect(counts(t.get('Delivery'))).toEqual({ codings: 0, documents: 0, sessions: 0, participants: 0, n: 4 });

    const both = await f.call('reports:run', { definition: { filters: { coderIds: [me, lee] } } });
    expect(both.codingsInScope).toBe(7);
  });

  it('breaks down by NPS group and area with column percentages and small n flagged', async () => {
    const r = await f.call('reports:run', { definition: {} });
    const col = (label: string) => r.breakdown.columns.findIndex((c) => c.label === label);
    expect(r.breakdown.columns.map((c) => [c.label, c.n, c.smallN])).toEqual([
      ['Promoter', 1, true],
      ['Passive', 1, true],
      ['Detractor', 2, true],
      ['Urban', 3, true],
      ['Rural', 1, true],
    ]);
    const price = r.breakdown.rows.find((x) => x.code === 'Price')!;
    expect(price.cells[col('Detractor')]).toEqual({ count: 1, n: 2, share: 0.5 });
    expect(price.cells[col('Urban')]).toEqual({ count: 1, n: 3, share: 1 / 3 });
  });

  it('compares detractors with promoters, and computes NPS with n overall and per segment', async () => {
    const r = await f.call('reports:run', { definition: {} });
    const nps = r.drivers.find((d) => d.scale === 'nps')!;
    expect(nps.rows[0]).toMatchObject({
      code: 'Delivery',
      low: { count: 1, n: 2 },
      high: { count: 0, n: 1 },
      differencePts: 50,
      lift: null,
    });
    expect(nps.rows[0]!.sentence).toBe(
      '1 of 2 detractors (50%) raised “Delivery”, against 0 of 1 promoters (0%). Small groups: read as a hint, not a pattern.',
    );
    const score = r.scores.find((s) => s.kind === 'nps')!;
    expect(score.overall).toMatchObject({ n: 4, value: -25 }); // 1 promoter, 2 detractors of 4
    expect(score.bySegment.find((g) => g.group === 'Urban')).toMatchObject({ n: 3, value: 0 }); // Ana 10, Cai 8, Dee 2
  });

  it('counts co-occurrence by overlap and by turn, with Jaccard', async () => {
    const { cooccurrence: co } = await f.call('reports:run', { definition: {} });
    const i = (code: string) => co.codes.findIndex((c) => c.code === code);
    expect(co.cells[i('Price')]![i('Price/Too expensive')]).toEqual({ overlaps: 1, sameTurn: 1, jaccard: 0.333 });
    expect(co.cells[i('Price/Too expensive')]![i('Delivery')]).toEqual({ overlaps: 0, sameTurn: 1, jaccard: 0.25 });
  });

  it('filters: a session kind that matches nothing gives zero everywhere; a participant filter narrows both sides', async () => {
    const none = await f.call('reports:run', { definition: { filters: { sessionKinds: ['intercept'] } } });
    expect(none.codingsInScope).toBe(0);
    expect(none.participantsInScope).toBe(0);
    expect([...byCode(none).values()].map((t) => [t.codings, t.participants, t.share.share])).toEqual([
      [0, 0, null],
      [0, 0, null],
      [0, 0, null],
      [0, 0, null],
    ]);
    const det = await f.call('reports:run', {
      definition: { filters: { participants: [{ attributeId: f.attrs.nps.id, values: ['detractor'] }] } },
    });
    expect(det.participantsInScope).toBe(2); // Ben and Dee
    expect(counts(byCode(det).get('Price'))).toEqual({ codings: 1, documents: 1, sessions: 1, participants: 1, n: 2 });
    const branch = await f.call('reports:run', { definition: { branchId: f.codes.price.id, filters: { documentKinds: ['notes'] } } });
    expect(branch.themes.map((x) => x.code)).toEqual(['Price']);
    expect(branch.codingsInScope).toBe(0);
  });

  it('saves definitions, freezes snapshots, compares them and exports a snapshot again', async () => {
    const saved = await f.call('reports:save', { definition: { title: 'Pricing' } });
    expect(await f.call('reports:list', {})).toMatchObject([{ id: saved.id, title: 'Pricing' }]);
    const first = await f.call('reports:generate', { reportId: saved.id, definition: saved.definition });
    await f.call('codings:delete', { id: f.c1.id });
    const second = await f.call('reports:generate', { reportId: saved.id, definition: saved.definition });
    expect(byCode((await f.call('reports:snapshot', { id: first.id })).result).get('Price')!.codings).toBe(5);
    const diff = await f.call('reports:compare', { beforeId: first.id, afterId: second.id });
    expect(diff.themes.find((d) => d.code === 'Price/Too expensive')).toMatchObject({ codingsDelta: -1, participantsDelta: 0 });
    expect(() => f.study.db.prepare("UPDATE report_snapshots SET title = 'x'").run()).toThrow(/immutable/);
    const { files } = await f.call('reports:export', { snapshotId: first.id, format: 'csv' });
    expect(files.map((x) => x.name)).toEqual(['Pricing-themes.csv', 'Pricing-breakdown.csv', 'Pricing-quotes.csv']);
    expect((await f.call('reports:snapshots', {})).map((s) => s.id).sort()).toEqual([first.id, second.id].sort());
    const pdf = (await f.call('reports:export', { snapshotId: first.id, format: 'pdf' })).files;
    expect(pdf.map((x) => [x.name, x.mimeType])).toEqual([['Pricing.pdf', 'application/pdf']]);
    expect(Buffer.from(pdf[0]!.dataBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
