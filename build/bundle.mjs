// Bundles the Electron main process and the preload with esbuild (plain Node ESM: `npm run build`
// and launch.mjs run it before Vite has anything to do with it). nodeBundles.mjs builds the CLI's
// and browser mode's bundles with the same options and rules.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * main/appFiles.ts finds the app's files, and main/jobs/workerScript.ts the job worker's bundle, from
 * the folder of the running file, which in a CommonJS bundle is __dirname (out/electron, inside
 * app.asar too). Only those files are rewritten: anywhere else `import.meta` stays an esbuild
 * warning, and so fails the build, because a path relative to a source module no longer points
 * anywhere once the module is bundled.
 */
const appFilesDirname = {
  name: 'verbatim-app-files-dirname',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]main[\\/](appFiles|jobs[\\/]workerScript)\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.dirname', '__dirname'),
      loader: 'ts',
    }));
  },
};

export const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  sourcemap: true,
  // Warnings are collected and turned into a failure below; esbuild need not print them twice.
  logLevel: 'error',
  legalComments: 'none',
  plugins: [appFilesDirname],
};

/**
 * The job worker, built beside every bundle that runs jobs: main/jobs/workerScript.ts looks for it in
 * the folder of the bundle it runs from.
 */
export const JOB_WORKER = {
  out: 'jobWorker.cjs',
  entryPoints: ['main/jobs/worker.ts'],
  target: 'node20',
  // Jobs are pure: no database, no Electron. Anything that reached for them should fail the build.
  external: [],
};

/**
 * Every file the app runs from out/electron. To add one (a worker thread, say), add an entry:
 * `out` is its file name in outDir, the rest are esbuild options for it.
 */
export const ENTRIES = [
  {
    out: 'main.cjs',
    entryPoints: ['main/electron/main.ts'],
    target: 'node20',
    // electron is provided by the runtime; better-sqlite3 loads a native .node file, which must
    // stay in node_modules (unpacked from the asar) rather than be inlined.
    external: ['electron', 'better-sqlite3'],
  },
  {
    out: 'preload.cjs',
    entryPoints: ['main/electron/preload.ts'],
    target: ['node20', 'chrome130'],
    // It carries zod and the contract's schemas; minified, the sandboxed renderer parses less.
    minify: true,
    // A sandboxed preload may require only `electron` (and a few polyfilled modules), so
    // everything else, zod included, is inlined.
    external: ['electron'],
  },
  // Long jobs (main/jobs) run in worker threads from this file, found beside main.cjs.
  JOB_WORKER,
];

/** One esbuild warning as a line a person can act on. */
export function describeWarning(warning) {
  const where = warning.location ? `${warning.location.file}:${warning.location.line}:${warning.location.column}: ` : '';
  return `${where}${warning.text}`;
}

/**
 * Builds each entry into `<outDir>/<out>` (outDir relative to the repo root). Any esbuild warning
 * fails the build: each one so far meant code that runs from the sources but breaks in the bundle
 * (an empty `import.meta` left the PDF export without its fonts).
 */
export async function bundleElectron({ outDir = 'out/electron', entries = ENTRIES } = {}) {
  const results = await Promise.all(entries.map(({ out, ...options }) => build({ ...common, ...options, outfile: join(outDir, out) })));
  const warnings = results.flatMap((result) => result.warnings);
  if (warnings.length > 0) {
    throw new Error(`esbuild warned, and a warning here is a bug in the bundle:\n${warnings.map(describeWarning).join('\n')}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  bundleElectron().catch((error) => {
    console.error(`Verbatim: bundling the Electron main process failed: ${error?.message ?? error}`);
    process.exit(1);
  });
}
