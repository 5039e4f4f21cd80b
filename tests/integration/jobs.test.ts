/**
 * Long jobs (main/jobs) through the real backend: a large QDPX export or import runs in a worker, so
 * the backend thread keeps answering; a cancelled job leaves the study and the disk as they were; a
 * job over its memory or time limit ends in a plain-words refusal and the backend carries on.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../main/api/backend';
import { AppError } from '../../shared/errors';
import { headlessHost, type Host } from '../../main/app/host';
import { planFromPlain } from '../../main/io/refi/plan';
import { QDPX_ZIP_LIMITS } from '../../main/io/refi/readFile';
import { ZipArchive } from '../../main/formats/zip';
import { runJob } from '../../main/jobs/runJob';
import { exportInputOf, snapshotOf } from '../../main/services/refi/exportRefi';
import { bigStudy, syntheticQdpx } from '../bench/refi';
import { answersWhile } from '../bench/responsiveness';
import { b64, createStudyAt, dumpRows, dumpStudy, incoming, makeEnv, type TestEnv } from './helpers';

let env: TestEnv;
let big: Backend;
/** Where `big`'s save dialog answers: as in the desktop app, the backend writes the export there. */
let saveTo = '';
/** Runs as each event is emitted, inside the emitting code (a test's hook into a job's own progress). */
let onEvent: ((name: string, payload: unknown) => void) | null = null;

beforeAll(async () => {
  env = makeEnv();
  const emit = (name: string, payload: unknown) => {
    env.events.push({ name, payload });
    onEvent?.(name, payload);
  };
  const host: Host = { ...headlessHost('cli', emit), nativeDialogs: true, pickFileToSave: async () => saveTo };
  // 50 sessions with 200 codings each: 10,000 codings, an export of about a second here.
  big = await bigStudy(() => createBackend({ appDataDir: join(env.dir, 'big-appdata'), host, checkOutput: true }), env.dir, {
    sessions: 50,
  });
}, 60_000);
afterAll(() => {
  big.close();
  env.cleanup();
});

/** Exports `big`'s study as .qdpx to `target` (the save dialog's answer), as job `jobId` when given. */
function exportBig(target: string, jobId?: string) {
  saveTo = target;
  return big.dispatch('refi:exportQdpx', jobId === undefined ? {} : { jobId });
}

const progressOf = (jobId: string) =>
  env.events
    .filter((e) => e.name === 'job:progress' && (e.payload as { jobId: string }).jobId === jobId)
    .map((e) => e.payload as { stage: string; percent: number });

