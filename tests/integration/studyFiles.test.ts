import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations';
import type { ErrorCode } from '../../shared/result';
import { createStudyAt, makeEnv, readClosedStudy, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => {
  env.backend.close();
  env.cleanup();
});

/** Files in the test dir that belong to a study (the app data folder is not one). */
const studyFiles = () =>
  readdirSync(env.dir)
    .filter((f) => f !== 'appdata')
    .sort();

describe('creating and reopening a study', () => {
  it('keeps everything written after close and reopen', async () => {
    const created = await env.createStudy('keep');
    expect(created).toMatchObject({ title: 'Study keep', schemaVersion: LATEST_SCHEMA_VERSION, migratedFrom: null, backupPath: null });
    expect(created.counts).toEqual({ sessions: 0, participants: 0, documents: 0, codes: 0, codings: 0 });
    const session = await env.ok('sessions:create', { kind: 'interview', title: 'Interview 1', date: '2024-03-01' });
    const attr = await env.ok('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
    const person = await env.ok('participants:create', { displayName: 'Ana', notes: 'first' });
    await env.ok('participants:setValue', { participantId: person.id, attributeId: attr.id, value: 9 });
    await env.ok('participants:setSessionRole', { participantId: person.id, sessionId: session.id, role: 'participant' });
    await env.ok('study:rename', { title: 'Renamed' });
    expect(await env.ok('study:close', {})).toEqual({ done: true });
    expect(await env.ok('study:current', {})).toBeNull();

    const reopened = await env.ok('study:open', { path: created.path });
    expect(reopened.title).toBe('Renamed');
    expect(reopened.counts).toEqual({ sessions: 1, participants: 1, documents: 0, codes: 0, codings: 0 });
    expect(reopened.migratedFrom).toBeNull();
    const [p] = await env.ok('participants:list', {});
    expect(p).toMatchObject({
      id: person.id,
      displayName: 'Ana',
      notes: 'first',
      values: { [attr.id]: 9 },
      sessions: [{ sessionId: session.id, role: 'participant' }],
    });
    expect(await env.ok('sessions:list', {})).toEqual([
      expect.objectContaining({ id: session.id, title: 'Interview 1', participantCount: 1 }),
    ]);
  });

  it('opens the connection with the durability pragmas and identity of a study', async () => {
    const { path } = await env.createStudy('pragmas');
    const check = () => {
      const db = env.backend.context.studies.require().db;
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('locking_mode', { simple: true })).toBe('exclusive');
    };
    check();
    await env.ok('study:close', {});
    await env.ok('study:open', { path });
    check();
  });

  it('folds the WAL back on close so the study is one file', async () => {
    const { path } = await env.createStudy('single');
    await env.ok('sessions:create', { kind: 'focus_group', title: 'FG' });
    expect(existsSync(`${path}-wal`)).toBe(true); // sanity: the open study really uses a WAL
    await env.ok('study:close', {});
    expect(studyFiles()).toEqual(['single.verbatim']);
    expect(readClosedStudy(path, (db) => db.prepare('SELECT count(*) AS n FROM sessions').get())).toEqual({ n: 1 });

    await env.ok('study:open', { path });
    await env.ok('sessions:create', { kind: 'other', title: 'Two' });
    env.backend.close(); // the app quitting with a study open
    expect(studyFiles()).toEqual(['single.verbatim']);
  });

  it('reports study:changed when a study opens and closes', async () => {
    const { path } = await env.createStudy('events');
    await env.ok('study:close', {});
    expect(env.events).toEqual([
      { name: 'study:changed', payload: { path } },
      { name: 'study:changed', payload: { path: null } },
    ]);
  });

  it('warns in the summary when a study lives in a cloud-synced folder', async () => {
    mkdirSync(join(env.dir, 'Dropbox'));
    const synced = createStudyAt(env.backend, join(env.dir, 'Dropbox', 'synced.verbatim'), 'Synced');
    expect(synced.warnings).toEqual([expect.stringMatching(/synced by Dropbox/)]);
    await env.ok('study:close', {});
    expect((await env.ok('study:open', { path: synced.path })).warnings).toHaveLength(1);
    expect((await env.createStudy('local')).warnings).toEqual([]);
  });

  it('recovers committed changes from the WAL after a crash', async () => {
    const { path } = await env.createStudy('crash');
    await env.ok('sessions:create', { kind: 'intercept', title: 'Saved before the crash' });
    // Simulate a killed process: copy the file and its WAL as they are on disk right now.
    const copy = join(env.dir, 'crashed.verbatim');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    await env.ok('study:open', { path: copy });
    expect((await env.ok('sessions:list', {})).map((s) => s.title)).toEqual(['Saved before the crash']);
  });

  it('opening the open study again returns it; opening another closes the first cleanly', async () => {
    const a = await env.createStudy('a');
    expect((await env.ok('study:open', { path: a.path })).path).toBe(a.path);
    const b = await env.createStudy('b');
    expect(studyFiles()).toEqual(['a.verbatim', 'b.verbatim', 'b.verbatim-wal']);
    const other = env.newBackend();
    expect((await other.dispatch('study:open', { path: a.path })).ok).toBe(true);
    expect(((await env.call('study:current', {})) as { value: { path: string } }).value.path).toBe(b.path);
  });
});

