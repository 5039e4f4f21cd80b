import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv, missingId, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => {
  env = makeEnv();
  await env.createStudy('people');
});
afterEach(() => {
  env.backend.close();
  env.cleanup();
});

describe('participants', () => {
  it('creates, lists by name ignoring case, updates and deletes', async () => {
    const zed = await env.ok('participants:create', { displayName: 'zed' });
    const ana = await env.ok('participants:create', { displayName: '  Ana  ', notes: 'talkative' });
    const bo = await env.ok('participants:create', { displayName: 'Bo' });
    expect(ana).toMatchObject({ displayName: 'Ana', notes: 'talkative', values: {}, sessions: [] });
    expect((await env.ok('participants:list', {})).map((p) => p.displayName)).toEqual(['Ana', 'Bo', 'zed']);

    const renamed = await env.ok('participants:update', { id: zed.id, displayName: 'Zed (P7)' });
    expect(renamed).toMatchObject({ displayName: 'Zed (P7)', notes: null });
    expect(await env.ok('participants:update', { id: ana.id, notes: null })).toMatchObject({ displayName: 'Ana', notes: null });
    expect(await env.ok('participants:update', { id: bo.id, notes: 'n' })).toMatchObject({ displayName: 'Bo', notes: 'n' });

    expect((await env.ok('participants:delete', { id: bo.id })).backupPath).toMatch(/before-deleting-a-participant/);
    await env.fail('participants:delete', { id: bo.id }, 'NOT_FOUND');
    await env.fail('participants:update', { id: bo.id, notes: 'x' }, 'NOT_FOUND');
    expect((await env.ok('participants:list', {})).map((p) => p.id)).toEqual([ana.id, zed.id]);
  });

  it('refuses a second participant with the same name in any letter case', async () => {
    const ana = await env.ok('participants:create', { displayName: 'Ana Lopez' });
    for (const name of ['Ana Lopez', 'ana lopez', 'ANA LOPEZ', '  Ana Lopez ']) {
      const failure = await env.fail('participants:create', { displayName: name }, 'ALREADY_EXISTS');
      expect(failure.message).toContain(name.trim());
    }
    const other = await env.ok('participants:create', { displayName: 'Ben' });
    await env.fail('participants:update', { id: other.id, displayName: 'ANA lopez' }, 'ALREADY_EXISTS');
    // Changing the case of one's own name is fine.
    expect(await env.ok('participants:update', { id: ana.id, displayName: 'ANA LOPEZ' })).toMatchObject({ displayName: 'ANA LOPEZ' });
    expect(await env.ok('participants:list', {})).toHaveLength(2);
  });

  // BUG: the check relies on SQLite's NOCASE collation, which folds ASCII letters only, while CSV
  // import matches names with toLocaleLowerCase(). So "Zoë" and "ZOË" can both be created by hand,
  // and a later import of "zoë" updates just one of them.
  it('treats names that differ only in the case of accented letters as the same person', async () => {
    await env.ok('participants:create', { displayName: 'Zoë Çelik' });
    await env.fail('participants:create', { displayName: 'ZOË ÇELIK' }, 'ALREADY_EXISTS');
    await env.fail('participants:create', { displayName: 'zoë çelik' }, 'ALREADY_EXISTS');
  });

  it('refuses empty and over-long names and over-long notes', async () => {
    await env.fail('participants:create', { displayName: '' }, 'INVALID_INPUT');
    await env.fail('participants:create', { displayName: ' \t ' }, 'INVALID_INPUT');
    await env.fail('participants:create', { displayName: 'x'.repeat(201) }, 'INVALID_INPUT');
    await env.fail('participants:create', { displayName: 'ok', notes: 'x'.repeat(20_001) }, 'INVALID_INPUT');
    expect(await env.ok('participants:create', { displayName: 'x'.repeat(200), notes: 'y'.repeat(20_000) })).toMatchObject({
      displayName: 'x'.repeat(200),
    });
  });
});

describe('session roles', () => {
  it('adds, changes and removes a participant in a session', async () => {
    const s1 = await env.ok('sessions:create', { kind: 'focus_group', title: 'FG 1' });
    const s2 = await env.ok('sessions:create', { kind: 'interview', title: 'Int 1' });
    const p = await env.ok('participants:create', { displayName: 'Ana' });

    const added = await env.ok('participants:setSessionRole', { participantId: p.id, sessionId: s1.id, role: 'participant' });
    expect(added.sessions).toEqual([{ sessionId: s1.id, role: 'participant' }]);
    const changed = await env.ok('participants:setSessionRole', { participantId: p.id, sessionId: s1.id, role: 'observer' });
    expect(changed.sessions).toEqual([{ sessionId: s1.id, role: 'observer' }]);
    const both = await env.ok('participants:setSessionRole', { participantId: p.id, sessionId: s2.id, role: 'moderator' });
    expect(both.sessions).toHaveLength(2);
    expect(both.sessions).toEqual(
      expect.arrayContaining([
        { sessionId: s1.id, role: 'observer' },
        { sessionId: s2.id, role: 'moderator' },
      ]),
    );

    const removed = await env.ok('participants:setSessionRole', { participantId: p.id, sessionId: s1.id, role: null });
    expect(removed.sessions).toEqual([{ sessionId: s2.id, role: 'moderator' }]);
    // Removing a membership that does not exist is harmless.
    expect((await env.ok('participants:setSessionRole', { participantId: p.id, sessionId: s1.id, role: null })).sessions).toHaveLength(1);
    const counts = Object.fromEntries((await env.ok('sessions:list', {})).map((s) => [s.title, s.participantCount]));
    // The one person left is Int 1's moderator: not one of its participants.
    expect(counts).toEqual({ 'FG 1': 0, 'Int 1': 0 });
  });

  it('refuses unknown roles, sessions and participants', async () => {
    const s = await env.ok('sessions:create', { kind: 'focus_group', title: 'FG' });
    const p = await env.ok('participants:create', { displayName: 'Ana' });
    await env.fail('participants:setSessionRole', { participantId: p.id, sessionId: s.id, role: 'chair' }, 'INVALID_INPUT');
    await env.fail('participants:setSessionRole', { participantId: p.id, sessionId: missingId(), role: 'participant' }, 'NOT_FOUND');
    await env.fail('participants:setSessionRole', { participantId: missingId(), sessionId: s.id, role: 'participant' }, 'NOT_FOUND');
    expect(env.query('SELECT * FROM session_participants')).toEqual([]);
  });

  it('deleting a participant removes their memberships and values, not the session', async () => {
    const s = await env.ok('sessions:create', { kind: 'focus_group', title: 'FG' });
    const a = await env.ok('attributes:create', { name: 'Region', type: 'text' });
    const p = await env.ok('participants:create', { displayName: 'Ana' });
    await env.ok('participants:setSessionRole', { participantId: p.id, sessionId: s.id, role: 'participant' });
    await env.ok('participants:setValue', { participantId: p.id, attributeId: a.id, value: 'North' });
    await env.ok('participants:delete', { id: p.id });
    expect(env.query('SELECT count(*) AS n FROM session_participants')).toEqual([{ n: 0 }]);
    expect(env.query('SELECT count(*) AS n FROM participant_values')).toEqual([{ n: 0 }]);
    expect(await env.ok('sessions:list', {})).toMatchObject([{ id: s.id, participantCount: 0 }]);
  });
});
