import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingWorkspace, type Workspace } from './codingFixtures';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

describe('codebook', () => {
  it('builds a hierarchy with paths, and parents total their children (distinct documents and participants)', async () => {
    const doc = w.transcript([
      ['Priya', 'Slots are always gone by Tuesday.'],
      ['Gareth', 'Substitutions drive me mad.'],
      ['Priya', 'The driver was lovely though.'],
    ]);
    const delivery = await w.call('codes:create', { name: 'Delivery' });
    const slots = await w.call('codes:create', { name: 'Slots', parentId: delivery.id });
    const drivers = await w.call('codes:create', { name: 'Drivers', parentId: delivery.id });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'Slots are always gone')), codeId: slots.id });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'driver was lovely')), codeId: drivers.id });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'Substitutions')), codeId: delivery.id });
    const codes = await w.call('codes:list', {});
    expect(codes.map((c) => c.path)).toEqual(['Delivery', 'Delivery/Slots', 'Delivery/Drivers']);
    const parent = codes[0]!;
    expect(parent).toMatchObject({ codings: 1, participants: 1, totalCodings: 3, totalDocuments: 1, totalParticipants: 2 });
    expect(codes[1]).toMatchObject({ codings: 1, participants: 1, totalCodings: 1 });
  });

  it('refuses duplicate sibling names and slashes, but allows the same name at another level', async () => {
    const a = await w.call('codes:create', { name: 'Price' });
    expect(await w.attempt('codes:create', { name: 'price' })).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS' } });
    expect(await w.attempt('codes:create', { name: 'A/B' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await w.call('codes:create', { name: 'Price', parentId: a.id })).path).toBe('Price/Price');
  });

  it('moves codes between parents and orders siblings, never inside themselves', async () => {
    const a = await w.call('codes:create', { name: 'A' });
    const b = await w.call('codes:create', { name: 'B' });
    const c = await w.call('codes:create', { name: 'C' });
    await w.call('codes:move', { id: c.id, parentId: null, position: 0 });
    expect((await w.call('codes:list', {})).map((x) => x.name)).toEqual(['C', 'A', 'B']);
    await w.call('codes:move', { id: b.id, parentId: a.id, position: 0 });
    expect((await w.call('codes:list', {})).map((x) => x.path)).toEqual(['C', 'A', 'A/B']);
    expect(await w.attempt('codes:move', { id: a.id, parentId: b.id, position: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('merges codes: codings move, identical ones collapse, children follow, a backup is made', async () => {
    const doc = w.transcript([['Priya', 'Too expensive for what you get.']]);
    const cost = await w.call('codes:create', { name: 'Cost' });
    const price = await w.call('codes:create', { name: 'Price' });
    const child = await w.call('codes:create', { name: 'Fees', parentId: cost.id });
    const range = await w.rangeOf(doc, 'Too expensive');
    await w.call('codings:create', { ...range, codeId: cost.id });
    await w.call('codings:create', { ...range, codeId: price.id });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'what you get')), codeId: cost.id });
    const merged = await w.call('codes:merge', { sourceId: cost.id, targetId: price.id });
    expect(merged.backupPath).toMatch(/before-merging-codes/);
    const codes = await w.call('codes:list', {});
    expect(codes.map((c) => c.path)).toEqual(['Price', 'Price/Fees']);
    expect(codes[0]).toMatchObject({ codings: 2 });
    expect(codes[1]!.id).toBe(child.id);
  });

  it('splits chosen codings into a new sibling code', async () => {
    const doc = w.transcript([['Priya', 'Slots gone. Driver late.']]);
    const issues = await w.call('codes:create', { name: 'Issues' });
    const one = await w.call('codings:create', { ...(await w.rangeOf(doc, 'Slots gone')), codeId: issues.id });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'Driver late')), codeId: issues.id });
    const split = await w.call('codes:split', { id: issues.id, codingIds: [one.id], name: 'Slot availability' });
    expect(split).toMatchObject({ name: 'Slot availability', codings: 1, parentId: null });
    expect((await w.call('codes:list', {})).find((c) => c.id === issues.id)).toMatchObject({ codings: 1 });
  });

  it('deletes a branch with its codings after a backup; undo brings everything back', async () => {
    const doc = w.transcript([['Priya', 'Slots gone.']]);
    const parent = await w.call('codes:create', { name: 'Delivery' });
    const child = await w.call('codes:create', { name: 'Slots', parentId: parent.id });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'Slots gone')), codeId: child.id });
    expect((await w.call('codes:delete', { id: parent.id })).backupPath).toMatch(/before-deleting-a-code/);
    expect(await w.call('codes:list', {})).toEqual([]);
    expect((await w.call('documents:get', { id: doc })).codingList).toEqual([]);
    await w.call('history:undo', {});
    expect((await w.call('codes:list', {})).map((c) => [c.path, c.codings])).toEqual([
      ['Delivery', 0],
      ['Delivery/Slots', 1],
    ]);
  });

  it('pins codes to number keys, moving a taken key', async () => {
    const a = await w.call('codes:create', { name: 'A' });
    const b = await w.call('codes:create', { name: 'B' });
    await w.call('codes:pin', { id: a.id, pin: 1 });
    await w.call('codes:pin', { id: b.id, pin: 1 });
    const codes = await w.call('codes:list', {});
    expect(codes.map((c) => [c.name, c.pinned])).toEqual([
      ['A', null],
      ['B', 1],
    ]);
  });
});
