/**
 * A session's moderator is a person of the study, linked with the moderator role: set by name from
 * the session form (an existing person, or a new one), and made from the free text older files hold
 * when they are opened (migration 0060).
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/db/connection';
import { MIGRATIONS } from '../../main/db/migrations';
import { b64, freshEnvForEachTest, incoming, readClosedStudy } from './helpers';

const env = freshEnvForEachTest();

const rolesIn = async (sessionId: string) =>
  (await env.ok('participants:list', {}))
    .flatMap((p) => p.sessions.filter((s) => s.sessionId === sessionId).map((s) => [p.displayName, s.role]))
    .sort();

describe('the moderator of a session is a person', () => {
  it('a new name makes a person linked as moderator; an existing name (any case) links that person, not a copy', async () => {
    await env.createStudy('mods');
    const dana = await env.ok('participants:create', { displayName: 'Dana Whitlock' });
    const a = await env.ok('sessions:create', { kind: 'interview', title: 'A', moderator: 'dana whitlock' });
    expect(a.moderator).toBe('Dana Whitlock');
    expect(await rolesIn(a.id)).toEqual([['Dana Whitlock', 'moderator']]);
    const b = await env.ok('sessions:create', { kind: 'focus_group', title: 'B', moderator: '  Sam Okafor ' });
    expect(b.moderator).toBe('Sam Okafor');
    expect(await rolesIn(b.id)).toEqual([['Sam Okafor', 'moderator']]);
    expect((await env.ok('participants:list', {})).map((p) => p.displayName).sort()).toEqual(['Dana Whitlock', 'Sam Okafor']);
    expect((await env.ok('participants:list', {})).find((p) => p.id === dana.id)!.sessions).toEqual([
      { sessionId: a.id, role: 'moderator' },
    ]);
    // A blank name is no moderator, not a nameless person.
    const c = await env.ok('sessions:create', { kind: 'other', title: 'C', moderator: '   ' });
    expect(c.moderator).toBeNull();
    expect(await rolesIn(c.id)).toEqual([]);
  });

  it('changing the moderator moves the role; clearing it unlinks; other fields leave it alone', async () => {
    await env.createStudy('mods');
    const s = await env.ok('sessions:create', { kind: 'interview', title: 'A', moderator: 'Dana' });
    const ana = await env.ok('participants:create', { displayName: 'Ana' });
    await env.ok('participants:setSessionRole', { participantId: ana.id, sessionId: s.id, role: 'participant' });
    expect((await env.ok('sessions:update', { id: s.id, title: 'A2' })).moderator).toBe('Dana');
    expect((await env.ok('sessions:update', { id: s.id, moderator: 'Sam' })).moderator).toBe('Sam');
    expect(await rolesIn(s.id)).toEqual([
      ['Ana', 'participant'],
      ['Sam', 'moderator'],
    ]);
    expect((await env.ok('sessions:update', { id: s.id, moderator: null })).moderator).toBeNull();
    expect(await rolesIn(s.id)).toEqual([['Ana', 'participant']]);
  });

  it('a moderator set by the sessions channel is what `sessions:list` and the participants list agree on', async () => {
    await env.createStudy('mods');
    const s = await env.ok('sessions:create', { kind: 'interview', title: 'A', moderator: 'Dana' });
    const [person] = await env.ok('participants:list', {});
    await env.ok('participants:update', { id: person!.id, displayName: 'Dana W.' });
    // Renaming the person renames the session's moderator: one record, not a stale copy.
    expect((await env.ok('sessions:list', {})).find((x) => x.id === s.id)!.moderator).toBe('Dana W.');
  });
});

describe('migration 0060: free-text moderators become people', () => {
  const SESSIONS = {
    a: '11111111-1111-4111-8111-111111111111',
    b: '11111111-1111-4111-8111-222222222222',
    c: '11111111-1111-4111-8111-333333333333',
    d: '11111111-1111-4111-8111-444444444444',
  };
  const SAM = '22222222-2222-4222-8222-222222222222';

  /** A study as schema 40 wrote it: moderators as typed text, one of them already a person (observing elsewhere). */
  function makeSchema40Study(path: string): void {
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of MIGRATIONS.filter((x) => x.version <= 40)) db.exec(m.sql);
    db.pragma('user_version = 40');
    const at = '2025-01-02T03:04:05.000Z';
    db.prepare('INSERT INTO study_info (id, title, created_at, created_with) VALUES (1, ?, ?, ?)').run('Old study', at, 'verbatim 0.4');
    const session = db.prepare(
      "INSERT INTO sessions (id, kind, title, moderator, created_at, updated_at) VALUES (?, 'interview', ?, ?, ?, ?)",
    );
    session.run(SESSIONS.a, 'A', 'Dana Whitlock', at, at);
    session.run(SESSIONS.b, 'B', '  dana whitlock ', at, at);
    session.run(SESSIONS.c, 'C', 'sam okafor', at, at);
    session.run(SESSIONS.d, 'D', '   ', at, at);
    db.prepare('INSERT INTO participants (id, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(SAM, 'Sam Okafor', at, at);
    db.prepare("INSERT INTO session_participants (session_id, participant_id, role) VALUES (?, ?, 'observer')").run(SESSIONS.c, SAM);
    db.close();
  }

  it('links each name to the person of that name or one new person, with the moderator role, and clears the text', async () => {
    const path = join(env.dir, 'old.verbatim');
    makeSchema40Study(path);
    const summary = await env.ok('study:open', { path });
    expect(summary).toMatchObject({ migratedFrom: 40, counts: { sessions: 4, participants: 2 } });
    const people = await env.ok('participants:list', {});
    expect(people.map((p) => p.displayName).sort()).toEqual(['Dana Whitlock', 'Sam Okafor']);
    const dana = people.find((p) => p.displayName === 'Dana Whitlock')!;
    expect(dana.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(dana.sessions.sort((x, y) => x.sessionId.localeCompare(y.sessionId))).toEqual([
      { sessionId: SESSIONS.a, role: 'moderator' },
      { sessionId: SESSIONS.b, role: 'moderator' },
    ]);
    // The existing person is linked (not duplicated) and their role there becomes moderator.
    expect(people.find((p) => p.id === SAM)!.sessions).toEqual([{ sessionId: SESSIONS.c, role: 'moderator' }]);
    const byTitle = Object.fromEntries((await env.ok('sessions:list', {})).map((s) => [s.title, s.moderator]));
    expect(byTitle).toEqual({ A: 'Dana Whitlock', B: 'Dana Whitlock', C: 'Sam Okafor', D: null });
    await env.ok('study:close', {});
    expect(readClosedStudy(path, (db) => db.prepare('SELECT count(*) AS n FROM sessions WHERE moderator IS NOT NULL').get())).toEqual({
      n: 0,
    });
  });
});

