import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportResult, ThemeSummary } from '../../../shared/reports/result';
import { respondentsFixture, type RespondentsFixture } from './respondentsFixture';

let f: RespondentsFixture;
beforeEach(async () => {
  f = await respondentsFixture();
});
afterEach(() => f.close());

const theme = (r: ReportResult, code: string): ThemeSummary => r.themes.find((t) => t.code === code)!;
const shares = (r: ReportResult) => r.themes.map((t) => [t.code, t.share.count, t.share.n]);
const quotes = (r: ReportResult, code: string) =>
  theme(r, code).quotes.map((q) => ({ kind: q.kind, speaker: q.speaker, question: q.question, text: q.text }));
const run = (definition: object = {}) =>
  f.call('reports:run', { definition: { quotes: { perTheme: 10, onePerParticipant: false }, ...definition } });

describe('reports count and quote respondents', () => {
  it('leaves the moderator and the observer out of counts, shares, breakdown, drivers and scores by default', async () => {
    const r = await run();
    expect(r.respondentsOnly).toBe(true);
    expect(r.participantsInScope).toBe(3); // Ana, Ben, Dee
    // Mo's "And the drivers?", Obi's question and the note about Mo are their words alone.
    expect(r.codingsInScope).toBe(5);
    expect(r.scopeNote).toBe('Respondents only: 3 codings of words only moderators, observers or note-takers said are left out.');
    expect(shares(r)).toEqual([
      ['Fees', 2, 3],
      ['Drivers', 1, 3],
      ['App', 1, 3],
    ]);
    const columns = r.breakdown.columns.map((c) => [c.label, c.n]);
    expect(columns).toEqual([
      ['Promoter', 2],
      ['Passive', 0],
      ['Detractor', 1],
    ]); // Ben 9 and Dee 10; Ana 2
    const drivers = r.drivers.find((d) => d.scale === 'nps')!;
    expect([drivers.lowN, drivers.highN]).toEqual([1, 2]);
    expect(r.scores.find((s) => s.kind === 'nps')!.overall).toMatchObject({ n: 3, value: 33 });
    for (const t of r.themes) for (const q of t.quotes) expect(['Mo', 'Obi']).not.toContain(q.speaker);
  });

  it('quotes a question and its answer as the respondent’s words, with the question apart', async () => {
    const r = await run();
    expect(quotes(r, 'Fees')).toContainEqual({
      kind: 'transcript',
      speaker: 'Ana',
      question: 'What do you think of the delivery fees?',
      text: 'The fees are far too high for me.',
    });
  });

  it('marks live notes as notes, keeps an observation unattributed, and leaves notes out on request', async () => {
    const fees = quotes(await run(), 'Fees');
    expect(fees).toContainEqual({
      kind: 'note',
      speaker: 'Ben',
      question: null,
      text: 'Ben finds the fees fair when he orders a big shop',
    });
    expect(fees).toContainEqual({ kind: 'note', speaker: null, question: null, text: 'The room went quiet at the fee question' });
    expect(fees).toHaveLength(3);
    const withoutNotes = await run({ quotes: { perTheme: 10, onePerParticipant: false, includeNotes: false } });
    expect(quotes(withoutNotes, 'Fees').map((q) => q.kind)).toEqual(['transcript']);
    // Leaving notes out of the quotes does not change what is counted.
    expect(shares(withoutNotes)).toEqual(shares(await run()));
  });

  it('counts and quotes moderators and observers when the switch says so', async () => {
    const r = await run({ filters: { includeNonRespondents: true } });
    expect(r.respondentsOnly).toBe(false);
    expect(r.participantsInScope).toBe(5);
    expect(r.codingsInScope).toBe(8);
    expect(r.scopeNote).toBe('All codings of the study. Moderators, observers and note-takers are counted and quoted as participants.');
    expect(shares(r)).toEqual([
      ['Fees', 3, 5],
      ['Drivers', 2, 5],
      ['App', 2, 5],
    ]);
    expect(quotes(r, 'Drivers')).toContainEqual({ kind: 'transcript', speaker: 'Mo', question: null, text: 'And the drivers?' });
    // The answer is still Ana's, however the people are counted.
    expect(quotes(r, 'Fees')).toContainEqual({
      kind: 'transcript',
      speaker: 'Ana',
      question: 'What do you think of the delivery fees?',
      text: 'The fees are far too high for me.',
    });
  });

  it('takes a speaker with no role in the session for the moderator they are everywhere else', async () => {
    const other = await f.call('sessions:create', { kind: 'interview', title: 'Interview' });
    await f.call('participants:setSessionRole', { participantId: f.people.get('Mo')!, sessionId: f.session.id, role: null });
    await f.call('participants:setSessionRole', { participantId: f.people.get('Mo')!, sessionId: other.id, role: 'moderator' });
    const r = await run();
    expect(r.participantsInScope).toBe(3);
    expect(shares(r)).toEqual([
      ['Fees', 2, 3],
      ['Drivers', 1, 3],
      ['App', 1, 3],
    ]);
  });
});
