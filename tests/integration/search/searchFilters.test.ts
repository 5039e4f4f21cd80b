import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingWorkspace } from '../codingFixtures';

let ws: Awaited<ReturnType<typeof codingWorkspace>>;
beforeEach(async () => {
  ws = await codingWorkspace();
});
afterEach(() => ws.close());

/** A focus group: Mia moderates; Ana is a detractor in segment Busy, Bo a promoter in segment Family. */
async function focusGroup() {
  const doc = ws.transcript([
    ['Mia', 'Tell me about the price of delivery.'],
    ['Ana', 'The price was too high, and the delivery late.'],
    ['Bo', 'The price was fine for me.'],
  ]);
  const people = await ws.call('participants:list', {});
  const id = (name: string) => people.find((p) => p.displayName === name)!.id;
  for (const name of ['Mia', 'Ana', 'Bo'])
    await ws.call('participants:setSessionRole', {
      participantId: id(name),
      sessionId: ws.session.id,
      role: name === 'Mia' ? 'moderator' : 'participant',
    });
  const nps = await ws.call('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps', scaleMin: 0, scaleMax: 10 });
  const segment = await ws.call('attributes:create', { name: 'Segment', type: 'category', options: ['Busy', 'Family'] });
  await ws.call('participants:setValue', { participantId: id('Ana'), attributeId: nps.id, value: 3 });
  await ws.call('participants:setValue', { participantId: id('Bo'), attributeId: nps.id, value: 10 });
  await ws.call('participants:setValue', { participantId: id('Ana'), attributeId: segment.id, value: 'Busy' });
  await ws.call('participants:setValue', { participantId: id('Bo'), attributeId: segment.id, value: 'Family' });
  return { doc, id, nps, segment };
}

const speakers = (r: { hits: { speaker: { name: string } | null }[] }) => r.hits.map((h) => h.speaker?.name);

describe('search:run filters and results', () => {
  it('leaves the moderator out by default, and in when asked', async () => {
    await focusGroup();
    expect(speakers(await ws.call('search:run', { query: 'price' }))).toEqual(['Ana', 'Bo']);
    expect(speakers(await ws.call('search:run', { query: 'price', filter: { includeModerator: true } }))).toEqual(['Mia', 'Ana', 'Bo']);
  });

  it('filters by speaker, attribute group, session and kind, and says who said it', async () => {
    const { id, nps, segment } = await focusGroup();
    expect(speakers(await ws.call('search:run', { query: 'price', filter: { speakers: [`p:${id('Bo')}`] } }))).toEqual(['Bo']);
    const detractors = await ws.call('search:run', {
      query: 'price',
      filter: { attributes: [{ attributeId: nps.id, values: ['detractor'] }] },
    });
    expect(speakers(detractors)).toEqual(['Ana']);
    expect(detractors.hits[0]!.attributes).toEqual([
      { name: 'NPS', value: '3' },
      { name: 'Segment', value: 'Busy' },
    ]);
    expect(detractors.hits[0]!.speaker).toMatchObject({ name: 'Ana', role: 'participant', key: `p:${id('Ana')}` });
    expect(detractors.hits[0]).toMatchObject({
      sessionTitle: 'FG 1',
      before: 'The ',
      match: 'price',
      after: ' was too high, and the delivery late.',
    });
    const family = await ws.call('search:run', {
      query: 'price',
      filter: { attributes: [{ attributeId: segment.id, values: ['Family'] }] },
    });
    expect(speakers(family)).toEqual(['Bo']);
    expect((await ws.call('search:run', { query: 'price', filter: { sessionIds: [crypto.randomUUID()] } })).total).toBe(0);
    expect((await ws.call('search:run', { query: 'price', filter: { kinds: ['memo'] } })).total).toBe(0);
  });

  it('decides NOT per turn, counts units and cuts to the limit', async () => {
    await focusGroup();
    const r = await ws.call('search:run', { query: 'price NOT delivery' });
    expect(speakers(r)).toEqual(['Bo']);
    const all = await ws.call('search:run', { query: 'price OR delivery', limit: 1 });
    expect(all).toMatchObject({ total: 3, units: 2, truncated: true });
    expect(all.hits).toHaveLength(1);
  });

  it('finds words a typo away with fuzzy, and says what it expanded them to', async () => {
    await focusGroup();
    expect((await ws.call('search:run', { query: 'delivary' })).total).toBe(0);
    const fuzzy = await ws.call('search:run', { query: 'delivary', fuzzy: true });
    expect(fuzzy.hits.map((h) => h.match)).toEqual(['delivery']);
    expect(fuzzy.terms).toEqual(['delivery']);
  });

  it('refuses a malformed query in plain words', async () => {
    const r = await ws.attempt('search:run', { query: 'price AND' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'INVALID_INPUT', messageId: 'search.missingOperand' });
  });
});
