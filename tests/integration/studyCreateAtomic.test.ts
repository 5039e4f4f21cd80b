/**
 * A new study is built under a hidden name next to the chosen path and given that path only when
 * complete (main/app/studyManager.ts). These check the visible side of that: while it is being
 * filled nothing is at the path, a failed fill leaves nothing anywhere, and a file that appears at
 * the path meanwhile is never replaced. (The kill side is in importKill.test.ts.)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { freshEnvForEachTest, makeEnv } from './helpers';

const env = freshEnvForEachTest();

const studies = () => env.backend.context.studies;
const filesIn = (dir: string) => readdirSync(dir).sort();

describe('creating a study publishes it only when complete', () => {
  it('nothing is at the chosen path while the study is filled; afterwards it is a complete, open study', async () => {
    const path = join(env.dir, 'Filled.verbatim');
    let seenWhileFilling: string[] = [];
    const study = studies().create(path, 'Filled', false, (s) => {
      seenWhileFilling = filesIn(env.dir);
      s.repos.sessions.insert(
        crypto.randomUUID(),
        { kind: 'interview', title: 'Made while filling', date: null, place: null, moderator: null, notes: null },
        new Date().toISOString(),
        s.userId,
      );
    });
    expect(seenWhileFilling).not.toContain('Filled.verbatim');
    expect(seenWhileFilling.some((f) => f.startsWith('.Filled.verbatim.') && f.endsWith('.creating'))).toBe(true);
    expect(study.path).toBe(path);
    expect(studies().require()).toBe(study);
    expect(study.summary()).toMatchObject({ title: 'Filled', counts: { sessions: 1 } });
    expect(filesIn(env.dir).filter((f) => f.includes('.creating'))).toEqual([]);
  });

  it('a fill that fails leaves no file at the path and no hidden one, and the open study stays open', async () => {
    const open = await env.createStudy('open');
    const before = filesIn(env.dir);
    const path = join(env.dir, 'Failed.verbatim');
    expect(() =>
      studies().create(path, 'Failed', false, () => {
        throw new AppError('IMPORT_FAILED', 'The project could not be read. Nothing was imported.');
      }),
    ).toThrow('Nothing was imported');
    expect(filesIn(env.dir)).toEqual(before);
    expect(studies().require().path).toBe(open.path);
  });

  it('a file that appears at the path while the study is filled is never replaced', async () => {
    const path = join(env.dir, 'Raced.verbatim');
    expect(() => studies().create(path, 'Raced', false, () => writeFileSync(path, 'somebody else got here first'))).toThrow(
      /already exists/,
    );
    expect(readFileSync(path, 'utf8')).toBe('somebody else got here first');
    expect(filesIn(env.dir).filter((f) => f.includes('.creating'))).toEqual([]);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('an error opening the new file names the path the user chose, not the hidden one', async () => {
    // The path comes from the save dialog (the page names none).
    const withDialogs = makeEnv({ dialogs: true });
    try {
      const path = join(withDialogs.dir, 'no such folder', 'Study.verbatim');
      withDialogs.dialog.nextStudyPath = path;
      const failure = await withDialogs.fail('study:create', { title: 'Study' }, 'IO_ERROR');
      expect(failure.message).toContain(path);
      expect(failure.message).not.toContain('.creating');
    } finally {
      withDialogs.backend.close();
      withDialogs.cleanup();
    }
  });

  it('removes what a killed create of the same study left under its hidden name, and nothing else', async () => {
    const path = join(env.dir, 'Again.verbatim');
    for (const name of [
      '.Again.verbatim.0a1b2c3d.creating',
      '.Again.verbatim.0a1b2c3d.creating-wal',
      '.Other.verbatim.0a1b2c3d.creating',
      '.Again.verbatim.notes',
      'Again.verbatim.0a1b2c3d.creating',
    ])
      writeFileSync(join(env.dir, name), 'left behind');
    studies().create(path, 'Again');
    expect(filesIn(env.dir).filter((f) => f !== 'appdata' && !/^Again\.verbatim(-wal|-shm)?$/.test(f))).toEqual([
      '.Again.verbatim.notes',
      '.Other.verbatim.0a1b2c3d.creating',
      'Again.verbatim.0a1b2c3d.creating',
    ]);
  });

  it('is built without an on-disk journal or syncs (no one sees it yet) and published as an ordinary WAL study', async () => {
    const path = join(env.dir, 'Built.verbatim');
    let whileFilling: { journal: unknown; synchronous: unknown; files: string[] } | null = null;
    studies().create(path, 'Built', false, (s) => {
      s.repos.sessions.insert(
        crypto.randomUUID(),
        { kind: 'interview', title: 'One', date: null, place: null, moderator: null, notes: null },
        new Date().toISOString(),
        s.userId,
      );
      whileFilling = {
        journal: s.db.pragma('journal_mode', { simple: true }),
        synchronous: s.db.pragma('synchronous', { simple: true }),
        files: filesIn(env.dir),
      };
    });
    expect(whileFilling).toMatchObject({ journal: 'memory', synchronous: 0 });
    expect(whileFilling!.files.filter((f) => /-(wal|journal)$/.test(f))).toEqual([]);
    env.backend.context.studies.close();
    expect(filesIn(env.dir).filter((f) => f.startsWith('Built') || f.includes('.creating'))).toEqual(['Built.verbatim']);
    // Bytes 18 and 19 of the header are 2 in a WAL-mode database (1 for a rollback journal).
    const header = readFileSync(path).subarray(18, 20);
    expect([...header]).toEqual([2, 2]);
    const reopened = studies().open(path);
    expect(reopened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reopened.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(reopened.summary()).toMatchObject({ title: 'Built', counts: { sessions: 1 } });
  });

  it('does not read back page by page the file it has just built; opening a study later does', async () => {
    const checks = vi.spyOn(Database.prototype, 'pragma');
    const quickChecks = () => checks.mock.calls.filter(([sql]) => /quick_check/i.test(String(sql))).length;
    try {
      const path = join(env.dir, 'Checked.verbatim');
      studies().create(path, 'Checked');
      expect(quickChecks()).toBe(0);
      studies().close();
      studies().open(path);
      expect(quickChecks()).toBe(1);
    } finally {
      checks.mockRestore();
    }
  });
});
