import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRANSCRIPTS } from '../badImports';
import { b64, incoming, makeEnv, type TestEnv } from '../helpers';
import { fingerprintDb } from '../studyFingerprint';
import { expectIndexCurrent } from './indexCheck';

let env: TestEnv;
beforeEach(async () => {
  env = makeEnv();
  await env.createStudy('index', true);
});
afterEach(() => {
  env.backend.close();
  env.cleanup();
});

const db = () => env.backend.context.studies.require().db;
const hitsOf = async (query: string) => (await env.ok('search:run', { query, filter: { includeModerator: true } })).total;

describe('the search index follows every write, in its transaction', () => {
  it('is built for a new (sample) study', async () => {
    expectIndexCurrent(db());
    expect(await hitsOf('fridge')).toBeGreaterThanOrEqual(0);
  });

  it('follows a transcript import', async () => {
    const sessionId = (await env.ok('sessions:list', {}))[0]!.id;
    const before = await hitsOf('"sunday nights"');
    await env.ok('transcripts:importCommit', { ...incoming(env, 'transcript', 'a.vtt', b64(TRANSCRIPTS.vtt)), sessionId });
    expectIndexCurrent(db());
    expect(await hitsOf('"sunday nights"')).toBe(before + 1);
  });

  it('follows an edit of a turn, and its undo and redo', async () => {
    const doc = (await env.ok('documents:list', {})).find((d) => d.kind === 'transcript' && d.turns > 0)!;
    const view = await env.ok('documents:get', { id: doc.id });
    const turn = view.turnList[0]!;
    await env.ok('documents:editTurn', { documentId: doc.id, turnId: turn.id, baseRev: view.rev, text: 'Zanzibar marmalade, zanzibar!' });
    expectIndexCurrent(db());
    expect(await hitsOf('zanzibar')).toBe(2);
    await env.ok('history:undo', {});
    expectIndexCurrent(db());
    expect(await hitsOf('zanzibar')).toBe(0);
    await env.ok('history:redo', {});
    expectIndexCurrent(db());
    expect(await hitsOf('zanzibar')).toBe(2);
  });

  it('follows an edit that keeps the length of the text (no offset moves: only the document text says what changed)', async () => {
    const doc = (await env.ok('documents:list', {})).find((d) => d.kind === 'transcript' && d.turns > 2)!;
    const view = await env.ok('documents:get', { id: doc.id });
    const turn = view.turnList[1]!;
    const original = view.text.slice(turn.start, turn.end);
    const same = original.replace(/[a-z]/, 'q');
    expect(same).not.toBe(original);
    expect(same.length).toBe(original.length);
    await env.ok('documents:editTurn', { documentId: doc.id, turnId: turn.id, baseRev: view.rev, text: same });
    expect((await env.ok('documents:get', { id: doc.id })).text.length).toBe(view.text.length);
    expectIndexCurrent(db());
  });

  it('follows live notes added, typed into and deleted', async () => {
    const sessionId = (await env.ok('sessions:list', {}))[0]!.id;
    const note = await env.ok('notes:add', { sessionId, timeMs: 1000, text: 'Gyümölcs first' });
    expectIndexCurrent(db());
    await env.ok('notes:edit', { id: note.id, text: 'Gyümölcs first, then ćevapi' });
    expectIndexCurrent(db());
    const found = await env.ok('search:run', { query: 'cevapi', filter: { kinds: ['notes'] } });
    expect(found.hits.map((h) => [h.kind, h.noteId, h.match])).toEqual([['notes', note.id, 'ćevapi']]);
    await env.ok('notes:delete', { id: note.id });
    expectIndexCurrent(db());
    expect(await hitsOf('cevapi')).toBe(0);
  });

  it('follows memos written, changed and deleted', async () => {
    const memo = await env.ok('memos:save', { target: { kind: 'project' }, title: 'M', body: 'Quokka thoughts' });
    expectIndexCurrent(db());
    await env.ok('memos:save', { id: memo.id, target: { kind: 'project' }, title: 'M', body: 'Wombat thoughts' });
    expectIndexCurrent(db());
    const found = await env.ok('search:run', { query: 'wombat' });
    expect(found.hits.map((h) => [h.kind, h.memoId, h.documentId, h.start, h.end])).toEqual([['memo', memo.id, null, 0, 6]]);
    await env.ok('memos:delete', { id: memo.id });
    expectIndexCurrent(db());
    expect(await hitsOf('wombat')).toBe(0);
  });

  it('follows a session deleted with its documents', async () => {
    const sessions = await env.ok('sessions:list', {});
    await env.ok('sessions:delete', { id: sessions[0]!.id });
    expectIndexCurrent(db());
  });

  it('leaves the index as it was when a write fails', async () => {
    const doc = (await env.ok('documents:list', {})).find((d) => d.kind === 'transcript' && d.turns > 0)!;
    const view = await env.ok('documents:get', { id: doc.id });
    const before = fingerprintDb(db());
    // A stale revision: refused after nothing was written.
    await env.fail(
      'documents:editTurn',
      { documentId: doc.id, turnId: view.turnList[0]!.id, baseRev: view.rev + 7, text: 'Zanzibar' },
      'CONFLICT',
    );
    // A write that fails half-way: the index's own rows go back with the turn's.
    db().exec(`CREATE TEMP TRIGGER fail_index BEFORE UPDATE ON main.search_units BEGIN SELECT RAISE(ABORT, 'forced failure'); END;`);
    const r = await env.call('documents:editTurn', {
      documentId: doc.id,
      turnId: view.turnList[0]!.id,
      baseRev: view.rev,
      text: 'Zanzibar',
    });
    expect(r.ok).toBe(false);
    db().exec('DROP TRIGGER temp.fail_index');
    expect(fingerprintDb(db())).toEqual(before);
    expectIndexCurrent(db());
  });
});
