/**
 * The page can reach every channel, so no channel may write or read a file at a path the page
 * chose (issue 10). Each channel that handles files gets a path it should not accept, and must
 * refuse it (a schema error or FORBIDDEN) without writing anything. This backend is the plain one,
 * without the test helpers' "the user chose it in a dialog" grant.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';
import { exportQdpx } from '../../main/services/refi/exportRefi';
import { CHANNELS, contract } from '../../shared/ipc/contract';
import type { ErrorCode } from '../../shared/result';

let dir: string;
let appDataDir: string;
let backend: Backend;
/** A file the page must never be able to reach: a "victim" outside the studies folder. */
let outside: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-paths-'));
  appDataDir = join(dir, 'appdata');
  outside = join(dir, 'elsewhere');
  mkdirSync(outside);
  backend = createBackend({ appDataDir, host: headlessHost('browser'), checkOutput: true, log: () => {} });
});
afterEach(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

async function refused(channel: string, input: unknown, codes: ErrorCode[] = ['INVALID_INPUT', 'FORBIDDEN']): Promise<string> {
  const r = await backend.dispatch(channel, input);
  expect(r.ok, `${channel} accepted ${JSON.stringify(input)}`).toBe(false);
  if (r.ok) return '';
  expect(codes, `${channel}: ${r.error.message}`).toContain(r.error.code);
  return r.error.message;
}

/** Every file under `folder` with its size and modification time, to show nothing was written. */
function snapshotOf(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => {
      const s = statSync(join(folder, f));
      return `${f} ${s.size} ${s.mtimeMs}`;
    });
}

/** A real study at a path outside the studies folder, closed again (made by the service, as the CLI would). */
function studyOutside(name: string): string {
  const path = join(outside, `${name}.verbatim`);
  const maker = createBackend({ appDataDir: join(dir, 'other-appdata'), host: headlessHost('cli'), trackRecent: false });
  maker.context.studies.create(path, name);
  maker.close();
  return path;
}

describe('no channel writes or reads a file at a path the page chose', () => {
  it('channels that export or import files take no path at all: a path is a schema error, and nothing is written', async () => {
    const study = (await backend.dispatch('study:create', { title: 'Inside' })) as { ok: true; value: { path: string } };
    expect(study.ok).toBe(true);
    const sessionId = (
      (await backend.dispatch('sessions:create', { kind: 'interview', title: 'S' })) as { ok: true; value: { id: string } }
    ).value.id;
    const snapshotId = ((await backend.dispatch('reports:generate', { definition: {} })) as { ok: true; value: { id: string } }).value.id;
    const qdpxFile = join(dir, 'picked.qdpx');
    writeFileSync(qdpxFile, (await exportQdpx(backend.context.studies.require(), '0')).bytes);
    const { fileId } = backend.context.incoming.registerPicked('qdpx', qdpxFile);
    const before = snapshotOf(dir);
    const target = (name: string) => join(outside, name);

    await refused('refi:exportQdpx', { path: target('x.qdpx') });
    await refused('refi:exportQdc', { path: target('x.qdc') });
    await refused('refi:importQdpx', { fileId, into: 'new', path: target('new.verbatim') });
    await refused('refi:importQdpx', { fileId, into: 'new', dataBase64: 'AAAA', fileName: target('x.qdpx') });
    await refused('refi:importQdc', { fileId, path: target('x.qdc') });
    await refused('reports:export', { snapshotId, format: 'html', path: target('r.html') });
    await refused('notes:export', { sessionId, format: 'md', path: target('n.md') });
    await refused('retrieve:export', { codeId: crypto.randomUUID(), format: 'csv', path: target('p.csv') });
    await refused('study:create', { title: 'Planted', path: target('planted.verbatim') });
    await refused('study:create', { title: 'Planted', path: join(appDataDir, 'settings.json') });

    expect(readdirSync(outside)).toEqual([]);
    // The open study's own files change only by its checkpoints, never by these calls: compare the rest.
    const unrelated = (list: string[]) => list.filter((l) => !l.includes('.verbatim'));
    expect(unrelated(snapshotOf(dir))).toEqual(unrelated(before));
  });

  it('study:open refuses a study the backend did not produce, and leaves it untouched', async () => {
    const victim = studyOutside('Victim');
    const bytes = readFileSync(victim);
    const message = await refused('study:open', { path: victim }, ['FORBIDDEN']);
    expect(message).toMatch(/opens only studies it knows/);
    // A path that walks out of the studies folder is the same file outside it.
    await refused('study:open', { path: join(appDataDir, 'Studies', '..', '..', 'elsewhere', 'Victim.verbatim') }, ['FORBIDDEN']);
    // Any other file the user can write is refused before it is opened, let alone turned into a study.
    writeFileSync(join(outside, 'notes.txt'), 'precious');
    await refused('study:open', { path: join(outside, 'notes.txt') }, ['FORBIDDEN']);
    expect(readFileSync(victim).equals(bytes)).toBe(true);
    expect(readdirSync(outside).sort()).toEqual(['Victim.verbatim', 'notes.txt']);
    expect(readFileSync(join(outside, 'notes.txt'), 'utf8')).toBe('precious');
    expect((await backend.dispatch('study:current', {})) as unknown).toEqual({ ok: true, value: null });
  });

  it('study:forgetRecent refuses a path that is not on the recent list, and the list stays as it was', async () => {
    await backend.dispatch('study:create', { title: 'Kept' });
    const recent = await backend.dispatch('study:recent', {});
    await refused('study:forgetRecent', { path: join(outside, 'never-opened.verbatim') }, ['FORBIDDEN']);
    expect(await backend.dispatch('study:recent', {})).toEqual(recent);
  });

  it('study:open accepts what the backend produced: the studies folder, the recent list, and paths the host granted', async () => {
    const inFolder = ((await backend.dispatch('study:create', { title: 'Filed' })) as { ok: true; value: { path: string } }).value.path;
    await backend.dispatch('study:close', {});
    expect(await backend.dispatch('study:available', {})).toMatchObject({
      ok: true,
      value: [{ path: inFolder, fileName: 'Filed.verbatim' }],
    });
    expect(await backend.dispatch('study:open', { path: inFolder })).toMatchObject({ ok: true, value: { path: inFolder } });

    const named = studyOutside('Named on the command line');
    await refused('study:open', { path: named }, ['FORBIDDEN']);
    backend.grantStudyPath(named);
    expect(await backend.dispatch('study:available', {})).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ path: named })]),
    });
    expect(await backend.dispatch('study:open', { path: named })).toMatchObject({ ok: true, value: { path: named } });

    // Once opened it is on the recent list, which a fresh backend (a restart) still honours.
    backend.close();
    backend = createBackend({ appDataDir, host: headlessHost('browser'), checkOutput: true, log: () => {} });
    expect(await backend.dispatch('study:open', { path: named })).toMatchObject({ ok: true });
    expect(await backend.dispatch('study:forgetRecent', { path: named })).toMatchObject({ ok: true });
  });

  it('the contract has no other path-like input: only study:open and study:forgetRecent take a path, both under the rule above', () => {
    const pathLike = /path|dir$|directory|folder|location|destination/i;
    const found: string[] = [];
    for (const channel of CHANNELS) {
      const input = contract[channel].input as z.ZodType;
      const shape = input instanceof z.ZodObject ? (input.shape as Record<string, unknown>) : {};
      for (const key of Object.keys(shape)) if (pathLike.test(key)) found.push(`${channel}.${key}`);
    }
    expect(found.sort()).toEqual(['study:forgetRecent.path', 'study:open.path']);
  });
});
