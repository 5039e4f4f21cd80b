import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Result } from '../../shared/result';
import { invoke, on } from '../api';
import { saySentence, type Sentence } from '../../shared/i18n/sentence';
import { useT } from '../i18n/useT';
import { ProgressPanel } from './ProgressPanel';
import { useToast } from './Toast';

/** Jobs that finish sooner never show a panel: a flash of a bar is noise. */
export const SHOW_AFTER_MS = 300;

interface RunningJob {
  id: string;
  title: string;
  /** The backend's last stage, said at render so it follows the UI's language; null before the first. */
  stage: Sentence | null;
  percent: number;
  visible: boolean;
  cancelling: boolean;
}

/**
 * Runs a long backend call as a job the user can follow and cancel: `run(title, start)` makes a job
 * id, passes it to `start` (which gives it to the channel as `jobId`), follows its `job:progress`
 * events and, after {@link SHOW_AFTER_MS}, shows a {@link ProgressPanel} with Cancel. `panel` is that
 * panel (or null) for the caller to render. One job at a time per hook: callers disable what starts
 * a job while `running`, and `run` refuses (CONFLICT, nothing started) while one is active, since a
 * second job would take the panel and leave the first impossible to cancel. A job the user cancelled
 * ends with the backend's "was cancelled, nothing was changed" as a confirmation.
 */
export function useJob(): {
  run: <T>(title: string, start: (jobId: string) => Promise<Result<T>>) => Promise<Result<T>>;
  panel: ReactNode;
  running: boolean;
} {
  const toast = useToast();
  const tr = useT();
  const { t } = tr;
  const [job, setJob] = useState<RunningJob | null>(null);
  const cancelled = useRef(new Set<string>());
  // A ref, not the state: two calls in the same tick must not both see "no job".
  const active = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async <T,>(title: string, start: (jobId: string) => Promise<Result<T>>): Promise<Result<T>> => {
      if (active.current) return { ok: false, error: { code: 'CONFLICT', message: t('ui.jobBusy') } };
      active.current = true;
      const id = crypto.randomUUID();
      const update = (change: Partial<RunningJob>) => {
        if (mounted.current) setJob((j) => (j && j.id === id ? { ...j, ...change } : j));
      };
      setJob({ id, title, stage: null, percent: 0, visible: false, cancelling: false });
      const stop = on('job:progress', (p) => {
        if (p.jobId === id) update({ stage: { id: p.stageId, values: p.values }, percent: p.percent });
      });
      const timer = window.setTimeout(() => update({ visible: true }), SHOW_AFTER_MS);
      try {
        const result = await start(id);
        if (!result.ok && result.error.code === 'CANCELLED' && cancelled.current.has(id)) toast.info(result.error.message);
        return result;
      } finally {
        window.clearTimeout(timer);
        stop();
        cancelled.current.delete(id);
        active.current = false;
        if (mounted.current) setJob((j) => (j?.id === id ? null : j));
      }
    },
    [toast, t],
  );

  const cancel = useCallback(() => {
    if (!job) return;
    setJob({ ...job, cancelling: true });
    cancelled.current.add(job.id);
    // The job's own call then fails with CANCELLED; that is where the caller learns of it.
    void invoke('jobs:cancel', { jobId: job.id });
  }, [job]);

  const panel = job?.visible ? (
    <ProgressPanel
      title={job.title}
      stage={job.stage ? saySentence(tr, job.stage) : t('ui.jobStarting')}
      percent={job.percent}
      cancelling={job.cancelling}
      onCancel={cancel}
    />
  ) : null;
  return { run, panel, running: job !== null };
}
