// `npm start`: checks that Electron is really installed, builds the main process, preload and
// renderer, makes sure better-sqlite3 exists for Electron's ABI, then runs the app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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

function run(label, command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) stop(`${label} failed (exit ${result.status ?? result.signal}).`);
}

const binary = electronBinary();
if (!binary) {
  stop(
    'the Electron binary is not installed and could not be downloaded (Electron fetches it on the first start, ' +
      'which needs internet). Run "npm run serve" to use Verbatim in your browser instead.',
  );
}

run('bundling the Electron main process', process.execPath, [join(ROOT, 'main', 'electron', 'bundle.mjs')]);
run('building the renderer (vite build)', process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);

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
