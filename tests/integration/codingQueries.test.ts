import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_RESTRICTIONS } from '../../shared/domain/codingQuery';
import { codingWorkspace, inEnglish, type Workspace } from './codingFixtures';

let ws: Workspace;
let doc: string;
let codes: Record<string, string> = {};

/** Codes the first occurrence of `words` with a code (made on first use). */
async function code(path: string, words: string, documentId = doc) {
  codes[path] ??= (await ws.call('codes:create', { name: path, parentId: null })).id;
  await ws.call('codings:create', { ...(await ws.rangeOf(documentId, words)), codeId: codes[path] });
}

const run = async (expression: string, restrictions = NO_RESTRICTIONS) =>
  (await ws.call('queries:run', { expression, restrictions })).passages.map((p) => p.text);

beforeEach(async () => {
  ws = await codingWorkspace();
  codes = {};
  doc = ws.transcript([
    ['Mod', 'What do you think of the price?'],
    ['Ana', 'The price is too high and delivery was late.'],
    ['Ben', 'Delivery was fine but the price hurts.'],
    ['Mod', 'Anything else?'],
    ['Ana', 'Support was kind to me.'],
  ]);
  await code('Price', 'The price is too high');
  await code('Price', 'the price hurts');
  await code('Delivery', 'too high and delivery was late');
  await code('Delivery', 'Delivery was fine');
  await code('Support', 'Support was kind');
});
afterEach(() => ws.close());

