// Every committed write publishes one data:changed event naming what it changed, from the write
// path itself (main/services/study.ts), so no handler can forget it; reads and refused writes
// publish nothing.
import { describe, expect, it } from 'vitest';
import type { DataChange } from '../../shared/domain/dataChange';
import type { Channel } from '../../shared/ipc/contract';
import { freshEnvForEachTest, type TestEnv } from './helpers';

const env = freshEnvForEachTest();

/** The data:changed events a call published (study:changed and progress are other events). */
async function changesOf(call: () => Promise<unknown>): Promise<DataChange[]> {
  env.events.length = 0;
  await call();
  return env.events.filter((e) => e.name === 'data:changed').map((e) => e.payload as DataChange);
}

async function sampleIds(e: TestEnv) {
  await e.createStudy('sample', true);
  const documents = await e.ok('documents:list', {});
  const transcript = documents.find((d) => d.kind === 'transcript')!;
  const view = await e.ok('documents:get', { id: transcript.id });
  const codes = await e.ok('codes:list', {});
  const sessions = await e.ok('sessions:list', {});
  const participants = await e.ok('participants:list', {});
  const attributes = await e.ok('attributes:list', {});
  return { transcript, view, codes, sessions, participants, attributes };
}

describe('data:changed', () => {
  it('is published once by each write, naming what it changed', async () => {
    const ids = await sampleIds(env);
    const turn = ids.view.turnList[0]!;
    const words = { documentId: ids.transcript.id, start: turn.start, end: turn.start + 5 };
    let codingId = '';
    // Channel, the call, and the kinds its one event must name (at least).
    const writes: [Channel, () => Promise<unknown>, string[]][] = [
      ['codings:create', async () => (codingId = (await env.ok('codings:create', { ...words, codeId: ids.codes[0]!.id })).id), ['codings']],
      ['codings:update', () => env.ok('codings:update', { id: codingId, codeId: ids.codes[1]!.id }), ['codings']],
      ['memos:save', () => env.ok('memos:save', { target: { kind: 'coding', id: codingId }, title: 'Why', body: 'Because' }), ['memos']],
      ['codings:delete', () => env.ok('codings:delete', { id: codingId }), ['codings']],
      ['history:undo', () => env.ok('history:undo', {}), ['codings']],
      ['history:redo', () => env.ok('history:redo', {}), ['codings']],
      ['codes:create', () => env.ok('codes:create', { name: 'Fresh', parentId: null }), ['codes']],
      ['codes:update', () => env.ok('codes:update', { id: ids.codes[0]!.id, name: 'Renamed' }), ['codes']],
      [
        'documents:editTurn',
        () => env.ok('documents:editTurn', { documentId: ids.transcript.id, turnId: turn.id, baseRev: ids.view.rev, text: 'New words.' }),
        ['documents'],
      ],
      ['sessions:create', () => env.ok('sessions:create', { kind: 'interview', title: 'One more' }), ['sessions']],
      ['sessions:update', () => env.ok('sessions:update', { id: ids.sessions[0]!.id, title: 'Retitled' }), ['sessions']],
      // The one the hand-placed announcements forgot.
      ['participants:create', () => env.ok('participants:create', { displayName: 'Newcomer' }), ['participants']],
      ['participants:update', () => env.ok('participants:update', { id: ids.participants[0]!.id, notes: 'Late' }), ['participants']],
      ['attributes:create', () => env.ok('attributes:create', { name: 'Shoe size', type: 'number' }), ['attributes']],
      ['study:rename', () => env.ok('study:rename', { title: 'Renamed study' }), ['study']],
      ['live:clock', () => env.ok('live:clock', { sessionId: ids.sessions[0]!.id, action: 'start' }), ['live']],
    ];
    for (const [channel, call, kinds] of writes) {
      const changes = await changesOf(call);
      expect(changes, channel).toHaveLength(1);
      expect(changes[0]!.kinds, channel).toEqual(expect.arrayContaining(kinds));
    }
  });

  it('names the document a coding was made in, and carries the undo state after it', async () => {
    const ids = await sampleIds(env);
    const turn = ids.view.turnList[0]!;
    const [change] = await changesOf(() =>
      env.ok('codings:create', { documentId: ids.transcript.id, start: turn.start, end: turn.start + 5, codeId: ids.codes[0]!.id }),
    );
    expect(change).toMatchObject({ kinds: ['codings'], documentIds: [ids.transcript.id] });
    expect(change!.history?.undo?.id).toBe('editing.stepCode');
    // Undo puts the same rows back and says so in the same words.
    const [undone] = await changesOf(() => env.ok('history:undo', {}));
    expect(undone).toMatchObject({ kinds: ['codings'], documentIds: [ids.transcript.id], history: { undo: null } });
  });

  it('is not published by reads, nor by writes that were refused', async () => {
    const ids = await sampleIds(env);
    const reads: Channel[] = [
      'documents:list',
      'codes:list',
      'sessions:list',
      'participants:list',
      'attributes:list',
      'memos:list',
      'history:state',
      'study:current',
    ];
    for (const channel of reads) expect(await changesOf(() => env.ok(channel, {} as never)), channel).toEqual([]);
    expect(await changesOf(() => env.ok('documents:get', { id: ids.transcript.id }))).toEqual([]);
    // A coding outside the text fails inside its transaction: nothing changed, nothing said.
    expect(
      await changesOf(() =>
        env.call('codings:create', { documentId: ids.transcript.id, start: 0, end: 10_000_000, codeId: ids.codes[0]!.id }),
      ),
    ).toEqual([]);
    expect(await changesOf(() => env.call('history:redo', {}))).toEqual([]);
  });
});
