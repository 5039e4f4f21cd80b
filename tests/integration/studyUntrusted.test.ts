import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../main/db/migrations';
import { freshEnvForEachTest } from './helpers';

// A study file can come from anyone (a client, a shared drive). SQL hidden in its schema must
// never run: Verbatim opens only files whose schema is exactly what its own migrations make.
const env = freshEnvForEachTest();

/** A closed sample study (sessions, transcripts, codings), changed by `tamper` with a plain connection. */
async function tamperedStudy(name: string, tamper: string): Promise<string> {
  const { path } = await env.createStudy(name, true);
  await env.ok('study:close', {});
  const db = new Database(path);
  db.exec(tamper);
  db.close();
  return path;
}

/** Opening must fail with STUDY_UNTRUSTED, leave the file byte for byte as it was, and make no backup. */
async function expectUntrusted(path: string): Promise<string> {
  const before = readFileSync(path);
  const r = await env.call('study:open', { path });
  if (r.ok) return expect.fail('the tampered study was opened');
  expect(r.error.code, r.error.message).toBe('STUDY_UNTRUSTED');
  expect(env.logs).toEqual([]);
  expect(readFileSync(path).equals(before)).toBe(true);
  expect(readdirSync(env.dir).filter((f) => f !== 'appdata')).toEqual([path.slice(env.dir.length + 1)]);
  return r.error.message;
}

describe('study files with database objects Verbatim did not make', () => {
  it('an unchanged study opens, with trusted_schema off on its connection', async () => {
    const path = await tamperedStudy('plain', 'SELECT 1');
    expect(await env.ok('study:open', { path })).toMatchObject({ migratedFrom: null });
    expect(env.query('PRAGMA trusted_schema')).toEqual([{ trusted_schema: 0 }]);
    expect((await env.ok('sessions:list', {})).length).toBeGreaterThan(0);
  });

  it('a study after ANALYZE (planner statistics) still opens', async () => {
    const path = await tamperedStudy('analyzed', 'ANALYZE');
    await env.ok('study:open', { path });
  });

  it('an added trigger is refused before it can fire', async () => {
    const path = await tamperedStudy('trigger', 'CREATE TRIGGER wipe AFTER INSERT ON codings BEGIN DELETE FROM documents; END;');
    const message = await expectUntrusted(path);
    expect(message).toContain('trigger.verbatim');
    expect(message).toContain('added trigger "wipe"');
  });

  it('an added view is refused', async () => {
    const path = await tamperedStudy('view', 'CREATE VIEW everything AS SELECT * FROM documents');
    expect(await expectUntrusted(path)).toContain('added view "everything"');
  });

  it('an added table is refused', async () => {
    const path = await tamperedStudy('table', 'CREATE TABLE stash (x TEXT)');
    expect(await expectUntrusted(path)).toContain('added table "stash"');
  });

  it('an added index is refused', async () => {
    const path = await tamperedStudy('index', 'CREATE INDEX sneaky ON codings (quote)');
    expect(await expectUntrusted(path)).toContain('added index "sneaky"');
  });

  it('a changed table (a column added) and a dropped index are refused', async () => {
    const path = await tamperedStudy('changed', 'ALTER TABLE memos ADD COLUMN payload TEXT; DROP INDEX codings_by_code;');
    const message = await expectUntrusted(path);
    expect(message).toContain('changed table "memos"');
    expect(message).toContain('removed index "codings_by_code"');
  });

  it('a replaced trigger of our own (same name, other body) is refused', async () => {
    const path = await tamperedStudy(
      'ourtrigger',
      'DROP TRIGGER report_snapshots_immutable; CREATE TRIGGER report_snapshots_immutable BEFORE UPDATE ON report_snapshots BEGIN SELECT 1; END;',
    );
    expect(await expectUntrusted(path)).toContain('changed trigger "report_snapshots_immutable"');
  });

  it('many additions are summed up; hostile names are cut short and kept on one printable line', async () => {
    const long = 'x'.repeat(500);
    const path = await tamperedStudy(
      'many',
      `CREATE TABLE "${long}" (a); CREATE TABLE "two\nlines\u001b[31m" (a); CREATE TABLE c (a); CREATE TABLE d (a); CREATE TABLE e (a);`,
    );
    const message = await expectUntrusted(path);
    expect(message).toContain('and 2 more');
    expect(message).not.toContain(long);
    expect(message).toContain('added table "two?lines?[31m"');
    expect(message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(message.length).toBeLessThan(800);
  });
});

describe('older study files', () => {
  /** A study as schema `version` wrote it, before any later migration. */
  function studyAtVersion(path: string, version: number, extra = ''): void {
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of MIGRATIONS) if (m.version <= version) db.exec(m.sql);
    db.pragma(`user_version = ${version}`);
    db.prepare('INSERT INTO study_info (id, title, created_at, created_with) VALUES (1, ?, ?, ?)').run(
      'Old',
      '2024-01-02T03:04:05.000Z',
      'verbatim 0.0.1',
    );
    if (extra) db.exec(extra);
    db.close();
  }

  it.each(MIGRATIONS.map((m) => m.version))('an unchanged study at schema %i opens and is upgraded', async (version) => {
    const path = join(env.dir, `v${version}.verbatim`);
    studyAtVersion(path, version);
    expect(await env.ok('study:open', { path })).toMatchObject({
      schemaVersion: LATEST_SCHEMA_VERSION,
      migratedFrom: version === LATEST_SCHEMA_VERSION ? null : version,
    });
  });

  it('an old study with an added trigger is refused before migrating: no backup, file unchanged', async () => {
    const path = join(env.dir, 'old.verbatim');
    studyAtVersion(path, MIGRATIONS[0]!.version, 'CREATE TRIGGER t AFTER INSERT ON sessions BEGIN DELETE FROM participants; END;');
    await expectUntrusted(path);
    expect(existsSync(join(env.appDataDir, 'Backups')) ? readdirSync(join(env.appDataDir, 'Backups')) : []).toEqual([]);
  });
});
