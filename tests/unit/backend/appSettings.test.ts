import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/api/backend';
import { headlessHost } from '../../../main/app/host';
import { AppSettings } from '../../../main/app/appSettings';

let dir: string;
let settings: AppSettings;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-'));
  settings = new AppSettings(join(dir, 'appdata'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Makes a file so `exists` is true for it. */
function touch(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  return path;
}
const settingsFile = () => join(dir, 'appdata', 'settings.json');

describe('AppSettings: the recent list', () => {
  it('starts empty without creating anything', () => {
    expect(settings.recent()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lists the most recently opened first', () => {
    const a = touch('a.verbatim');
    const b = touch('b.verbatim');
    settings.rememberOpened(a, 'A', '2025-01-01T00:00:00.000Z');
    settings.rememberOpened(b, 'B', '2025-01-02T00:00:00.000Z');
    expect(settings.recent()).toEqual([
      { path: b, title: 'B', openedAt: '2025-01-02T00:00:00.000Z', exists: true },
      { path: a, title: 'A', openedAt: '2025-01-01T00:00:00.000Z', exists: true },
    ]);
  });

  it('moves a reopened study to the top without duplicating it, with its new title', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((n) => touch(`${n}.verbatim`));
    settings.rememberOpened(a!, 'A', '1');
    settings.rememberOpened(b!, 'B', '2');
    settings.rememberOpened(c!, 'C', '3');
    settings.rememberOpened(a!, 'A renamed', '4');
    expect(settings.recent().map((r) => [r.title, r.openedAt])).toEqual([
      ['A renamed', '4'],
      ['C', '3'],
      ['B', '2'],
    ]);
  });

  it('keeps at most 12 entries, dropping the oldest', () => {
    for (let i = 1; i <= 15; i++) settings.rememberOpened(join(dir, `s${i}.verbatim`), `S${i}`, String(i));
    const titles = settings.recent().map((r) => r.title);
    expect(titles).toHaveLength(12);
    expect(titles[0]).toBe('S15');
    expect(titles.at(-1)).toBe('S4');
  });

  it('marks studies whose file is gone, and forget removes one entry', () => {
    const a = touch('a.verbatim');
    const b = touch('b.verbatim');
    settings.rememberOpened(a, 'A', '1');
    settings.rememberOpened(b, 'B', '2');
    rmSync(a);
    expect(settings.recent().map((r) => [r.title, r.exists])).toEqual([
      ['B', true],
      ['A', false],
    ]);
    settings.forget(a);
    settings.forget(join(dir, 'never-listed.verbatim'));
    expect(settings.recent().map((r) => r.title)).toEqual(['B']);
  });

  it('survives a new instance (it is a file) and leaves no temporary files', () => {
    settings.rememberOpened(touch('a.verbatim'), 'A', '1');
    expect(new AppSettings(join(dir, 'appdata')).recent().map((r) => r.title)).toEqual(['A']);
    expect(readdirSync(join(dir, 'appdata'))).toEqual(['settings.json']);
    expect(JSON.parse(readFileSync(settingsFile(), 'utf8'))).toEqual({
      recent: [{ path: join(dir, 'a.verbatim'), title: 'A', openedAt: '1' }],
      language: null,
    });
  });
});

describe('AppSettings: a damaged settings file', () => {
  it.each([
    ['truncated JSON', '{"recent": [{"path": "/x", "ti'],
    ['not JSON at all', '\u0000\u0001binary'],
    ['the wrong shape', '{"recent": "yes"}'],
    ['entries of the wrong shape', '{"recent": [{"path": 1}]}'],
    ['JSON null', 'null'],
    ['an empty file', ''],
  ])('%s is tolerated: an empty list, then a fresh file', (_, content) => {
    mkdirSync(join(dir, 'appdata'));
    writeFileSync(settingsFile(), content);
    expect(settings.recent()).toEqual([]);
    settings.rememberOpened(touch('a.verbatim'), 'A', '1');
    expect(settings.recent().map((r) => r.title)).toEqual(['A']);
  });

  it('keeps unknown extra fields from breaking the list', () => {
    mkdirSync(join(dir, 'appdata'));
    writeFileSync(
      settingsFile(),
      JSON.stringify({ theme: 'dark', recent: [{ path: '/gone.verbatim', title: 'Gone', openedAt: '1', pinned: true }] }),
    );
    expect(settings.recent()).toEqual([{ path: '/gone.verbatim', title: 'Gone', openedAt: '1', exists: false }]);
  });
});

describe('the recent list through the backend', () => {
  let backend: Backend;
  beforeEach(() => {
    backend = createBackend({ appDataDir: join(dir, 'appdata'), host: headlessHost('cli'), checkOutput: true, log: () => {} });
  });
  afterEach(() => backend.close());

  it('records created, opened and renamed studies; study:forgetRecent drops one', async () => {
    const a = join(dir, 'a.verbatim');
    const b = join(dir, 'b.verbatim');
    // Made where the test chose (a dialog's answer in the app), then reopened by path: it is on the recent list.
    backend.context.studies.create(a, 'A');
    backend.context.studies.create(b, 'B');
    expect(await backend.dispatch('study:open', { path: a })).toMatchObject({ ok: true });
    await backend.dispatch('study:rename', { title: 'A2' });
    const recent = await backend.dispatch('study:recent', {});
    expect(recent).toMatchObject({
      ok: true,
      value: [
        { path: a, title: 'A2', exists: true },
        { path: b, title: 'B', exists: true },
      ],
    });
    expect(await backend.dispatch('study:forgetRecent', { path: b })).toMatchObject({ ok: true, value: [{ path: a }] });
  });

  // BUG: StudyManager.adopt() calls settings.rememberOpened() after installing the new study; when
  // the settings file cannot be written (here: a folder in its place; in life: a full or read-only
  // disk) the open fails as INTERNAL and leaves a closed study installed. Losing the recent list
  // should not stop a study from opening (see the AppSettings class comment).
  it('opens studies even when the recent list cannot be saved', async () => {
    mkdirSync(settingsFile(), { recursive: true });
    writeFileSync(join(settingsFile(), 'blocker'), '');
    const r = await backend.dispatch('study:create', { title: 'A' });
    expect(r).toMatchObject({ ok: true, value: { title: 'A' } });
    expect(await backend.dispatch('sessions:list', {})).toEqual({ ok: true, value: [] });
  });
});