describe('queries:run', () => {
  it('intersects, unites and subtracts the codes’ coverage per character, as maximal passages in order', async () => {
    expect(await run('"Price" AND "Delivery"')).toEqual(['too high']);
    expect(await run('"Price" NOT "Delivery"')).toEqual(['The price is ', 'the price hurts']);
    expect(await run('"Price" AND NOT "Delivery"')).toEqual(['The price is ', 'the price hurts']);
    expect(await run('"Price" OR "Delivery"')).toEqual([
      'The price is too high and delivery was late',
      'Delivery was fine',
      'the price hurts',
    ]);
    expect(await run('("Price" OR "Delivery") NOT "Price"')).toEqual([' and delivery was late', 'Delivery was fine']);
  });

  it('NEAR/n keeps the left side’s passages within n turns of the right side', async () => {
    // Support is in turn 4; Ana's price is in turn 1 (3 apart), Ben's in turn 2 (2 apart).
    expect(await run('"Price" NEAR/2 "Support"')).toEqual(['the price hurts']);
    expect(await run('"Price" NEAR/3 "Support"')).toEqual(['The price is too high', 'the price hurts']);
  });

  it('gives each passage its context, speaker and session, and counts passages per participant', async () => {
    const r = await ws.call('queries:run', { expression: '"Price" OR "Support"', restrictions: NO_RESTRICTIONS });
    expect(r.documents).toBe(1);
    const first = r.passages[0]!;
    expect(first).toMatchObject({ documentId: doc, sessionId: ws.session.id, sessionTitle: 'FG 1', text: 'The price is too high' });
    expect(first.people.map((p) => p.name)).toEqual(['Ana']);
    expect(first.context.after).toBe(' and delivery was late.');
    expect(r.participants.map((p) => [p.name, p.passages])).toEqual([
      ['Ana', 2],
      ['Ben', 1],
    ]);
  });

  it('limits to speakers whose attributes match, to sessions and to coders', async () => {
    const nps = await ws.call('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
    const people = await ws.call('participants:list', {});
    const id = (name: string) => people.find((p) => p.displayName === name)!.id;
    await ws.call('participants:setValue', { participantId: id('Ana'), attributeId: nps.id, value: 3 });
    await ws.call('participants:setValue', { participantId: id('Ben'), attributeId: nps.id, value: 9 });
    const detractors = { ...NO_RESTRICTIONS, attributes: [{ attributeId: nps.id, values: ['detractor'] }] };
    expect(await run('"Price" OR "Delivery"', detractors)).toEqual(['The price is too high and delivery was late']);
    const promoters = { ...NO_RESTRICTIONS, attributes: [{ attributeId: nps.id, values: ['promoter'] }] };
    expect(await run('"Price" OR "Delivery"', promoters)).toEqual(['Delivery was fine', 'the price hurts']);
    expect(await run('"Price"', { ...NO_RESTRICTIONS, speakers: [`p:${id('Ben')}`] })).toEqual(['the price hurts']);

    const other = await ws.call('sessions:create', { kind: 'interview', title: 'IDI 2' });
    expect(await run('"Price"', { ...NO_RESTRICTIONS, sessionIds: [other.id] })).toEqual([]);
    expect(await run('"Price"', { ...NO_RESTRICTIONS, sessionIds: [ws.session.id] })).toHaveLength(2);

    // A second coder's coding of Support on Ben's words enters only when that coder is chosen (or no coder is).
    const at = new Date().toISOString();
    const second = ws.study.write('test:user', () => ws.study.repos.study.ensureUser('Second coder', at), null);
    const range = await ws.rangeOf(doc, 'Delivery was fine');
    ws.study.write(
      'test:coding',
      () =>
        ws.study.repos.codings.insert({
          id: crypto.randomUUID(),
          document_id: doc,
          code_id: codes.Support!,
          start_offset: range.start,
          end_offset: range.end,
          quote: 'Delivery was fine',
          status: 'anchored',
          memo: null,
          coder_id: second,
          created_at: at,
        }),
      null,
    );
    expect(await run('"Support"')).toEqual(['Delivery was fine', 'Support was kind']);
    expect(await run('"Support"', { ...NO_RESTRICTIONS, coderIds: [second] })).toEqual(['Delivery was fine']);
    expect(await run('"Support"', { ...NO_RESTRICTIONS, coderIds: [ws.study.userId] })).toEqual(['Support was kind']);
  });

  it('refuses an unknown code with a suggestion, and a bad expression, in plain words', async () => {
    const r = await ws.attempt('queries:run', { expression: '"Prise" AND "Delivery"', restrictions: NO_RESTRICTIONS });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('The codebook has no code “Prise”. Did you mean “Price”?');
    const bad = await ws.attempt('queries:run', { expression: '("Price" AND', restrictions: NO_RESTRICTIONS });
    expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT');
  });
});

describe('saved queries', () => {
  it('saves, renames and deletes a query, each an undo step, and refuses a name in use', async () => {
    const saved = await ws.call('queries:save', {
      name: 'Price pain',
      expression: '"Price" NOT "Delivery"',
      restrictions: NO_RESTRICTIONS,
    });
    expect(saved).toMatchObject({ name: 'Price pain', expression: '"Price" NOT "Delivery"', coder: expect.any(String) });
    expect(inEnglish((await ws.call('history:state', {})).undo)).toBe('Save query “Price pain”');
    const dup = await ws.attempt('queries:save', { name: 'price PAIN', expression: '"Price"', restrictions: NO_RESTRICTIONS });
    expect(!dup.ok && dup.error.message).toBe('A saved query is already called “price PAIN”.');

    await ws.call('queries:update', { id: saved.id, name: 'Price only' });
    expect((await ws.call('queries:list', {})).map((q) => q.name)).toEqual(['Price only']);
    await ws.call('history:undo', {});
    expect((await ws.call('queries:list', {})).map((q) => q.name)).toEqual(['Price pain']);

    await ws.call('queries:delete', { id: saved.id });
    expect(await ws.call('queries:list', {})).toEqual([]);
    const undone = await ws.call('history:undo', {});
    expect(inEnglish(undone.undone)).toBe('Delete query “Price pain”');
    const [back] = await ws.call('queries:list', {});
    expect(back).toEqual({ ...saved, name: 'Price pain' });
    // Re-run: what it finds follows the codings as they are now.
    expect(await run(back!.expression)).toEqual(['The price is ', 'the price hurts']);
  });

  it('codes the results as a new code in one undo step, by the current coder', async () => {
    const before = (await ws.call('documents:get', { id: doc })).codingList.length;
    const made = await ws.call('queries:codeResults', {
      expression: '"Price" NOT "Delivery"',
      restrictions: NO_RESTRICTIONS,
      code: { name: 'Price without delivery', parentId: null },
    });
    expect(made.codings).toBe(2);
    const after = (await ws.call('documents:get', { id: doc })).codingList.filter((c) => c.codeId === made.codeId);
    // Blank edges are left out, as a dragged selection's are.
    expect(after.map((c) => c.quote)).toEqual(['The price is', 'the price hurts']);
    expect(new Set(after.map((c) => c.coder))).toEqual(new Set([ws.study.repos.codings.coderNames().get(ws.study.userId)]));
    expect(await run('"Price without delivery"')).toEqual(['The price is', 'the price hurts']);

    await ws.call('history:undo', {});
    expect((await ws.call('documents:get', { id: doc })).codingList).toHaveLength(before);
    expect((await ws.call('codes:list', {})).some((c) => c.id === made.codeId)).toBe(false);
  });

  it('changes nothing when there is nothing to code or the code name is taken', async () => {
    const codesBefore = await ws.call('codes:list', {});
    const none = await ws.attempt('queries:codeResults', {
      expression: '"Price" AND "Support"',
      restrictions: NO_RESTRICTIONS,
      code: { name: 'Empty', parentId: null },
    });
    expect(!none.ok && none.error.message).toBe('The query finds no passage, so there is nothing to code.');
    const taken = await ws.attempt('queries:codeResults', {
      expression: '"Price"',
      restrictions: NO_RESTRICTIONS,
      code: { name: 'Support', parentId: null },
    });
    expect(taken.ok).toBe(false);
    expect(await ws.call('codes:list', {})).toEqual(codesBefore);
  });
});