/** Waits until `jobId` has reported progress from its worker (past the backend's own first step). */
async function workerStarted(jobId: string): Promise<void> {
  const until = Date.now() + 15_000;
  while (!progressOf(jobId).some((p) => p.percent > 0)) {
    if (Date.now() > until) throw new Error(`job ${jobId} reported no progress`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('long jobs run off the backend thread', () => {
  it('the backend answers a cheap call promptly while a large QDPX export runs', async () => {
    const { max, probes, workMs, value } = await answersWhile(big, () => exportBig(join(env.dir, 'responsive.qdpx')));
    expect(value.ok).toBe(true);
    // Reading the study (one transaction) still happens on this thread; building and compressing do not.
    expect(probes).toBeGreaterThan(5);
    expect(max, `longest wait ${Math.round(max)} ms during a ${Math.round(workMs)} ms export`).toBeLessThan(workMs / 3);
  });

  it('reports progress in order, ending at 100', async () => {
    const jobId = crypto.randomUUID();
    const r = await exportBig(join(env.dir, 'progress.qdpx'), jobId);
    expect(r.ok).toBe(true);
    const seen = progressOf(jobId);
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.percent).toBeGreaterThanOrEqual(seen[i - 1]!.percent);
    expect(seen.at(-1)).toEqual({ jobId, stage: 'Done', stageId: 'imports.stageDone', percent: 100 });
    expect(seen.every((p) => p.stage.length > 0)).toBe(true);
  });
});

describe('reading the study in slices', () => {
  it('a write between slices does not mix two states: the archive holds one consistent study', async () => {
    const study = big.context.studies.require();
    const lastDoc = study.db.prepare('SELECT id FROM documents ORDER BY id DESC LIMIT 1').pluck().get() as string;
    const jobId = crypto.randomUUID();
    const target = join(env.dir, 'written-meanwhile.qdpx');
    // Right after the first slice of turns and codings is read (inside the read, between two slices, so
    // not at the mercy of timing), add a code and a coding of it to the document read last.
    let added: Promise<{ ok: boolean }> | null = null;
    onEvent = (name, payload) => {
      const p = payload as { jobId: string; stage: string; percent: number };
      if (added || name !== 'job:progress' || p.jobId !== jobId || p.stage !== 'Reading the study' || p.percent === 0) return;
      // The handler writes synchronously, before dispatch's first await.
      added = big.dispatch('codings:create', { documentId: lastDoc, start: 0, end: 5, newCode: { name: 'Added during the export' } });
    };
    const exporting = exportBig(target, jobId);
    try {
      expect((await exporting).ok).toBe(true);
    } finally {
      onEvent = null;
    }
    expect(added).not.toBeNull();
    const addedResult = await added!;
    expect(addedResult, JSON.stringify(addedResult)).toMatchObject({ ok: true });
    const qde = new TextDecoder().decode(ZipArchive.open(readFileSync(target), QDPX_ZIP_LIMITS).read('project.qde'));
    const codes = new Set([...qde.matchAll(/<Code guid="([^"]+)"/g)].map((m) => m[1]));
    const refs = [...qde.matchAll(/<CodeRef targetGUID="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.filter((r) => !codes.has(r))).toEqual([]);
    expect(qde).toContain('Added during the export');
  });
});

describe('transcripts', () => {
  it('a large transcript is read in a worker, with progress, and imported', async () => {
    const b = env.newBackend();
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const r = await b.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as T;
    };
    createStudyAt(b, join(env.dir, 'transcripts.verbatim'), 'Transcripts', true);
    const [session] = await call<{ id: string }[]>('sessions:list', {});
    const cue = (i: number) =>
      `${i + 1}\n00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 --> 00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.900\n<v Speaker ${(i % 3) + 1}>The delivery slot moved again and nobody called me about it, ${i}.\n`;
    const vtt = `WEBVTT\n\n${Array.from({ length: 20_000 }, (_, i) => cue(i)).join('\n')}`;
    expect(vtt.length).toBeGreaterThan(1024 * 1024);
    const jobId = crypto.randomUUID();
    const imported = await call<{ turns: number }>('transcripts:importCommit', {
      sessionId: session!.id,
      ...incoming({ dir: env.dir, backend: b }, 'transcript', 'long.vtt', b64(vtt)),
      jobId,
    });
    expect(imported.turns).toBeGreaterThan(1000);
    const seen = progressOf(jobId);
    expect(seen.some((p) => p.stage === 'Reading the transcript')).toBe(true);
    expect(seen.at(-1)?.percent).toBe(100);
  });
});

describe('cancel', () => {
  it('a cancelled export writes no file, not even a partial one, and changes nothing', async () => {
    const before = dumpStudyOf(big);
    const jobId = crypto.randomUUID();
    const target = join(env.dir, 'cancelled', 'export.qdpx');
    mkdirSync(join(env.dir, 'cancelled'));
    const exporting = exportBig(target, jobId);
    await workerStarted(jobId);
    const cancel = await big.dispatch('jobs:cancel', { jobId });
    expect(cancel).toEqual({ ok: true, value: { cancelled: true } });
    const r = await exporting;
    expect(r.ok ? 'ok' : r.error.code).toBe('CANCELLED');
    expect(r.ok ? '' : r.error.message).toMatch(/cancelled.*Nothing was changed/);
    expect(readdirSync(join(env.dir, 'cancelled'))).toEqual([]);
    expect(progressOf(jobId).some((p) => p.percent === 100)).toBe(false);
    expect(dumpStudyOf(big)).toEqual(before);
    // The job is gone: cancelling again finds nothing.
    expect(await big.dispatch('jobs:cancel', { jobId })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('a cancelled import into the open study leaves every row as it was', async () => {
    await env.createStudy('import-target', true);
    const before = dumpStudy(env);
    const backups = existsSync(join(env.appDataDir, 'backups')) ? readdirSync(join(env.appDataDir, 'backups')).length : 0;
    const jobId = crypto.randomUUID();
    const importing = env.call('refi:importQdpx', {
      ...incoming(env, 'qdpx', 'big.qdpx', b64(syntheticQdpx(40, 20_000))),
      into: 'open',
      jobId,
    });
    await workerStarted(jobId);
    expect(await env.call('jobs:cancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });
    const r = await importing;
    expect(r.ok ? 'ok' : r.error.code).toBe('CANCELLED');
    expect(dumpStudy(env)).toEqual(before);
    expect(existsSync(join(env.appDataDir, 'backups')) ? readdirSync(join(env.appDataDir, 'backups')).length : 0).toBe(backups);
    // The same import, not cancelled, does go in: the cancel, not the file, stopped it.
    const again = await env.ok('refi:importQdpx', { ...incoming(env, 'qdpx', 'big.qdpx', b64(syntheticQdpx(4, 200))), into: 'open' });
    expect(again.counts.codings).toBeGreaterThan(150);
  });
});

describe('limits', () => {
  it('a job over its memory limit ends in a plain-words refusal and the backend keeps working', async () => {
    // The worker reads the file from disk by position: only its path crosses the thread.
    const path = join(env.dir, 'limits.qdpx');
    writeFileSync(path, syntheticQdpx(40, 20_000));
    const error = await runJob('qdpx:plan', { path }, { limits: { memoryMb: 24 }, what: 'import' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('LIMIT_EXCEEDED');
    expect((error as AppError).message).toBe(
      'The import needed more than 24 MB of memory and was stopped. Nothing was changed. A file from elsewhere may be damaged or made to exhaust memory.',
    );
    expect((await big.dispatch('history:state', {})).ok).toBe(true);
    // Within the default limits the same file plans fine.
    const plan = await runJob('qdpx:plan', { path });
    expect(planFromPlain(plan).docs.length).toBe(40);
  });

  it('a job over its time limit is stopped with a clear message, and the next job runs', async () => {
    const snapshot = exportInputOf(snapshotOf(big.context.studies.require(), 'test'));
    const error = await runJob('qdpx:export', snapshot, { limits: { timeMs: 50 }, what: 'export' }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('LIMIT_EXCEEDED');
    expect((error as AppError).message).toBe('The export took longer than 50 ms and was stopped. Nothing was changed.');
    const done = await runJob('qdpx:export', snapshot);
    expect(done.bytes.length).toBeGreaterThan(1000);
  });
});

/** Every row of the study open in backend `b`. */
function dumpStudyOf(b: Backend): Record<string, unknown[]> {
  const db = b.context.studies.require().db;
  return dumpRows(<T>(sql: string) => db.prepare(sql).all() as T[]);
}
