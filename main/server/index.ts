import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../api/backend';
import { headlessHost, type Host } from '../app/host';
import { createUploadReceiver } from '../api/upload';
import { APP_VERSION } from '../version';
import { startBrowserServer, type BrowserServer } from './httpServer';

/** The native dialogs of a desktop host, answered by a test instead of a person. */
export type FakeDialogs = Pick<Host, 'pickStudyToOpen' | 'pickStudyToCreate' | 'pickFileToSave' | 'pickFileToOpen'>;

export interface BrowserModeOptions {
  appDataDir: string;
  staticDir: string;
  port?: number;
  token?: string;
  /**
   * Tests only: run the backend as the desktop app does, with these dialogs. Nothing the page or
   * the `npm run serve` command line sends can set it; only code that calls this function can.
   */
  desktopDialogs?: FakeDialogs;
}

/** Starts browser mode and returns the running server (used by `npm run serve` and by e2e tests). */
export async function serveBrowserMode(options: BrowserModeOptions) {
  mkdirSync(options.appDataDir, { recursive: true });
  let server: BrowserServer | null = null;
  const headless = headlessHost('browser', (name, payload) => server?.emit(name, payload));
  const backend = createBackend({
    appDataDir: options.appDataDir,
    host: options.desktopDialogs ? { ...headless, ...options.desktopDialogs, nativeDialogs: true } : headless,
    version: APP_VERSION,
  });
  server = await startBrowserServer({
    dispatch: backend.dispatch,
    receiveUpload: createUploadReceiver(backend.context),
    staticDir: options.staticDir,
    port: options.port,
    token: options.token,
  });
  const running = server;
  return {
    server: running,
    backend,
    close: async () => {
      await running.close();
      backend.close();
    },
  };
}

/** What `npm run serve -- [--port N] [--data-dir DIR] [study.verbatim…]` asks for. */
export interface ServeArgs {
  port: number;
  appDataDir: string | null;
  studies: string[];
}

/**
 * Reads serve's command line. npm runs scripts from the package's folder, not from where the user
 * typed the command; npm passes that folder as INIT_CWD, so relative paths are resolved against it.
 */
export function parseServeArgs(args: string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServeArgs {
  const { values, positionals } = parseArgs({
    args,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    allowPositionals: true,
  });
  const from = env.INIT_CWD ?? cwd;
  return {
    port: values.port ? Number(values.port) : 0,
    appDataDir: values['data-dir'] ? resolve(from, values['data-dir']) : null,
    studies: positionals.map((p) => resolve(from, p)),
  };
}
