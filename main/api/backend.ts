import { join } from 'node:path';
import { JobTracker } from '../jobs/tracker';
import { IncomingFiles } from '../services/incoming';
import { StudyManager } from '../app/studyManager';
import { WindowClaims } from '../app/windowClaims';
import { createDispatch, currentCallId, type Dispatch } from './dispatch';
import type { BackendContext } from './handler';
import { handlers } from './handlers';
import type { Host } from '../app/host';

export interface BackendOptions {
  /** Where settings, the recent list, backups and (in browser mode) new studies live. */
  appDataDir: string;
  host: Host;
  /** Path to a better-sqlite3 binary built for this runtime (Electron); Node's own build otherwise. */
  nativeBinding?: string;
  /** Check handler outputs against the contract as well (tests, development). */
  checkOutput?: boolean;
  version?: string;
  /** Add opened studies to the recent list (default true; the CLI turns it off). */
  trackRecent?: boolean;
  log?: (msg: string) => void;
}

/** The whole backend behind one function: every transport calls `dispatch`. */
export interface Backend {
  dispatch: Dispatch;
  context: BackendContext;
  /**
   * Lets the page open `path` by name from now on: for studies the host itself was given (the OS
   * open-file event, a command-line argument). See main/app/studyPaths.ts.
   */
  grantStudyPath(path: string): void;
  /** Closes the open study (folding the WAL back into the file). */
  close(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const studies = new StudyManager({
    appDataDir: options.appDataDir,
    nativeBinding: options.nativeBinding,
    version: options.version ?? '0.0.0',
    trackRecent: options.trackRecent,
    onChange: (path) => options.host.emit('study:changed', { path }),
    // The call id, when the page gave one, lets that page skip a change it has already applied.
    onData: (change) => {
      const callId = currentCallId();
      options.host.emit('data:changed', callId === undefined ? change : { ...change, callId });
    },
  });
  const context: BackendContext = {
    host: options.host,
    appDataDir: options.appDataDir,
    version: options.version ?? '0.0.0',
    studies,
    windows: new WindowClaims(),
    jobs: new JobTracker((payload) => options.host.emit('job:progress', payload)),
    incoming: new IncomingFiles(join(options.appDataDir, 'Incoming')),
  };
  const dispatch = createDispatch(handlers, context, { checkOutput: options.checkOutput, log: options.log });
  return {
    dispatch,
    context,
    grantStudyPath: (path) => studies.paths.grant(path),
    close: () => {
      context.incoming.clear();
      studies.close();
    },
  };
}
