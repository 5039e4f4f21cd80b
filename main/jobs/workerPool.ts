import { Worker } from 'node:worker_threads';
import type { WorkerScript } from './workerScript';

/** How long a finished worker waits for the next job before it is ended. */
const IDLE_MS = 30_000;

/**
 * One worker kept warm after a job that ended well. A fresh thread runs every parser cold (no JIT
 * yet): importing the same 10,000-coding file took twice as long in a new worker each time as in a
 * reused one. A job that fails, is cancelled or hits a limit ends its worker instead, so a hostile
 * file never leaves a thread behind. The idle worker is unref'd and ends by itself after IDLE_MS.
 */
let idle: { worker: Worker; memoryMb: number; timer: NodeJS.Timeout; forget: () => void } | null = null;

/** A worker with this heap limit: the idle one when it matches, else a new thread. */
export function takeWorker(entry: WorkerScript, memoryMb: number): Worker {
  if (idle && idle.memoryMb === memoryMb) {
    const { worker, timer, forget } = idle;
    idle = null;
    clearTimeout(timer);
    // Only our own listeners: Worker keeps internal ones that (un)ref its port.
    worker.off('error', forget).off('exit', forget);
    worker.ref();
    return worker;
  }
  return new Worker(entry.script, {
    eval: entry.eval,
    // Not the parent's flags (vitest's, tsx's): the worker needs none.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    stdout: false,
    stderr: false,
  });
}

/** Keeps a worker whose job ended well (its listeners already removed) for the next job, one at most; any other is ended. */
export function releaseWorker(worker: Worker, memoryMb: number): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  const forget = () => {
    if (idle?.worker === worker) idle = null;
  };
  // An idle thread that dies (it should not) is simply forgotten, never an unhandled 'error'.
  worker.on('error', forget);
  worker.on('exit', forget);
  worker.unref();
  const timer = setTimeout(() => {
    forget();
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, memoryMb, timer, forget };
}