it('the sample study names each session’s moderator through the linked person, as its data says', async () => {
  await env.createStudy('sample', true);
  const sample = (await import('../../resources/sample/freshBasket.json', { with: { type: 'json' } })).default as {
    sessions: { title: string; moderator: string | null }[];
  };
  const shown = Object.fromEntries((await env.ok('sessions:list', {})).map((s) => [s.title, s.moderator]));
  expect(shown).toEqual(Object.fromEntries(sample.sessions.map((s) => [s.title, s.moderator])));
  const stored = env.backend.context.studies.require().db.prepare('SELECT count(*) AS n FROM sessions WHERE moderator IS NOT NULL').get();
  expect(stored).toEqual({ n: 0 });
});

it('a transcript import that makes its session makes the moderator in the same step: a failed import leaves neither', async () => {
  await env.createStudy('atomic');
  const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna>Hello?\n\n00:00:03.000 --> 00:00:04.000\n<v Ben>Hi.\n';
  const file = () => incoming(env, 'transcript', 'i.vtt', b64(vtt));
  const mapping = [
    { label: 'Ben', target: { kind: 'existing' as const, participantId: crypto.randomUUID(), role: 'participant' as const } },
  ];
  const failed = await env.call('transcripts:importCommit', {
    ...file(),
    mapping,
    newSession: { kind: 'interview', title: 'Never made', moderator: 'Mira Moderator' },
  });
  expect(failed.ok).toBe(false);
  expect(await env.ok('sessions:list', {})).toEqual([]);
  expect(await env.ok('participants:list', {})).toEqual([]);
  await env.ok('transcripts:importCommit', {
    ...file(),
    mapping: [],
    newSession: { kind: 'interview', title: 'Made', moderator: 'Mira Moderator' },
  });
  const [session] = await env.ok('sessions:list', {});
  expect(session!.moderator).toBe('Mira Moderator');
  expect(await rolesIn(session!.id)).toEqual([
    ['Anna', 'participant'],
    ['Ben', 'participant'],
    ['Mira Moderator', 'moderator'],
  ]);
});
