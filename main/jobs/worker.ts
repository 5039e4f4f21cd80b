import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { isJobKind, jobKinds, takesParts } from './kinds';
import { PartQueue } from './partQueue';
import {
  transferablesOf,
  type BackendMessage,
  type JobFailure,
  type JobPart,
  type JobRequest,
  type ReportProgress,
  type WorkerMessage,
} from './protocol';

/**
 * The entry of a job worker thread: runs the jobs of {@link jobKinds} it is sent, one at a time,
 * posting progress while it works, then the result (its byte buffers moved, not copied) or the failure.
 */
function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}

function failureOf(error: unknown): JobFailure {
  if (error instanceof AppError) return error.toFailure();
  const e = error instanceof Error ? error : new Error(String(error));
  return { code: null, message: e.message, stack: e.stack };
}

/** The streamed input of the running job, while its parts arrive. */
let receiving: { input: Record<string, unknown>; done: () => void } | null = null;

/** The parts of the running job that takes them as they arrive ({@link takesParts}). */
let arriving: PartQueue<JobPart> | null = null;

function receiveParts(input: Record<string, unknown>): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    receiving = { input, done: () => resolve(input) };
  });
}

async function run(request: JobRequest): Promise<void> {
  const { kind } = request;
  if (!isJobKind(kind)) throw new Error(`unknown job kind: ${String(kind).slice(0, 40)}`);
  // Set before the first await: the job's parts may be the very next messages.
  const parts = request.streamed && takesParts(kind) ? (arriving = new PartQueue<JobPart>()) : undefined;
  const input = request.streamed && !parts ? await receiveParts({ ...(request.input as Record<string, unknown>) }) : request.input;
  let last = '';
  const progress: ReportProgress = (stage, percent, values) => {
    const p = Math.max(0, Math.min(100, Math.floor(percent)));
    // Only changes cross the thread: a job may report from a loop.
    const key = `${stage}\u0000${p}\u0000${values ? JSON.stringify(values) : ''}`;
    if (key === last) return;
    last = key;
    post({ type: 'progress', stage, percent: p, ...(values ? { values } : {}) });
  };
  const job = jobKinds[kind] as (input: unknown, progress: ReportProgress, parts?: AsyncIterable<JobPart>) => Promise<unknown>;
  const value = await job(input, progress, parts);
  post({ type: 'result', value }, transferablesOf(value));
}

parentPort!.on('message', (message: BackendMessage) => {
  // Between tasks, so no zlib stream is half made (see endWorker); in a worker this ends the thread only.
  if (message.type === 'exit') process.exit(0);
  else if (message.type === 'run') {
    run(message).catch((error: unknown) => post({ type: 'error', error: failureOf(error) }));
  } else if (message.type === 'part' && arriving) {
    arriving.push({ field: message.field, rows: message.rows });
  } else if (message.type === 'end' && arriving) {
    arriving.end();
    arriving = null;
  } else if (message.type === 'part' && receiving) {
    const list = (receiving.input[message.field] ??= []) as unknown[];
    for (const row of message.rows) list.push(row);
  } else if (message.type === 'end' && receiving) {
    const { done } = receiving;
    receiving = null;
    done();
  }
});
