import { AppError } from '../../shared/errors';
import type { JobInput, JobKind, JobOutput } from './kinds';
import type { BackendMessage, JobPart, JobProgress, WorkerMessage } from './protocol';
import { endWorker, releaseWorker, takeWorker } from './workerPool';
import { workerScript } from './workerScript';

/** How much a job may take before it is stopped. A hostile file ends as a refusal, not an app crash. */
export interface JobLimits {
  /** The worker's V8 heap (old generation), in MB. */
  memoryMb: number;
  /** Wall-clock time from start to answer, in milliseconds. */
  timeMs: number;
}

const TEN_MINUTES = 10 * 60_000;

/**
 * Each job kind's limits. Why not one large limit: in Electron, V8's pointer compression puts the
 * main thread and every worker thread of a process in one heap cage of 4 GB. A worker allowed 3 GB
 * could fill that cage and take the whole app down before its own limit tripped; kept well below,
 * a runaway job ends as a refusal and the app (and the open study) carry on.
 * Measured (old-generation limit at which the job still finished, tests/bench data, Node 20):
 * - qdpx:export of a 100,000-coding, 500-session study: fails at 96 MB, finishes at 128 MB.
 * - qdpx:plan of that study's .qdpx (18 MB): fails at 384 MB, finishes at 448 MB.
 * - transcript:read of a 58 MB VTT (406,931 turns; the size limit is 60 MB): fails at 256 MB, finishes at 512 MB.
 * Each limit leaves room past that (x4 for the export, x2 for the others). Together they stay far
 * below the cage, with the main thread's own heap beside them.
 */
export const JOB_LIMITS: Record<JobKind, JobLimits> = {
  'qdpx:export': { memoryMb: 512, timeMs: TEN_MINUTES },
  'qdpx:plan': { memoryMb: 1024, timeMs: TEN_MINUTES },
  // A codebook is codes only: megabytes even for thousands of codes.
  'qdc:plan': { memoryMb: 256, timeMs: TEN_MINUTES },
  'transcript:read': { memoryMb: 1024, timeMs: TEN_MINUTES },
  // Not measured at its limit: the rows of a 100,000-coding study (no texts) and their count ran
  // within the default heap; the same room as the plan, far below the cage.
  'report:aggregate': { memoryMb: 1024, timeMs: TEN_MINUTES },
  // Not measured at scale: a report's tables and charts, at most a few thousand quotes.
  'report:render': { memoryMb: 1024, timeMs: TEN_MINUTES },
};

export interface JobOptions {
  onProgress?: (progress: JobProgress) => void;
  /** Aborting stops the worker at once; the job rejects with CANCELLED. */
  signal?: AbortSignal;
  limits?: Partial<JobLimits>;
  /** Buffers of `input` to move to the worker instead of copying (they are unusable here afterwards). */
  transfer?: ArrayBuffer[];
  /** Which job this is, for its messages ("The export was cancelled …"); a generic "This job" when absent. */
  what?: JobSubject;
  /**
   * Large lists of the input, read a slice at a time while the worker is already running: each slice
   * is appended to `input[field]` in the worker. If the iterable throws, the job fails with that error.
   */
  parts?: AsyncIterable<JobPart>;
}

/**
 * The jobs that say what they are in their messages: keys of the `{job, select, …}` in the
 * `errors.job…` messages, so each language words (and declines) the job's name in its own sentence.
 */
export type JobSubject = 'export' | 'import' | 'codebookImport' | 'transcriptImport' | 'report' | 'reportExport';

/** A time limit as the message's `{amount}` in a `{unit}` it reads well in: 10 minutes, 30 seconds, 50 ms. */
function duration(ms: number): { amount: number; unit: 'minutes' | 'seconds' | 'milliseconds' } {
  if (ms >= 60_000) return { amount: Math.round(ms / 60_000), unit: 'minutes' };
  return ms >= 1000 ? { amount: Math.round(ms / 1000), unit: 'seconds' } : { amount: ms, unit: 'milliseconds' };
}

/**
 * Runs one job of {@link jobKinds} in a worker thread (see workerPool.ts), so the backend thread stays free to answer
 * the UI. Resolves with the job's output; rejects with an AppError when cancelled (CANCELLED), over
 * its memory or time limit (LIMIT_EXCEEDED) or refused by the job itself (its own code).
 */
export async function runJob<K extends JobKind>(kind: K, input: JobInput<K>, options: JobOptions = {}): Promise<JobOutput<K>> {
  const limits = { ...JOB_LIMITS[kind], ...options.limits };
  const job = options.what ?? 'job';
  const { signal } = options;
  const entry = await workerScript();
  if (signal?.aborted) throw new AppError('CANCELLED', 'errors.jobCancelled', { job });
  return new Promise<JobOutput<K>>((resolve, reject) => {
    const worker = takeWorker(entry, limits.memoryMb);
    let settled = false;
    /** Ends the job; its worker is kept for the next job only when the job ended well. */
    const finish = (outcome: () => void, reusable = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) releaseWorker(worker, limits.memoryMb);
      else endWorker(worker);
    };
    const stop = (error: AppError) => finish(() => reject(error));
    const onAbort = () => stop(new AppError('CANCELLED', 'errors.jobCancelled', { job }));
    const timer = setTimeout(
      () => stop(new AppError('LIMIT_EXCEEDED', 'errors.jobTooSlow', { job, ...duration(limits.timeMs) })),
      limits.timeMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    const onMessage = (message: WorkerMessage) => {
      if (settled) return;
      if (message.type === 'progress')
        options.onProgress?.({ stage: message.stage, percent: message.percent, ...(message.values ? { values: message.values } : {}) });
      else if (message.type === 'result') finish(() => resolve(message.value as JobOutput<K>), true);
      // A refusal (a damaged or hostile file) ends its worker too: whatever that file did to the
      // thread's heap is not carried into the next job (see workerPool.ts).
      else if (message.error.code !== null)
        finish(() =>
          reject(
            new AppError(message.error.code as AppError['code'], message.error.messageId ?? message.error.message, message.error.values),
          ),
        );
      else finish(() => reject(new Error(`job ${kind} failed: ${message.error.stack ?? message.error.message}`)));
    };
    const onError = (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        stop(new AppError('LIMIT_EXCEEDED', 'errors.jobOutOfMemory', { job, megabytes: limits.memoryMb }));
      else finish(() => reject(error));
    };
    const onExit = (code: number) =>
      finish(() => reject(new Error(`job ${kind}: the worker stopped (exit code ${code}) without an answer`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const request: BackendMessage = { type: 'run', kind, input, streamed: options.parts !== undefined };
    try {
      worker.postMessage(request, options.transfer ?? []);
    } catch (error) {
      // Input that cannot be cloned (a function, a class instance with private state) is a bug here.
      finish(() => reject(error));
      return;
    }
    if (options.parts) void pump(options.parts);
    async function pump(parts: AsyncIterable<JobPart>) {
      try {
        for await (const part of parts) {
          if (settled) return;
          worker.postMessage({ type: 'part', ...part } satisfies BackendMessage);
        }
        if (!settled) worker.postMessage({ type: 'end' } satisfies BackendMessage);
      } catch (error) {
        finish(() => reject(error));
      }
    }
  });
}
