import { Worker } from 'node:worker_threads';
import type { BackendMessage } from './protocol';
import type { WorkerScript } from './workerScript';

/** How long a finished worker waits for the next job before it is ended. */
const IDLE_MS = 30_000;

/** How long a worker asked to end may stay busy (a job's own loop that never yields) before it is terminated. */
export const STUCK_MS = 10_000;

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
    endWorker(worker);
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
    endWorker(worker);
  }, IDLE_MS);
  timer.unref();
  idle = { worker, memoryMb, timer, forget };
}

/**
 * Ends a worker whose job is over, cancelled or stopped: asked to exit between tasks, terminated only
 * if it is still busy after `stuckMs`. Why not terminate() at once: terminating interrupts the
 * worker's JavaScript anywhere, and a zlib stream caught between its creation and its init then
 * fails an assertion as the thread is torn down, which aborts the whole process (Node 20: "close
 * before init" in node_zlib.cc). An export makes a stream per entry and piece, so a Cancel during
 * one crashed the app about once in a hundred. A job loop that never yields (a hostile file being
 * parsed) makes no streams, so the late terminate() stays safe.
 */
export function endWorker(worker: Worker, stuckMs = STUCK_MS): void {
  const stuck = setTimeout(() => void worker.terminate(), stuckMs);
  stuck.unref();
  // Whatever the ending thread still reports (an out-of-memory error) is over with its job.
  worker.on('error', () => {});
  worker.once('exit', () => clearTimeout(stuck));
  try {
    worker.postMessage({ type: 'exit' } satisfies BackendMessage);
  } catch {
    // Already gone.
    clearTimeout(stuck);
  }
}
