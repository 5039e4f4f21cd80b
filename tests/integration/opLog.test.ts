import { describe, expect, it } from 'vitest';
import { b64, freshEnvForEachTest, incoming, missingId, readClosedStudy } from './helpers';

const env = freshEnvForEachTest();

interface OpRow {
  seq: number;
  at: string;
  user_id: string | null;
  op: string;
  payload: string;
}
const readLog = (path: string) => readClosedStudy(path, (db) => db.prepare('SELECT * FROM op_log ORDER BY seq').all() as OpRow[]);

describe('the operation log', () => {
  it('records every write, in order, with its user, time and payload; reads record nothing', async () => {
    const { path } = await env.createStudy('log');
    const s = await env.ok('sessions:create', { kind: 'interview', title: 'S' });
    await env.ok('sessions:update', { id: s.id, title: 'S2' });
    const a = await env.ok('attributes:create', { name: 'Segment', type: 'category', options: ['A', 'B'] });
    await env.ok('attributes:update', { id: a.id, options: ['A', 'B', 'C'] });
    const p = await env.ok('participants:create', { displayName: 'Ana' });
    await env.ok('participants:update', { id: p.id, notes: 'n' });
    await env.ok('participants:setValue', { participantId: p.id, attributeId: a.id, value: 'A' });
    await env.ok('participants:setSessionRole', { participantId: p.id, sessionId: s.id, role: 'participant' });
    const csv = incoming(env, 'csv', 'p.csv', b64('Name\nBen\n'));
    await env.ok('participants:importPreview', csv);
    await env.ok('participants:importCommit', { ...csv, mapping: [{ kind: 'name' }] });
    await env.ok('study:rename', { title: 'Renamed' });
    await env.ok('participants:delete', { id: p.id });
    await env.ok('attributes:delete', { id: a.id });
    await env.ok('sessions:delete', { id: s.id });
    for (const read of ['sessions:list', 'participants:list', 'attributes:list', 'study:current', 'study:recent', 'app:info'] as const)
      await env.ok(read, {});
    await env.ok('study:close', {});

    const log = readLog(path);
    expect(log.map((r) => r.op)).toEqual([
      'study:create',
      'sessions:create',
      'sessions:update',
      'attributes:create',
      'attributes:update',
      'participants:create',
      'participants:update',
      'participants:setValue',
      'participants:setSessionRole',
      'participants:import',
      'study:rename',
      'participants:delete',
      'attributes:delete',
      'sessions:delete',
    ]);
    expect(log.map((r) => r.seq)).toEqual(log.map((_, i) => i + 1));
    const users = readClosedStudy(path, (db) => db.prepare('SELECT id FROM users').all() as { id: string }[]);
    expect(users).toHaveLength(1);
    for (const row of log) {
      expect(row.user_id).toBe(users[0]!.id);
      expect(row.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(() => JSON.parse(row.payload)).not.toThrow();
    }
    expect(JSON.parse(log.find((r) => r.op === 'sessions:delete')!.payload)).toEqual({ id: s.id });
    expect(JSON.parse(log.find((r) => r.op === 'participants:setValue')!.payload)).toEqual({
      participantId: p.id,
      attributeId: a.id,
      value: 'A',
    });
  });

  it('failed writes record nothing', async () => {
    const { path } = await env.createStudy('failures');
    const p = await env.ok('participants:create', { displayName: 'Ana' });
    const a = await env.ok('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
    await env.ok('participants:setValue', { participantId: p.id, attributeId: a.id, value: 3 });
    const before = env.query('SELECT count(*) AS n FROM op_log');
    await env.fail('participants:create', { displayName: 'ana' }, 'ALREADY_EXISTS');
    await env.fail('participants:setValue', { participantId: p.id, attributeId: a.id, value: 11 }, 'INVALID_INPUT');
    await env.fail('participants:delete', { id: missingId() }, 'NOT_FOUND');
    await env.fail('attributes:create', { name: 'nps', type: 'text' }, 'ALREADY_EXISTS');
    await env.fail('sessions:update', { id: missingId(), title: 'x' }, 'NOT_FOUND');
    await env.fail(
      'participants:importCommit',
      { ...incoming(env, 'csv', 'x.csv', b64('Name\n\n')), mapping: [{ kind: 'name' }] },
      'IMPORT_FAILED',
    );
    expect(env.query('SELECT count(*) AS n FROM op_log')).toEqual(before);
    await env.ok('study:close', {});
    expect(readLog(path).map((r) => r.op)).toEqual(['study:create', 'participants:create', 'attributes:create', 'participants:setValue']);
  });

  it('the study file keeps the log across reopen and appends to it', async () => {
    const { path } = await env.createStudy('append');
    await env.ok('study:close', {});
    await env.ok('study:open', { path });
    await env.ok('sessions:create', { kind: 'other', title: 'after reopen' });
    await env.ok('study:close', {});
    expect(readLog(path).map((r) => r.op)).toEqual(['study:create', 'sessions:create']);
  });
});
