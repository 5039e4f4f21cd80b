import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../main/db/migrations';
import { freshEnvForEachTest, readClosedStudy } from './helpers';

const env = freshEnvForEachTest();

const FIRST = MIGRATIONS[0]!;
const SESSION_ID = '11111111-1111-4111-8111-111111111111';
const PERSON_ID = '22222222-2222-4222-8222-222222222222';

/** A study as the first released schema wrote it, with a little data. */
function makeFirstVersionStudy(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.exec(FIRST.sql);
  db.pragma(`user_version = ${FIRST.version}`);
  const at = '2024-01-02T03:04:05.000Z';
  db.prepare('INSERT INTO study_info (id, title, created_at, created_with) VALUES (1, ?, ?, ?)').run('Old study', at, 'verbatim 0.0.1');
  db.prepare(
    "INSERT INTO sessions (id, kind, title, date, created_at, updated_at) VALUES (?, 'interview', 'Made long ago', '2024-01-02', ?, ?)",
  ).run(SESSION_ID, at, at);
  db.prepare('INSERT INTO participants (id, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(PERSON_ID, 'Ana', at, at);
  db.prepare("INSERT INTO session_participants (session_id, participant_id, role) VALUES (?, ?, 'participant')").run(SESSION_ID, PERSON_ID);
  db.close();
}

describe('opening a study from an older version', () => {
  it.skipIf(MIGRATIONS.length < 2)('upgrades it after a backup, keeping every row', async () => {
    const path = join(env.dir, 'old.verbatim');
    makeFirstVersionStudy(path);

    const summary = await env.ok('study:open', { path });
    expect(summary).toMatchObject({
      title: 'Old study',
      schemaVersion: LATEST_SCHEMA_VERSION,
      migratedFrom: FIRST.version,
      counts: { sessions: 1, participants: 1 },
    });
    expect(summary.backupPath).not.toBeNull();
    expect(dirname(summary.backupPath!)).toBe(join(env.appDataDir, 'Backups'));
    expect(await env.ok('sessions:list', {})).toEqual([
      expect.objectContaining({ id: SESSION_ID, title: 'Made long ago', participantCount: 1 }),
    ]);
    // Writing works on the upgraded schema.
    await env.ok('participants:create', { displayName: 'Ben' });
    await env.ok('study:close', {});

    expect(readClosedStudy(path, (db) => db.pragma('user_version', { simple: true }))).toBe(LATEST_SCHEMA_VERSION);
    const backup = readClosedStudy(summary.backupPath!, (db) => ({
      version: db.pragma('user_version', { simple: true }),
      applicationId: db.pragma('application_id', { simple: true }),
      sessions: db.prepare('SELECT title FROM sessions').all(),
    }));
    expect(backup).toEqual({ version: FIRST.version, applicationId: APPLICATION_ID, sessions: [{ title: 'Made long ago' }] });

    // The second open has nothing to do: no new backup, no migratedFrom.
    expect(await env.ok('study:open', { path })).toMatchObject({ migratedFrom: null, backupPath: null, counts: { participants: 2 } });
  });

  it('a study at the latest version opens without a backup', async () => {
    const { path } = await env.createStudy('current');
    await env.ok('study:close', {});
    expect(await env.ok('study:open', { path })).toMatchObject({ migratedFrom: null, backupPath: null });
  });
});
