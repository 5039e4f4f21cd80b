/**
 * Which workers are kept warm (main/jobs/workerPool.ts): one whose job ended well, never one whose
 * job failed, a refusal of a damaged file included. And how the others end: asked to exit between
 * tasks, terminated only when stuck.
 */
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { runJob } from '../../main/jobs/runJob';
import { endWorker } from '../../main/jobs/workerPool';

afterEach(() => vi.restoreAllMocks());

const CODEBOOK = new TextEncoder().encode(
  '<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test"><Codes><Code guid="8a3c1f52-93b1-4e71-9b0e-5f1d2c3a4b5c" name="Price" isCodable="true"/></Codes></CodeBook>',
);

describe('the worker of a job', () => {
  it('is ended after the job refused its file, not kept for the next job', async () => {
    const posted = vi.spyOn(Worker.prototype, 'postMessage');
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    // A job that ends well leaves its worker idle; the refused job below takes that same worker.
    const plan = await runJob('qdc:plan', { bytes: CODEBOOK.slice() }, { limits: { memoryMb: 97 } });
    expect(plan.codes.length).toBe(1);
    const worker = posted.mock.contexts.at(-1) as Worker;
    const ended = new Promise<number>((resolve) => worker.once('exit', resolve));
    const refused = await runJob('qdc:plan', { bytes: new TextEncoder().encode('<not a codebook') }, { limits: { memoryMb: 97 } }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('IMPORT_FAILED');
    expect(posted.mock.contexts.at(-1)).toBe(worker);
    // It ended by itself when asked (exit code 0), not by terminate() (code 1).
    expect(await ended).toBe(0);
    expect(terminate.mock.contexts).not.toContain(worker);
  });

  it('is terminated when it does not answer the request to end (a job loop that never yields)', async () => {
    const worker = new Worker(
      "require('node:worker_threads').parentPort.once('message', () => { for (;;); }); require('node:worker_threads').parentPort.postMessage('ready');",
      { eval: true },
    );
    await new Promise((resolve) => worker.once('message', resolve));
    worker.postMessage('spin');
    const started = Date.now();
    const ended = new Promise<number>((resolve) => worker.once('exit', resolve));
    endWorker(worker, 200);
    expect(await ended).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });
});
