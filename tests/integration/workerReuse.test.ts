/**
 * Which workers are kept warm (main/jobs/workerPool.ts): one whose job ended well, never one whose
 * job failed, a refusal of a damaged file included.
 */
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../main/api/errors';
import { runJob } from '../../main/jobs/runJob';

afterEach(() => vi.restoreAllMocks());

const CODEBOOK = new TextEncoder().encode(
  '<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test"><Codes><Code guid="8a3c1f52-93b1-4e71-9b0e-5f1d2c3a4b5c" name="Price" isCodable="true"/></Codes></CodeBook>',
);

describe('the worker of a job', () => {
  it('is ended after the job refused its file, not kept for the next job', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    // A job that ends well leaves its worker idle; the refused job below takes that same worker.
    const plan = await runJob('qdc:plan', { bytes: CODEBOOK.slice() }, { limits: { memoryMb: 97 } });
    expect(plan.codes.length).toBe(1);
    const before = terminate.mock.calls.length;
    const refused = await runJob('qdc:plan', { bytes: new TextEncoder().encode('<not a codebook') }, { limits: { memoryMb: 97 } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('IMPORT_FAILED');
    expect(terminate.mock.calls.length).toBe(before + 1);
  });
});
