// `npm start`: checks that Electron is really installed, builds the main process, preload and
// renderer, makes sure better-sqlite3 exists for Electron's ABI, then runs the app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NativeBuildError, buildNative, nativeBuildIsCurrent, ROOT } from './buildNative.mjs';

const require = createRequire(join(ROOT, 'package.json'));

function stop(message) {
  console.error(`Verbatim: ${message}`);
  process.exit(1);
}

/** The Electron executable, or null when the binary is missing and cannot be downloaded (offline). */
function electronBinary() {
  try {
    // Since Electron 42, `npm install` no longer downloads the binary: electron's index.js does,
    // the first time it is required, and throws when that fails.
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * What `npm start` builds before Electron runs, as `npm run build` does: each step is Node running
 * a script with these arguments, from the repository root.
 */
export const BUILD_STEPS = [
  { label: 'bundling the Electron main process', args: [join(ROOT, 'build', 'bundle.mjs')] },
  {
    label: 'building the renderer (vite build)',
    args: [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'renderer', 'vite.config.ts'), '--logLevel', 'warn'],
  },
];

function run(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) stop(`${label} failed (exit ${result.status ?? result.signal}).`);
}

function main() {
  const binary = electronBinary();
  if (!binary) {
    stop(
      'the Electron binary is not installed and could not be downloaded (Electron fetches it on the first start, ' +
        'which needs internet). Run "npm run serve" to use Verbatim in your browser instead.',
    );
  }

  for (const step of BUILD_STEPS) run(step.label, step.args);

  if (!nativeBuildIsCurrent()) {
    try {
      buildNative();
    } catch (error) {
      stop(error instanceof NativeBuildError ? error.message : String(error?.stack ?? error));
    }
  }

  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
  child.on('error', (error) => stop(`could not start Electron: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
