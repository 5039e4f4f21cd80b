import type { MessageId } from '../../shared/i18n/catalogue';
import type { SentenceValues } from '../../shared/i18n/sentence';

/**
 * The messages between the backend thread and a job's worker. Everything here is plain data: it
 * crosses `postMessage` by structured clone (ArrayBuffers by transfer).
 */

/**
 * How far a job is: its stage as a catalogue message (with values), said by the progress panel in
 * the UI's language, and a percent from 0 to 100.
 */
export interface JobProgress {
  stage: MessageId;
  values?: SentenceValues;
  percent: number;
}

/** Reports progress from inside a job; cheap to call often (the runner forwards each call). */
export type ReportProgress = (stage: MessageId, percent: number, values?: SentenceValues) => void;

/** What the backend sends a worker to start a job: the job's kind and its input. */
export interface JobRequest {
  kind: string;
  input: unknown;
  /** The input's large lists follow as {@link JobPart} messages, then `end`, before the job starts. */
  streamed: boolean;
}

/**
 * A slice of a large list of the input (e.g. 2,000 codings), appended to `input[field]`. Reading and
 * sending in slices keeps each pause of the backend thread short, where one big read and one big
 * structured clone would freeze it for seconds.
 */
export interface JobPart {
  field: string;
  rows: unknown[];
}

/** What the backend sends a running worker; `exit` ends the thread between tasks (see workerPool.ts's endWorker). */
export type BackendMessage = ({ type: 'run' } & JobRequest) | ({ type: 'part' } & JobPart) | { type: 'end' } | { type: 'exit' };

/** A failure inside a worker, as data: an AppError's code and sentence, or an unexpected error's stack. */
export interface JobFailure {
  code: string | null;
  message: string;
  /** An AppError's catalogue message and values (see shared/errors.ts). */
  messageId?: string;
  values?: Record<string, string | number>;
  stack?: string;
}

/** What a worker sends back for a job: progress any number of times, then exactly one result or error. */
export type WorkerMessage =
  ({ type: 'progress' } & JobProgress) | { type: 'result'; value: unknown } | { type: 'error'; error: JobFailure };

/**
 * The ArrayBuffers inside `value` (a few levels deep) that can be moved rather than copied: only
 * buffers a Uint8Array fills completely, so a view into Node's shared Buffer pool is never detached.
 */
export function transferablesOf(value: unknown, depth = 3, found: ArrayBuffer[] = []): ArrayBuffer[] {
  if (value instanceof Uint8Array) {
    const buffer = value.buffer;
    if (buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === buffer.byteLength && !found.includes(buffer))
      found.push(buffer);
    return found;
  }
  if (depth === 0 || typeof value !== 'object' || value === null) return found;
  for (const item of Array.isArray(value) ? value : Object.values(value)) transferablesOf(item, depth - 1, found);
  return found;
}
