import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetrieveFilter } from '../../shared/domain/retrieve';
import { codingWorkspace, type Workspace } from './codingFixtures';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

/**
 * A real study: FG 1 (undated, Dana moderates Priya and Gareth) and a dated interview with Ana;
 * NPS on the respondents; Delivery with a sub-code; codings by two coders at known times; and a
 * live note of the interview coded with Delivery.
 */
async function study() {
  const fg = w.transcript(
    [
      ['Dana', 'What gets in the way when you order?'],
      ['Priya', 'Slots vanish by Tuesday, every single week, it drives me mad.'],
      ['Gareth', 'And drivers are rushed.'],
    ],
    'FG 1 transcript',
  );
  const interview = await w.call('sessions:create', { kind: 'interview', title: 'Interview Ana', date: '2024-03-02' });
  const ana = await w.call('participants:create', { displayName: 'Ana' });
  await w.call('participants:setSessionRole', { participantId: ana.id, sessionId: interview.id, role: 'participant' });
  const people = await w.call('participants:list', {});
  const id = (name: string) => people.find((p) => p.displayName === name)!.id;
  await w.call('participants:setSessionRole', { participantId: id('Dana'), sessionId: w.session.id, role: 'moderator' });
  const nps = await w.call('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  for (const [name, score] of [
    ['Priya', 9],
    ['Gareth', 3],
    ['Ana', 2],
  ] as const)
    await w.call('participants:setValue', { participantId: id(name), attributeId: nps.id, value: score });

  const delivery = await w.call('codes:create', { name: 'Delivery' });
  const drivers = await w.call('codes:create', { name: 'Drivers', parentId: delivery.id });
  const code = async (doc: string, words: string, codeId: string) =>
    (await w.call('codings:create', { ...(await w.rangeOf(doc, words)), codeId })).id;
  const slots = await code(fg, 'Slots vanish by Tuesday', delivery.id);
  const question = await code(fg, 'in the way when you order?\n\nSlots vanish', delivery.id);
  const rushed = await code(fg, 'drivers are rushed', drivers.id);
  const note = await w.call('notes:add', {
    sessionId: interview.id,
    timeMs: 125_000,
    speaker: { kind: 'participant', participantId: ana.id },
    text: 'Ana shops elsewhere when slots are gone',
  });
  const coded = await w.call('notes:code', { id: note.id, codeId: delivery.id });

  // A second coder, and coding times a minute apart (slots first, the note last).
  const bea = w.study.write('test:user', () => w.study.repos.study.ensureUser('Bea', new Date().toISOString()), null, false);
  const set = w.study.db.prepare('UPDATE codings SET coder_id = coalesce(?, coder_id), created_at = ? WHERE id = ?');
  set.run(null, '2024-04-01T10:00:00.000Z', slots);
  set.run(bea, '2024-04-01T10:01:00.000Z', question);
  set.run(bea, '2024-04-01T10:02:00.000Z', rushed);
  set.run(null, '2024-04-01T10:03:00.000Z', coded.codings[0]!.id);
  return { delivery, drivers, interview, nps, bea, id };
}

const quotes = (r: { passages: { quote: string }[] }) => r.passages.map((p) => p.quote);

