import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingWorkspace, inEnglish, type Workspace } from './codingFixtures';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

const snapshot = async (doc: string) => {
  const codes = await w.call('codes:list', {});
  const view = await w.call('documents:get', { id: doc });
  return JSON.stringify({
    codes: codes.map((c) => [c.path, c.codings, c.pinned]),
    codings: view.codingList.map((c) => [c.codeId, c.start, c.end, c.quote, c.status]),
    text: view.text,
  });
};

describe('undo and redo', () => {
  it('walks back and forth through many steps of coding and codebook actions', async () => {
    const doc = w.transcript([['Priya', 'Slots vanish by Tuesday and the driver was rude.']]);
    const states = [await snapshot(doc)];
    const slots = await w.call('codes:create', { name: 'Slots' });
    states.push(await snapshot(doc));
    const staff = await w.call('codes:create', { name: 'Staff' });
    states.push(await snapshot(doc));
    const c1 = await w.call('codings:create', { ...(await w.rangeOf(doc, 'Slots vanish')), codeId: slots.id });
    states.push(await snapshot(doc));
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'driver was rude')), codeId: staff.id });
    states.push(await snapshot(doc));
    await w.call('codings:update', { id: c1.id, codeId: staff.id });
    states.push(await snapshot(doc));
    await w.call('codes:move', { id: staff.id, parentId: null, position: 0 });
    states.push(await snapshot(doc));
    await w.call('codes:merge', { sourceId: slots.id, targetId: staff.id });
    states.push(await snapshot(doc));
    await w.call('codes:pin', { id: staff.id, pin: 3 });
    states.push(await snapshot(doc));

    for (let i = states.length - 1; i > 0; i--) {
      expect(await snapshot(doc)).toBe(states[i]);
      await w.call('history:undo', {});
    }
    expect(await snapshot(doc)).toBe(states[0]);
    expect((await w.call('history:state', {})).undo).toBeNull();
    for (let i = 1; i < states.length; i++) {
      await w.call('history:redo', {});
      expect(await snapshot(doc)).toBe(states[i]);
    }
    expect((await w.call('history:state', {})).redo).toBeNull();
  });

  it('a new action clears redo; undo with nothing to undo is a clear refusal', async () => {
    expect(await w.attempt('history:undo', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'There is nothing to undo.' },
    });
    const a = await w.call('codes:create', { name: 'A' });
    await w.call('history:undo', {});
    expect(inEnglish((await w.call('history:state', {})).redo)).toMatch(/Create code "A"/);
    await w.call('codes:create', { name: 'B' });
    expect((await w.call('history:state', {})).redo).toBeNull();
    expect(a.name).toBe('A');
  });

  it('undoes text edits together with the codings they moved', async () => {
    const doc = w.transcript([
      ['Priya', 'The drivr was rude.'],
      ['Gareth', 'Slots vanish.'],
    ]);
    const code = await w.call('codes:create', { name: 'Staff' });
    const slots = await w.call('codes:create', { name: 'Slots' });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'drivr was rude')), codeId: code.id });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'Slots vanish')), codeId: slots.id });
    const before = await snapshot(doc);
    const view = await w.call('documents:get', { id: doc });
    const edited = await w.call('documents:editTurn', {
      documentId: doc,
      turnId: view.turnList[0]!.id,
      baseRev: view.rev,
      text: 'The driver was rude.',
    });
    expect(edited.codingList.map((c) => c.quote)).toEqual(['driver was rude', 'Slots vanish']);
    expect(edited.turnList[1]!.start).toBe(view.turnList[1]!.start + 1);
    await w.call('history:undo', {});
    expect(await snapshot(doc)).toBe(before);
  });
});

describe('editing transcript text', () => {
  it('keeps codings on their words, flags a coding whose words were deleted, and refuses a stale revision', async () => {
    const doc = w.transcript([['Priya', 'I love the app. The driver was rude. Prices are fine.']]);
    const code = await w.call('codes:create', { name: 'Staff' });
    const other = await w.call('codes:create', { name: 'Price' });
    const rude = await w.call('codings:create', { ...(await w.rangeOf(doc, 'The driver was rude.')), codeId: code.id });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'Prices are fine')), codeId: other.id });
    const view = await w.call('documents:get', { id: doc });
    const turnId = view.turnList[0]!.id;
    const after = await w.call('documents:editTurn', {
      documentId: doc,
      turnId,
      baseRev: view.rev,
      text: 'I really love the app. Prices are fine.',
    });
    const flagged = after.codingList.find((c) => c.id === rude.id)!;
    expect(flagged).toMatchObject({ status: 'orphaned', quote: 'The driver was rude.' });
    expect(after.codingList.find((c) => c.codeId === other.id)!.quote).toBe('Prices are fine');
    expect(after.rev).toBe(view.rev + 1);
    expect(await w.attempt('documents:editTurn', { documentId: doc, turnId, baseRev: view.rev, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});

describe('memo autosave and undo', () => {
  it('a memo made with a client-side id is created, and consecutive saves of it are one undo step', async () => {
    const id = crypto.randomUUID();
    await w.call('codes:create', { name: 'Before' });
    for (const body of ['D', 'Dr', 'Dra', 'Draft']) await w.call('memos:save', { id, target: { kind: 'project' }, title: 'Plan', body });
    expect((await w.call('memos:list', {})).map((m) => [m.id, m.body])).toEqual([[id, 'Draft']]);
    await w.call('history:undo', {});
    expect(await w.call('memos:list', {})).toEqual([]);
    expect(inEnglish((await w.call('history:state', {})).undo)).toMatch(/Create code "Before"/);
    await w.call('history:redo', {});
    expect((await w.call('memos:list', {}))[0]!.body).toBe('Draft');
  });

  it('a memo id cannot be reused for another target', async () => {
    const id = crypto.randomUUID();
    await w.call('memos:save', { id, target: { kind: 'project' }, title: 'Plan', body: '' });
    expect(await w.attempt('memos:save', { id, target: { kind: 'session', id: w.session.id }, title: 'x', body: '' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
