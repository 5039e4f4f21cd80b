// Builds better-sqlite3 for Electron's ABI into .native/electron/, leaving node_modules/better-sqlite3
// (built for Node: tests, CLI, browser mode) untouched. Needs the Electron headers, so it needs
// internet; without it, it says so in one line and exits non-zero.
//
//   node build/buildNative.mjs [--verbose]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_DIR = join(ROOT, '.native', 'electron');
export const NATIVE_FILE = join(NATIVE_DIR, 'better_sqlite3.node');
export const STAMP_FILE = join(NATIVE_DIR, 'STAMP');

const require = createRequire(join(ROOT, 'package.json'));

function packageVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** What STAMP must say for the current install; a different stamp means rebuild. */
export function expectedStamp() {
  return `electron@${packageVersion('electron')} better-sqlite3@${packageVersion('better-sqlite3')}`;
}

/** True when .native/electron holds a build for the installed Electron and better-sqlite3. */
export function nativeBuildIsCurrent() {
  if (!existsSync(NATIVE_FILE) || !existsSync(STAMP_FILE)) return false;
  return readFileSync(STAMP_FILE, 'utf8').trim() === expectedStamp();
}

/** node-gyp: the project's copy if there is one, else the one npm ships with. */
function findNodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const npmCli = process.env.npm_execpath;
    const candidates = [
      npmCli && join(dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
      join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    ].filter(Boolean);
    return candidates.find((c) => existsSync(c)) ?? null;
  }
}

/**
 * The ABI a compiled addon registers for (`node_register_module_v<abi>`), read from the binary.
 * This catches the false success where node-gyp quietly builds against Node's headers.
 */
function registeredAbi(file) {
  const match = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'));
  return match ? match[1] : null;
}

/** A build failure with a message meant for people (printed as one line). */
export class NativeBuildError extends Error {}

function fail(message) {
  throw new NativeBuildError(message);
}

/** Builds and installs the Electron binary of better-sqlite3; throws NativeBuildError on failure. */
export function buildNative({ verbose = false } = {}) {
  const electronVersion = packageVersion('electron');
  const electronAbi = readFileSync(join(ROOT, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  const nodeGyp = findNodeGyp();
  if (!nodeGyp) fail('node-gyp was not found (it ships with npm); cannot build better-sqlite3 for Electron.');

  const work = mkdtempSync(join(tmpdir(), 'verbatim-native-'));
  const source = join(work, 'better-sqlite3');
  const logFile = join(work, 'build.log');
  try {
    // binding.gyp + deps/ + src/ are all node-gyp needs; the old build/ would only confuse it.
    cpSync(join(ROOT, 'node_modules', 'better-sqlite3'), source, {
      recursive: true,
      filter: (path) => !path.startsWith(join(ROOT, 'node_modules', 'better-sqlite3', 'build')),
    });
    const env = { ...process.env };
    // npm's `nodedir` setting reaches children as npm_config_nodedir and makes node-gyp use
    // Node's headers instead of Electron's: a build that "succeeds" and then cannot load.
    for (const key of Object.keys(env)) {
      if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)) delete env[key];
    }
    const args = [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
      `--devdir=${join(homedir(), '.electron-gyp')}`,
      `--arch=${process.arch}`,
    ];
    console.log(`Verbatim: building better-sqlite3 for Electron ${electronVersion} (takes a minute or two)…`);
    const result = spawnSync(process.execPath, args, {
      cwd: source,
      env,
      encoding: 'utf8',
      stdio: verbose ? 'inherit' : 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (!verbose) writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
    const built = join(source, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !existsSync(built)) {
      const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network/i.test(`${result.stderr ?? ''}${result.stdout ?? ''}`);
      const keep = join(NATIVE_DIR, 'build.log');
      if (!verbose) {
        mkdirSync(NATIVE_DIR, { recursive: true });
        cpSync(logFile, keep);
      }
      fail(
        offline
          ? `could not build better-sqlite3 for Electron ${electronVersion}: the Electron headers could not be downloaded (no internet?). ${verbose ? '' : `Log: ${keep}`}`.trim()
          : `building better-sqlite3 for Electron ${electronVersion} failed (exit ${result.status ?? result.signal}). ${verbose ? '' : `Log: ${keep}`}`.trim(),
      );
    }
    const abi = registeredAbi(built);
    if (abi !== null && abi !== electronAbi) {
      fail(`the build registers for ABI ${abi}, but Electron ${electronVersion} needs ${electronAbi} (were Node's headers used?).`);
    }
    mkdirSync(NATIVE_DIR, { recursive: true });
    cpSync(built, NATIVE_FILE);
    writeFileSync(STAMP_FILE, `${expectedStamp()}\n`);
    console.log(`Verbatim: better-sqlite3 for Electron ${electronVersion} is in ${NATIVE_FILE}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    buildNative({ verbose: process.argv.includes('--verbose') });
  } catch (error) {
    console.error(`Verbatim: ${error instanceof NativeBuildError ? error.message : (error?.stack ?? error)}`);
    process.exit(1);
  }
}
