/**
 * New sessions made by "Next intercept" and by a REFI-QDA import name their moderator through a
 * linked person with the moderator role, never in the old free-text column (see migration 0060).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportTo, freshEnvForEachTest, incoming } from './helpers';

const env = freshEnvForEachTest();

const db = () => env.backend.context.studies.require().db;
/** What the old text column holds, per session title. */
const textColumn = () =>
  Object.fromEntries(
    db()
      .prepare('SELECT title, moderator FROM sessions')
      .all()
      .map((r) => [(r as { title: string }).title, (r as { moderator: string | null }).moderator]),
  );
const rolesIn = async (sessionId: string) =>
  (await env.ok('participants:list', {}))
    .flatMap((p) => p.sessions.filter((s) => s.sessionId === sessionId).map((s) => [p.displayName, s.role]))
    .sort();

describe('the next intercept', () => {
  it('links the moderator person of the intercept it follows, writing no text', async () => {
    await env.createStudy('street');
    const first = await env.ok('sessions:create', { kind: 'intercept', title: 'Intercept 1', place: 'Oslo S', moderator: 'Dana' });
    const next = await env.ok('intercepts:next', { fromSessionId: first.id });
    expect(next.session.moderator).toBe('Dana');
    expect(await rolesIn(next.session.id)).toEqual([
      ['Dana', 'moderator'],
      ['Intercept 2', 'participant'],
    ]);
    expect(textColumn()[next.session.title]).toBeNull();
  });

  it('makes a moderator kept only as text by an older file into a person (one, reused)', async () => {
    await env.createStudy('street');
    const first = await env.ok('sessions:create', { kind: 'intercept', title: 'Intercept 1' });
    db().prepare('UPDATE sessions SET moderator = ? WHERE id = ?').run('Lena Berg', first.id);
    const second = await env.ok('intercepts:next', { fromSessionId: first.id });
    const third = await env.ok('intercepts:next', { fromSessionId: second.session.id });
    for (const s of [second.session, third.session]) {
      expect(s.moderator).toBe('Lena Berg');
      expect(await rolesIn(s.id)).toContainEqual(['Lena Berg', 'moderator']);
      expect(textColumn()[s.title]).toBeNull();
    }
    expect((await env.ok('participants:list', {})).filter((p) => p.displayName === 'Lena Berg')).toHaveLength(1);
  });
});

describe('a REFI-QDA import', () => {
  it('links the moderators its sessions name as people, once each, and writes no text', async () => {
    await env.createStudy('origin');
    await env.ok('sessions:create', { kind: 'interview', title: 'Linked', moderator: 'Dana' });
    const legacy = await env.ok('sessions:create', { kind: 'interview', title: 'Legacy' });
    db().prepare('UPDATE sessions SET moderator = ? WHERE id = ?').run('Lena Berg', legacy.id);
    const exported = await exportTo(env, 'refi:exportQdpx', join(env.dir, 'mods.qdpx'));
    const bytes = readFileSync(exported.path!).toString('base64');
    await env.ok('refi:importQdpx', { ...incoming(env, 'qdpx', 'mods.qdpx', bytes), into: 'new' });

    const sessions = await env.ok('sessions:list', {});
    expect(Object.fromEntries(sessions.map((s) => [s.title, s.moderator]))).toEqual({ Linked: 'Dana', Legacy: 'Lena Berg' });
    for (const s of sessions)
      expect((await rolesIn(s.id)).filter(([, role]) => role === 'moderator')).toEqual([[s.moderator, 'moderator']]);
    expect((await env.ok('participants:list', {})).map((p) => p.displayName).sort()).toEqual(['Dana', 'Lena Berg']);
    expect(textColumn()).toEqual({ Linked: null, Legacy: null });
  });
});