describe('retrieve', () => {
  it('lists a code branch in session order: dated sessions first, each document from its start', async () => {
    const s = await study();
    const r = await w.call('retrieve:passages', { codeId: s.delivery.id });
    expect(quotes(r)).toEqual([
      'Ana shops elsewhere when slots are gone',
      'in the way when you order?\n\nSlots vanish',
      'Slots vanish by Tuesday',
      'drivers are rushed',
    ]);
    expect(r.total).toBe(4);
    expect(quotes(await w.call('retrieve:passages', { codeId: s.delivery.id, includeChildren: false }))).not.toContain(
      'drivers are rushed',
    );
  });

  it('a live note is a note, about its person; a passage over a question names the moderator as moderator', async () => {
    const s = await study();
    const [note, question] = (await w.call('retrieve:passages', { codeId: s.delivery.id })).passages;
    expect(note).toMatchObject({ kind: 'note', startMs: 125_000, sessionTitle: 'Interview Ana', sessionDate: '2024-03-02' });
    expect(note!.people).toEqual([{ key: `p:${s.id('Ana')}`, name: 'Ana', participantId: s.id('Ana'), role: 'participant' }]);
    expect(question!.kind).toBe('transcript');
    expect(question!.people.map((p) => [p.name, p.role])).toEqual([
      ['Dana', 'moderator'],
      ['Priya', null],
    ]);
  });

  it('shows each passage with the rest of its turns around it', async () => {
    const s = await study();
    const slots = (await w.call('retrieve:passages', { codeId: s.delivery.id })).passages.find(
      (p) => p.quote === 'Slots vanish by Tuesday',
    )!;
    expect(slots.context).toEqual({ before: '', after: ', every single week, it drives me mad.' });
    const rushed = (await w.call('retrieve:passages', { codeId: s.drivers.id })).passages[0]!;
    expect(rushed.context).toEqual({ before: 'And ', after: '.' });
  });

  it('filters by session, speaker, coder and attribute group, each list any-of and all lists together', async () => {
    const s = await study();
    const run = async (filter: Partial<RetrieveFilter>) => quotes(await w.call('retrieve:passages', { codeId: s.delivery.id, filter }));
    expect(await run({ sessionIds: [s.interview.id] })).toEqual(['Ana shops elsewhere when slots are gone']);
    expect(await run({ speakers: [`p:${s.id('Dana')}`] })).toEqual(['in the way when you order?\n\nSlots vanish']);
    expect(await run({ speakers: [`p:${s.id('Gareth')}`, `p:${s.id('Ana')}`] })).toEqual([
      'Ana shops elsewhere when slots are gone',
      'drivers are rushed',
    ]);
    expect(await run({ coderIds: [s.bea] })).toEqual(['in the way when you order?\n\nSlots vanish', 'drivers are rushed']);
    expect(await run({ attributes: [{ attributeId: s.nps.id, values: ['detractor'] }] })).toEqual([
      'Ana shops elsewhere when slots are gone',
      'drivers are rushed',
    ]);
    expect(await run({ coderIds: [s.bea], attributes: [{ attributeId: s.nps.id, values: ['promoter'] }] })).toEqual([
      'in the way when you order?\n\nSlots vanish',
    ]);
    expect(await run({ sessionIds: [s.interview.id], coderIds: [s.bea] })).toEqual([]);
  });

  it('offers each filter choice with its count over every passage of the code', async () => {
    const s = await study();
    const r = await w.call('retrieve:passages', { codeId: s.delivery.id, filter: { sessionIds: [s.interview.id] } });
    expect(r.total).toBe(4);
    expect(r.options.sessions.map((o) => [o.title, o.count])).toEqual([
      ['Interview Ana', 1],
      ['FG 1', 3],
    ]);
    expect(r.options.speakers.map((o) => [o.name, o.role, o.count])).toEqual([
      ['Ana', 'participant', 1],
      ['Dana', 'moderator', 1],
      ['Gareth', null, 1],
      ['Priya', null, 2],
    ]);
    const me = w.study.repos.codings.coderNames().get(w.study.userId)!;
    expect(r.options.coders.map((o) => [o.name, o.count]).sort()).toEqual(
      [
        ['Bea', 2],
        [me, 2],
      ].sort(),
    );
    expect(r.options.attributes).toEqual([
      {
        id: s.nps.id,
        name: 'NPS',
        values: [
          { key: 'promoter', label: 'Promoter', count: 2 },
          { key: 'detractor', label: 'Detractor', count: 2 },
        ],
      },
    ]);
  });

  it('sorts by speaker, by length and by when it was coded', async () => {
    const s = await study();
    const sorted = async (sort: 'speaker' | 'length' | 'coded') =>
      quotes(await w.call('retrieve:passages', { codeId: s.delivery.id, sort }));
    expect(await sorted('speaker')).toEqual([
      'Ana shops elsewhere when slots are gone',
      'in the way when you order?\n\nSlots vanish',
      'drivers are rushed',
      'Slots vanish by Tuesday',
    ]);
    expect(await sorted('length')).toEqual([
      'in the way when you order?\n\nSlots vanish',
      'Ana shops elsewhere when slots are gone',
      'Slots vanish by Tuesday',
      'drivers are rushed',
    ]);
    expect(await sorted('coded')).toEqual([
      'Ana shops elsewhere when slots are gone',
      'drivers are rushed',
      'in the way when you order?\n\nSlots vanish',
      'Slots vanish by Tuesday',
    ]);
  });

  it('refuses a filter on an attribute that is gone, in plain words', async () => {
    const s = await study();
    await w.call('attributes:delete', { id: s.nps.id });
    const r = await w.attempt('retrieve:passages', {
      codeId: s.delivery.id,
      filter: { attributes: [{ attributeId: s.nps.id, values: ['promoter'] }] },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/attribute .* no longer exists/) } });
  });
});
