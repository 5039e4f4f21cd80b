import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../api/errors';
import { isJobKind, jobKinds } from './kinds';
import { transferablesOf, type BackendMessage, type JobFailure, type JobRequest, type WorkerMessage } from './protocol';

/**
 * The entry of a job's worker thread: runs one job of {@link jobKinds} on the input it was started
 * with, posts progress while it works, then the result (its byte buffers moved, not copied) or the failure.
 */
function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}

function failureOf(error: unknown): JobFailure {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const e = error instanceof Error ? error : new Error(String(error));
  return { code: null, message: e.message, stack: e.stack };
}

/** The input with every streamed part appended, once the backend says `end`. */
function receiveParts(input: Record<string, unknown>): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (message: BackendMessage) => {
      if (message.type === 'end') {
        parentPort!.off('message', onMessage);
        resolve(input);
        return;
      }
      const list = (input[message.field] ??= []) as unknown[];
      for (const row of message.rows) list.push(row);
    };
    parentPort!.on('message', onMessage);
  });
}

async function main(): Promise<void> {
  const request = workerData as JobRequest;
  const { kind } = request;
  const input = request.streamed ? await receiveParts({ ...(request.input as Record<string, unknown>) }) : request.input;
  if (!isJobKind(kind)) throw new Error(`unknown job kind: ${String(kind).slice(0, 40)}`);
  let last = '';
  const progress = (stage: string, percent: number) => {
    const p = Math.max(0, Math.min(100, Math.floor(percent)));
    // Only changes cross the thread: a job may report from a loop.
    if (`${stage}\u0000${p}` === last) return;
    last = `${stage}\u0000${p}`;
    post({ type: 'progress', stage, percent: p });
  };
  const run = jobKinds[kind] as (input: unknown, progress: (stage: string, percent: number) => void) => Promise<unknown>;
  const value = await run(input, progress);
  post({ type: 'result', value }, transferablesOf(value));
}

main().catch((error: unknown) => post({ type: 'error', error: failureOf(error) }));
