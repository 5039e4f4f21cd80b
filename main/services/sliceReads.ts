import type { Study } from './study';

/**
 * What a job that reads the study in slices needs (QDPX export, report generation): the backend
 * reads a slice, lets the event loop turn (a UI call or a live-notes autosave is answered), reads the
 * next. Slices only fit together if nothing was written in between.
 */

/** The study was written to while it was read in slices; those slices may not fit together. */
export class ChangedWhileReading extends Error {}

/** One turn of the event loop (pending calls are answered) before the next slice. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A check to call after each turn of the event loop: throws {@link ChangedWhileReading} once the study
 * was written to (or closed) since this was made.
 */
export function watchForWrites(study: Study): () => void {
  const stamp = study.repos.reports.changeStamp();
  return () => {
    if (!study.db.open || study.repos.reports.changeStamp() !== stamp) throw new ChangedWhileReading();
  };
}
