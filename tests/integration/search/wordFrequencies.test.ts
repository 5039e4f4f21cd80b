import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WordsInput, WordsResult } from '../../../shared/domain/words';
import { codingWorkspace, type Workspace } from '../codingFixtures';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

/**
 * A real study file: FG 1, where Dana moderates Priya (NPS 9, promoter) and Gareth (NPS 3,
 * detractor); an interview with Ana (NPS 2, detractor) with one live note about her; a memo on FG 1.
 */
async function study() {
  w.transcript([
    ['Dana', 'What about delivery and the delivery slots?'],
    ['Priya', 'Delivery is quick and friendly, really friendly drivers.'],
    ['Gareth', 'Delivery is late, always late, and expensive.'],
  ]);
  const interview = await w.call('sessions:create', { kind: 'interview', title: 'Interview Ana' });
  const ana = await w.call('participants:create', { displayName: 'Ana' });
  await w.call('participants:setSessionRole', { participantId: ana.id, sessionId: interview.id, role: 'participant' });
  const people = await w.call('participants:list', {});
  const id = (name: string) => people.find((p) => p.displayName === name)!.id;
  await w.call('participants:setSessionRole', { participantId: id('Dana'), sessionId: w.session.id, role: 'moderator' });
  for (const name of ['Priya', 'Gareth'])
    await w.call('participants:setSessionRole', { participantId: id(name), sessionId: w.session.id, role: 'participant' });
  const nps = await w.call('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  for (const [name, score] of [
    ['Priya', 9],
    ['Gareth', 3],
    ['Ana', 2],
  ] as const)
    await w.call('participants:setValue', { participantId: id(name), attributeId: nps.id, value: score });
  await w.call('notes:add', {
    sessionId: interview.id,
    timeMs: 1000,
    speaker: { kind: 'participant', participantId: ana.id },
    text: 'Ana says the app is expensive',
  });
  await w.call('memos:save', { target: { kind: 'session', id: w.session.id }, title: 'Theme', body: 'Slots and slots again' });
  return { interview, nps, id };
}

const counts = (r: WordsResult) => Object.fromEntries(r.words.map((x) => [x.word, x.count]));
const run = (input: WordsInput) => w.call('search:words', input);

describe('search:words', () => {
  it('counts the respondents’ turns, live notes and memos, leaving the moderator out by default', async () => {
    await study();
    const r = await run({});
    expect(counts(r)).toMatchObject({ delivery: 2, late: 2, friendly: 2, expensive: 2, slots: 2 });
    expect(r.units).toBe(4);
    expect(r.words[0]).toEqual({ word: 'delivery', count: 2, share: 2 / r.totalWords });
    const withModerator = await run({ filter: { includeModerator: true } });
    expect(counts(withModerator)).toMatchObject({ delivery: 4, slots: 3 });
  });

  it('filters by session, kind, speaker and attribute like text search', async () => {
    const s = await study();
    expect(counts(await run({ filter: { sessionIds: [s.interview.id] } }))).toEqual({ ana: 1, app: 1, expensive: 1 });
    expect(counts(await run({ filter: { kinds: ['memo'] } }))).toEqual({ slots: 2 });
    expect(Object.keys(counts(await run({ filter: { speakers: [`p:${s.id('Priya')}`] } })))).toEqual([
      'friendly',
      'delivery',
      'drivers',
      'quick',
    ]);
    const detractors = await run({ filter: { attributes: [{ attributeId: s.nps.id, values: ['detractor'] }] } });
    expect(counts(detractors)).toEqual({ expensive: 2, late: 2, ana: 1, app: 1, delivery: 1 });
  });

  it('offers the filter’s choices with how many units each holds', async () => {
    const s = await study();
    const { options } = await run({});
    expect(options.sessions.map((o) => [o.title, o.count])).toEqual([
      ['FG 1', 3],
      ['Interview Ana', 1],
    ]);
    expect(options.speakers.map((o) => o.name)).toEqual(['Ana', 'Gareth', 'Priya']);
    expect(options.attributes).toEqual([
      {
        id: s.nps.id,
        name: 'NPS',
        values: [
          { key: 'promoter', label: 'Promoter', count: 1 },
          { key: 'detractor', label: 'Detractor', count: 2 },
        ],
      },
    ]);
  });

  it('compares detractors with promoters word by word', async () => {
    const s = await study();
    const r = await run({ compare: { attributeId: s.nps.id, a: ['detractor'], b: ['promoter'] } });
    // Detractors: Gareth's turn (delivery late late expensive) and Ana's note (ana app expensive): 7 words
    // ("always" and "says" are stop words).
    // Promoters: Priya's turn (delivery quick friendly friendly drivers): 5 words. The memo has no speaker.
    expect(r.groups).toEqual({ a: { words: 7, units: 2 }, b: { words: 5, units: 1 } });
    const friendly = r.words.find((x) => x.word === 'friendly')!;
    expect(friendly).toMatchObject({ count: 2, a: { count: 0, share: 0 }, b: { count: 2, share: 0.4 } });
    // Expected 7·2/12 in A and 5·2/12 in B: G² = 2·2·ln(2/(10/12)) = 4 ln 2.4 = 3.50187.
    expect(friendly.logLikelihood).toBeCloseTo(3.50187, 4);
    expect(friendly.logRatio).toBeCloseTo(Math.log2(0.5 / 7 / (2 / 5)), 10);
    expect(r.words[0]!.word).toBe('friendly');
    expect(r.words.map((x) => x.word)).not.toContain('slots');
  });

  it('counts again what changed since the last count: a transcript edited, a memo rewritten', async () => {
    await study();
    expect(counts(await run({}))).toMatchObject({ late: 2, slots: 2 });
    // Same length, so the turns' offsets still hold: "late" becomes "slow" in Gareth's turn.
    const doc = w.study.db.prepare("SELECT id, plain_text FROM documents WHERE kind = 'transcript'").get() as {
      id: string;
      plain_text: string;
    };
    w.study.db.prepare('UPDATE documents SET plain_text = ? WHERE id = ?').run(doc.plain_text.replaceAll('late', 'slow'), doc.id);
    const memo = (await w.call('memos:list', {}))[0]!;
    await w.call('memos:save', { id: memo.id, target: memo.target, title: memo.title, body: 'Prices and prices' });
    const after = counts(await run({}));
    expect(after).toMatchObject({ slow: 2, prices: 2 });
    expect(after.late).toBeUndefined();
    expect(after.slots).toBeUndefined();
  });

  it('an empty study counts nothing', async () => {
    const r = await run({});
    expect(r).toMatchObject({ words: [], phrases: [], totalWords: 0, units: 0 });
  });

  it('refuses bad input with a clear error and an attribute that is gone', async () => {
    await study();
    for (const input of [{ limit: 0 }, { minLength: 100 }, { compare: { attributeId: 'x', a: [], b: ['y'] } }, { other: 1 }]) {
      const r = await w.attempt('search:words', input as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
    }
    const gone = await w.attempt('search:words', { compare: { attributeId: crypto.randomUUID(), a: ['x'], b: ['y'] } });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
  });
});