describe('creating a study where it cannot be made (the desktop app: the path is the save dialog’s answer)', () => {
  beforeEach(() => {
    env.cleanup();
    env = makeEnv({ dialogs: true });
  });
  /** Creates through the channel with the save dialog answering `path`. */
  const createChosen = (path: string, code: ErrorCode) => {
    env.dialog.nextStudyPath = path;
    return env.fail('study:create', { title: 'X' }, code);
  };

  it('refuses to overwrite an existing file and leaves it byte-for-byte untouched', async () => {
    const existing = join(env.dir, 'taken.verbatim');
    writeFileSync(existing, 'precious notes, not a study\n');
    const before = readFileSync(existing);
    await createChosen(existing, 'ALREADY_EXISTS');
    // Without the extension the handler adds it, so this names the same file.
    await createChosen(join(env.dir, 'taken'), 'ALREADY_EXISTS');
    expect(readFileSync(existing).equals(before)).toBe(true);
    expect(studyFiles()).toEqual(['taken.verbatim']);
  });

  it('refuses to overwrite an existing study, which keeps its data', async () => {
    const { path } = await env.createStudy('mine');
    await env.ok('sessions:create', { kind: 'interview', title: 'Keep me' });
    await env.ok('study:close', {});
    const before = readFileSync(path);
    await createChosen(path, 'ALREADY_EXISTS');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  // BUG: better-sqlite3 throws a plain TypeError (no SQLite code) for a missing folder, which
  // translateOpenError passes through, so the user gets INTERNAL instead of an actionable IO_ERROR.
  it('creating in a folder that does not exist is an IO_ERROR and makes nothing', async () => {
    await createChosen(join(env.dir, 'no', 'such', 'folder', 'x.verbatim'), 'IO_ERROR');
    expect(existsSync(join(env.dir, 'no'))).toBe(false);
    expect(env.logs).toEqual([]);
  });

  it('a failed create leaves no file behind and keeps the open study', async () => {
    const open = await env.createStudy('open');
    writeFileSync(join(env.dir, 'plainfile'), 'x');
    await createChosen(join(env.dir, 'plainfile', 'x.verbatim'), 'IO_ERROR');
    expect(studyFiles()).toEqual(['open.verbatim', 'open.verbatim-wal', 'plainfile']);
    expect(await env.ok('study:current', {})).toMatchObject({ path: open.path });
    await env.ok('sessions:create', { kind: 'other', title: 'still writable' });
  });
});

describe('creating a study in browser mode (no dialogs)', () => {
  it('without a path files new studies in the studies folder under a safe, free name', async () => {
    const info = await env.ok('app:info', {});
    const first = await env.ok('study:create', { title: 'Q3: churn / "why"?' });
    expect(first.path).toBe(join(info.studiesDir, 'Q3 churn why.verbatim'));
    await env.ok('study:close', {});
    const second = await env.ok('study:create', { title: 'Q3: churn / "why"?' });
    expect(second.path).toBe(join(info.studiesDir, 'Q3 churn why (2).verbatim'));
    const escape = await env.ok('study:create', { title: '../../../etc/passwd' });
    expect(escape.path.startsWith(info.studiesDir + '/')).toBe(true);
    expect(escape.path).toBe(join(info.studiesDir, '.. .. .. etc passwd.verbatim'));
  });
});
