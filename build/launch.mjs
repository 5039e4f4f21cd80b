// `npm start`: checks that Electron is really installed, builds the main process, preload and
// renderer, makes sure better-sqlite3 exists for Electron's ABI, then runs the app. Without the
// Electron binary (an offline install, a proxy that blocked its download) it says so in one line
// and runs browser mode instead, opening its address in the default browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NativeBuildError, buildNative, nativeBuildIsCurrent, ROOT } from './buildNative.mjs';

function stop(message) {
  console.error(`Verbatim: ${message}`);
  process.exit(1);
}

/** True when electron's package already holds its binary (electron's index.js would download it otherwise). */
function electronBinaryDownloaded() {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  return existsSync(pathFile) && existsSync(join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()));
}

/**
 * The Electron executable, or null when the binary is missing and cannot be downloaded (offline, or
 * a proxy in the way). Either way this says one line about it.
 */
function electronBinary() {
  // Since Electron 42, `npm install` no longer downloads the binary: electron's index.js does, the
  // first time it is required, and throws when that fails. It is required in a child process so a
  // failed download's own output (a stack trace) does not bury the line said about it here.
  const downloading = !electronBinaryDownloaded();
  if (downloading) process.stdout.write('Verbatim: downloading the Electron binary (the first start needs internet)… ');
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(`\\n${require("electron")}`)'], { cwd: ROOT, encoding: 'utf8' });
  const found = probe.status === 0 ? probe.stdout.split('\n').at(-1) : null;
  const binary = found && existsSync(found) ? found : null;
  if (binary) {
    if (downloading) console.log('done.');
  } else {
    const opening = 'so Verbatim opens in your browser instead.';
    console.log(downloading ? `it could not be downloaded, ${opening}` : `Verbatim: the Electron binary is missing, ${opening}`);
  }
  return binary;
}

/**
 * What `npm start` builds before Electron runs, as `npm run build` does: each step is Node running
 * a script with these arguments, from the repository root.
 */
const RENDERER_STEP = {
  label: 'building the renderer (vite build)',
  args: [
    join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--config',
    join(ROOT, 'renderer', 'vite.config.ts'),
    '--logLevel',
    'warn',
  ],
};
export const BUILD_STEPS = [{ label: 'bundling the Electron main process', args: [join(ROOT, 'build', 'bundle.mjs')] }, RENDERER_STEP];

/** The command that opens `url` in the default browser on `platform`. */
export function browserCommand(platform, url) {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is built into cmd; its first quoted argument is a window title, hence the empty one.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/** Opens `url` in the default browser; resolves to false when no browser could be started. */
export function openInBrowser(url, { platform = process.platform, env = process.env } = {}) {
  const { command, args } = browserCommand(platform, url);
  return new Promise((resolve) => {
    const opener = spawn(command, args, { env, stdio: 'ignore', windowsVerbatimArguments: platform === 'win32' });
    opener.once('error', () => resolve(false));
    opener.once('exit', (code) => resolve(code === 0));
  });
}

/** The address browser mode prints once it listens (main/server/run.ts), with this launch's token. */
const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/;

/** Runs `child` in the foreground: signals go to it, and its exit is this process's exit. */
function forward(child, what) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
  child.on('error', (error) => stop(`could not start ${what}: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Browser mode in place of the app: the renderer built, the server started, its address opened. */
function startBrowserMode() {
  run(RENDERER_STEP.label, RENDERER_STEP.args);
  // As `npm run serve` runs it, bundle checked against the sources and all.
  const server = spawn(process.execPath, [join(ROOT, 'build', 'serve.mjs'), ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  forward(server, 'browser mode');
  let printed = '';
  server.stdout.setEncoding('utf8').on('data', (chunk) => {
    process.stdout.write(chunk);
    if (printed === null) return;
    printed += chunk;
    const address = ADDRESS.exec(printed)?.[0];
    if (!address) return;
    printed = null;
    void openInBrowser(address).then((opened) => {
      if (!opened) console.log(`Verbatim: no browser could be opened; open this address in one: ${address}`);
    });
  });
}

function run(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) stop(`${label} failed (exit ${result.status ?? result.signal}).`);
}

function main() {
  const binary = electronBinary();
  if (!binary) {
    startBrowserMode();
    return;
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
  forward(spawn(binary, ['.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env }), 'Electron');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
