import type * as Esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

/** What `new Worker` is given: a file, or (from sources) the bundled code itself. */
export interface WorkerScript {
  script: URL | string;
  eval: boolean;
}

/** A module name the Electron bundler must leave alone: the packaged app never bundles from sources. */
const ESBUILD = 'esbuild';

let fromSources: Promise<string> | null = null;

/**
 * The job worker's code. The packaged Electron main process finds jobWorker.cjs next to its own
 * bundle (main/electron/bundle.mjs builds both). Running from TypeScript sources (vitest, tsx, the
 * CLI, browser mode), the worker is bundled once per process, in memory, with esbuild (a dependency
 * of tsx and of the build): a worker then starts in tens of milliseconds, where registering tsx in
 * each new thread took over half a second.
 */
export async function workerScript(): Promise<WorkerScript> {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) return { script: new URL('./jobWorker.cjs', here), eval: false };
  fromSources ??= bundleFromSources().catch((error: unknown) => {
    fromSources = null;
    throw error;
  });
  return { script: await fromSources, eval: true };
}

async function bundleFromSources(): Promise<string> {
  const { build } = (await import(ESBUILD)) as typeof Esbuild;
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // As in bundle.mjs: the worker's modules may read import.meta.url, which CommonJS lacks.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  return result.outputFiles[0]!.text;
}
