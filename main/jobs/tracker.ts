import type { MessageId } from '../../shared/i18n/catalogue';
import { say, type SentenceValues } from '../../shared/i18n/sentence';
import { translatorFor } from '../../shared/i18n/translator';
import type { EventPayload } from '../../shared/ipc/events';
import { AppError } from '../../shared/errors';
import type { JobControl } from './control';
import type { ReportProgress } from './protocol';

/** A stage as the event carries it: the message and its values, and its English for logs and programs (as a failure does). */
function progressEvent(jobId: string, stageId: MessageId, percent: number, values?: SentenceValues): EventPayload<'job:progress'> {
  return { jobId, stage: say(translatorFor('en'), stageId, values), stageId, ...(values ? { values } : {}), percent };
}

/**
 * The jobs a client started with its own id, so it can follow them (`job:progress` events) and
 * cancel them (`jobs:cancel`). Calls without an id run the same, unseen and uncancellable.
 */
export class JobTracker {
  /** Running jobs by id; `cancellable` turns false once a job passed its point of no return. */
  private readonly running = new Map<string, { controller: AbortController; cancellable: boolean }>();

  constructor(private readonly emit: (payload: EventPayload<'job:progress'>) => void) {}

  /** Runs `work` under `jobId`; emits 100 when it succeeded. */
  async follow<T>(jobId: string | undefined, work: (control: JobControl) => Promise<T>): Promise<T> {
    if (jobId === undefined) return work({});
    if (this.running.has(jobId)) throw new AppError('CONFLICT', 'errors.jobIdTaken');
    const controller = new AbortController();
    const entry = { controller, cancellable: true };
    this.running.set(jobId, entry);
    let last = -1;
    const progress: ReportProgress = (stage, percent, values) => {
      // Percent only grows, so the bar never jumps back when a stage reports from its own start.
      const p = Math.max(last, Math.min(99, Math.floor(percent)));
      last = p;
      this.emit(progressEvent(jobId, stage, p, values));
    };
    try {
      const value = await work({ signal: controller.signal, progress, uncancellable: () => (entry.cancellable = false) });
      this.emit(progressEvent(jobId, 'imports.stageDone', 100));
      return value;
    } finally {
      this.running.delete(jobId);
    }
  }

  /**
   * Asks a running job to stop; false when no job has this id (it finished already, or never ran) or
   * the job is already writing its result, which it will finish.
   */
  cancel(jobId: string): boolean {
    const entry = this.running.get(jobId);
    if (!entry?.cancellable) return false;
    entry.controller.abort();
    return true;
  }
}
