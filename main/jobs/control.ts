import { AppError } from '../../shared/errors';
import type { ReportProgress } from './protocol';
import type { JobOptions, JobSubject } from './runJob';

/**
 * What a long service call gets from whoever started it: a signal to stop and a place to report
 * progress. Services check `signal` before they write, so a cancelled job changes nothing.
 */
export interface JobControl {
  signal?: AbortSignal;
  progress?: ReportProgress;
  /** Tells the follower the job now writes and can no longer be stopped: a cancel then answers false. */
  uncancellable?: () => void;
}

/** Job options that report a worker's 0–100 as `from`–`to` of the whole call. */
export function jobOptions(control: JobControl | undefined, from: number, to: number, what: JobSubject): JobOptions {
  return {
    signal: control?.signal,
    what,
    onProgress: ({ stage, percent, values }) => control?.progress?.(stage, from + ((to - from) * percent) / 100, values),
  };
}

/** Throws CANCELLED when the job was cancelled: call it last thing before a write. */
export function throwIfCancelled(control: JobControl | undefined, what: JobSubject): void {
  if (control?.signal?.aborted) throw new AppError('CANCELLED', 'errors.jobCancelled', { job: what });
}

/**
 * The last moment a job may stop: throws CANCELLED when it was cancelled, else marks it uncancellable,
 * so a cancel that comes while it writes is answered `cancelled: false` rather than ignored. Call it
 * right before a write that runs across turns of the event loop (renaming files into place).
 */
export function passPointOfNoReturn(control: JobControl | undefined, what: JobSubject): void {
  throwIfCancelled(control, what);
  control?.uncancellable?.();
}

/**
 * Throws CONFLICT when the study a job read was closed while the job ran (another study was opened):
 * its results must not go anywhere else.
 */
export function throwIfClosed(db: { readonly open: boolean }, what: JobSubject): void {
  if (!db.open) throw new AppError('CONFLICT', 'errors.studyClosedDuringJob', { job: what });
}
