import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliHarness } from './cliHarness';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations';

const harness = useCliHarness('verbatim-cli-');
const cli = harness.cli;
const dir = () => harness.dir();

describe('verbatim new / info', () => {
  it('creates a sample study and reports its counts as exactly one JSON object', async () => {
    const file = join(dir(), 'study.verbatim');
    expect((await cli('new', file, '--sample')).code).toBe(0);
    const info = await cli('info', file, '--json');
    expect(info.code).toBe(0);
    expect(info.err).toBe('');
    expect(info.out.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(info.out);
    expect(json).toMatchObject({
      schemaVersion: LATEST_SCHEMA_VERSION,
      sessions: 10,
      participants: 20,
      documents: 16,
      codes: 27,
      codings: 260,
    });
    expect(json.title).toMatch(/Fresh Basket/);
  });

  it('creates an empty study titled after the file, and prints a readable summary without --json', async () => {
    const file = join(dir(), 'Winter wave.verbatim');
    expect((await cli('new', file)).code).toBe(0);
    const info = await cli('info', file);
    expect(info.out).toMatch(/^Study\s+Winter wave$/m);
    expect(info.out).toMatch(/^Sessions\s+0$/m);
  });

  it('does not add CLI-opened studies to the app recent list', async () => {
    const file = join(dir(), 'a.verbatim');
    await cli('new', file);
    await cli('info', file, '--json');
    expect(() => readFileSync(join(dir(), 'data', 'settings.json'), 'utf8')).toThrow();
  });

  it.each([
    ['a missing file', () => join(dir(), 'missing.verbatim'), /No study at/],
    ['a text file', () => writeAndReturn('notes.verbatim', 'hello'), /not a Verbatim study/],
    ['an empty file', () => writeAndReturn('empty.verbatim', ''), /not a Verbatim study/],
    ['another SQLite database', () => sqliteFile('other.db', 0, 0), /not a Verbatim study/],
    ['a study from a newer version', () => sqliteFile('future.verbatim', 0x56524254, 9990), /newer version of Verbatim/],
    [
      'a study with a table Verbatim did not make',
      () => sqliteFile('foreign.verbatim', 0x56524254, 10),
      /changed outside Verbatim \(added table "t"/,
    ],
  ])('refuses %s with one line on stderr and exit code 1', async (_, make, message) => {
    const r = await cli('info', make(), '--json');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^verbatim: /);
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const file = writeAndReturn('keep.verbatim', 'precious');
    const r = await cli('new', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists/);
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });

  it.each([[[]], [['info']], [['info', 'a', 'b']], [['info', 'a', '--bogus']], [['frobnicate']]])(
    'usage errors exit 2: %j',
    async (argv) => {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
    },
  );

  it('runs as the installed bin (shebang, tsx) with the same behaviour', () => {
    const file = join(dir(), 'bin.verbatim');
    const env = { ...process.env, APP_DATA_DIR: join(dir(), 'data') };
    execFileSync('node', ['main/cli/verbatim.mjs', 'new', file], { env });
    const out = execFileSync('node', ['main/cli/verbatim.mjs', 'info', file, '--json'], { env, encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ sessions: 0, participants: 0 });
    const bad = spawnSync('node', ['main/cli/verbatim.mjs', 'info', join(dir(), 'nope.verbatim')], { env, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toMatch(/^verbatim: No study at .*nope\.verbatim\.$/);
  });
});

function writeAndReturn(name: string, content: string): string {
  const file = join(dir(), name);
  writeFileSync(file, content);
  return file;
}

function sqliteFile(name: string, applicationId: number, userVersion: number): string {
  const file = join(dir(), name);
  const db = new Database(file);
  db.exec('CREATE TABLE t (x)');
  db.pragma(`application_id = ${applicationId}`);
  db.pragma(`user_version = ${userVersion}`);
  db.close();
  return file;
}
