import type { Channel, Out, Parsed } from '../../shared/ipc/contract';
import type { JobTracker } from '../jobs/tracker';
import type { IncomingFiles } from '../services/incoming';
import type { StudyManager } from '../app/studyManager';
import type { WindowClaims } from '../app/windowClaims';
import type { Host } from '../app/host';

/** What every handler may use: the host it runs in and the open study (if any). */
export interface BackendContext {
  readonly host: Host;
  readonly appDataDir: string;
  readonly version: string;
  readonly studies: StudyManager;
  /** Which window (browser tab) works on the open study. */
  readonly windows: WindowClaims;
  /** Long calls the UI follows and may cancel (see main/jobs). */
  readonly jobs: JobTracker;
  /** Files taken in (open dialog or upload), named by id (services/incoming.ts). */
  readonly incoming: IncomingFiles;
}

/** One handler: parsed input in, plain data out (or an AppError thrown). */
export type Handler<C extends Channel> = (input: Parsed<C>, ctx: BackendContext) => Out<C> | Promise<Out<C>>;

/** The mapped type makes a channel without a handler a compile error. */
export type Handlers = { [C in Channel]: Handler<C> };
