import type * as Esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What `new Worker` is given: a file, or (from sources) the bundled code itself. */
export interface WorkerScript {
  script: URL | string;
  eval: boolean;
}

/** A module name the Electron bundler must leave alone: the packaged app never bundles from sources. */
const ESBUILD = 'esbuild';

let bundled: string | null | undefined;
let fromSources: Promise<string> | null = null;

/**
 * The job worker's code. The Electron main process, the CLI and browser mode find jobWorker.cjs next
 * to their own bundle (build/bundle.mjs and build/nodeBundles.mjs build it beside each and turn
 * `import.meta.dirname` here into `__dirname`).
 * Running from TypeScript sources (vitest, tsx, the bench), there is no such file beside
 * this one, so the worker is bundled once per process, in memory, with esbuild (a dependency of tsx
 * and of the build): a worker then starts in tens of milliseconds, where registering tsx in each new
 * thread took over half a second.
 */
export async function workerScript(): Promise<WorkerScript> {
  if (bundled === undefined) {
    const beside = join(import.meta.dirname, 'jobWorker.cjs');
    bundled = existsSync(beside) ? beside : null;
  }
  if (bundled !== null) return { script: bundled, eval: false };
  fromSources ??= bundleFromSources().catch((error: unknown) => {
    fromSources = null;
    throw error;
  });
  return { script: await fromSources, eval: true };
}

/**
 * As in bundle.mjs, main/appFiles.ts and this file are the modules that may ask where they are;
 * code run by `eval` has no file of its own, so here their folders are written in as in the sources.
 */
const sourceDirname: Esbuild.Plugin = {
  name: 'verbatim-source-dirname',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]main[\\/](appFiles|jobs[\\/]workerScript)\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path))),
      loader: 'ts',
    }));
  },
};

async function bundleFromSources(): Promise<string> {
  // eslint-disable-next-line verbatim/layers -- named through a constant so the Electron bundler leaves esbuild out; a package no layer forbids
  const { build } = (await import(ESBUILD)) as typeof Esbuild;
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [sourceDirname],
  });
  // The same rule as the Electron build: a warning here is code that would break once bundled.
  if (result.warnings.length > 0) throw new Error(`bundling the job worker warned: ${result.warnings.map((w) => w.text).join('; ')}`);
  return result.outputFiles[0]!.text;
}
