import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingWorkspace, type Workspace } from './codingFixtures';

/** The live screen makes a note's id at its first character, so a notes:add retried after a lost answer adds nothing twice. */
let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

describe('notes:add with a client-made id', () => {
  it('adding the same id again returns that note with the newer text', async () => {
    const id = crypto.randomUUID();
    const first = await w.call('notes:add', { id, sessionId: w.session.id, timeMs: 1000, text: 'Slo' });
    expect(first.id).toBe(id);
    const again = await w.call('notes:add', { id, sessionId: w.session.id, timeMs: 1000, text: 'Slots gone by Tuesday' });
    expect(again).toMatchObject({ id, text: 'Slots gone by Tuesday', timeMs: 1000 });
    const live = await w.call('live:get', { sessionId: w.session.id });
    expect(live.notes.map((n) => n.text)).toEqual(['Slots gone by Tuesday']);
  });

  it('refuses an id used by a transcript turn or by a note of another session, changing nothing', async () => {
    const other = await w.call('sessions:create', { kind: 'interview', title: 'Other' });
    const elsewhere = await w.call('notes:add', { sessionId: other.id, timeMs: 0, text: 'Elsewhere' });
    const docId = w.transcript([['Ann', 'We shop weekly.']]);
    const turnId = (await w.call('documents:get', { id: docId })).turnList[0]!.id;
    for (const id of [elsewhere.id, turnId]) {
      const r = await w.attempt('notes:add', { id, sessionId: w.session.id, timeMs: 0, text: 'x' });
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    }
    expect((await w.call('live:get', { sessionId: w.session.id })).notes).toEqual([]);
    expect((await w.call('live:get', { sessionId: other.id })).notes.map((n) => n.text)).toEqual(['Elsewhere']);
  });
});
