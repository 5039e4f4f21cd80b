// Bundles the Electron main process and the preload with esbuild (plain Node ESM: `npm run build`
// and launch.mjs run it before Vite has anything to do with it).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

// CommonJS has no import.meta: main/jobs/runJob.ts gets the bundle's own URL, to find jobWorker.cjs beside it.
const bundleUrl = {
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * Builds `<outDir>/main.cjs`, `<outDir>/jobWorker.cjs` and `<outDir>/preload.cjs` (outDir relative to
 * the repo root). main.cjs starts long jobs in jobWorker.cjs, found next to itself (main/jobs/runJob.ts).
 */
export async function bundleElectron({ outDir = 'out/electron' } = {}) {
  await Promise.all([
    build({
      ...common,
      entryPoints: ['main/electron/main.ts'],
      outfile: join(outDir, 'main.cjs'),
      target: 'node20',
      // electron is provided by the runtime; better-sqlite3 loads a native .node file, which must
      // stay in node_modules (unpacked from the asar) rather than be inlined.
      external: ['electron', 'better-sqlite3'],
      ...bundleUrl,
    }),
    build({
      ...common,
      entryPoints: ['main/jobs/worker.ts'],
      outfile: join(outDir, 'jobWorker.cjs'),
      target: 'node20',
      // Jobs are pure: no database, no Electron. Anything that reached for them should fail the build.
      external: [],
      ...bundleUrl,
    }),
    build({
      ...common,
      entryPoints: ['main/electron/preload.ts'],
      outfile: join(outDir, 'preload.cjs'),
      target: ['node20', 'chrome130'],
      // It carries zod and the contract's schemas; minified, the sandboxed renderer parses less.
      minify: true,
      // A sandboxed preload may require only `electron` (and a few polyfilled modules), so
      // everything else, zod included, is inlined.
      external: ['electron'],
    }),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  bundleElectron().catch((error) => {
    console.error(`Verbatim: bundling the Electron main process failed: ${error?.message ?? error}`);
    process.exit(1);
  });
}
