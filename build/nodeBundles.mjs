// The bundles the command line and browser mode run from (out/cli, out/server), as the app runs
// from out/electron: compiling the TypeScript sources at every start cost about 0.65 s.
//
// A bundle is built again whenever one of the files it was built from is newer than it, so what
// runs always matches the sources: after a fresh clone (with or without `npm install`'s scripts),
// after a `git pull`, and while a developer edits. The check stats each source file (about 300,
// a few milliseconds) and never loads esbuild unless something has to be built.
//
//   node build/nodeBundles.mjs [cli|server…]     build them now (npm's `prepare` does this)
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeCodeCaches } from './runBundle.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** better-sqlite3 loads a native .node file from node_modules, so it stays outside every bundle. */
const EXTERNAL = ['better-sqlite3'];

/** Each bundle: its folder under the repository, the file a launcher runs, and its entry points. */
export const NODE_BUNDLES = {
  cli: { outDir: 'out/cli', main: 'verbatim.cjs', entry: 'main/cli/run.ts' },
  server: { outDir: 'out/server', main: 'serve.cjs', entry: 'main/server/run.ts' },
};

/** What a bundle was built from, kept beside it: the sources to compare against and when. */
const STAMP = 'inputs.json';

/**
 * Files that change what gets built without being an input esbuild reports: these scripts, and
 * npm's own record of node_modules (rewritten by every install; the packages' files keep the
 * fixed dates npm gives them, so their own times say nothing).
 */
const ALWAYS_CHECKED = ['build/bundle.mjs', 'build/nodeBundles.mjs', 'package.json', 'node_modules/.package-lock.json'];

/**
 * Some file systems keep modification times to the second or two: a source saved just after the
 * build began could look older than the build. Sources changed this close to its start count as
 * newer, which costs at most one more build.
 */
const CLOCK_SLACK_MS = 2000;

function bundleOf(name) {
  const bundle = NODE_BUNDLES[name];
  if (!bundle) throw new Error(`no bundle named "${name}" (known: ${Object.keys(NODE_BUNDLES).join(', ')})`);
  return bundle;
}

/** The file a launcher runs for the bundle `name`. */
export function bundleFile(name) {
  const { outDir, main } = bundleOf(name);
  return join(ROOT, outDir, main);
}

/**
 * Why the bundle `name` must be built before it runs, or null when it is up to date. Without the
 * sources beside it (a copy of out/ alone) there is nothing to build from, and it runs as it is.
 */
export function staleReason(name) {
  const { outDir, entry } = bundleOf(name);
  if (!existsSync(join(ROOT, entry))) return null;
  const stampFile = join(ROOT, outDir, STAMP);
  if (!existsSync(bundleFile(name)) || !existsSync(stampFile)) return 'not built yet';
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return 'its record of inputs is unreadable';
  }
  if (!Number.isFinite(stamp?.builtAt) || !Array.isArray(stamp.inputs)) return 'its record of inputs is unreadable';
  for (const input of stamp.inputs) {
    const stat = statSync(join(ROOT, input), { throwIfNoEntry: false });
    // A source that is gone (renamed, deleted, another branch) means the bundle is of other sources.
    if (!stat) return `${input} is gone`;
    if (stat.mtimeMs > stamp.builtAt) return `${input} changed`;
  }
  return null;
}

/** Writes through a temporary file and a rename, so a process starting meanwhile never runs half a file. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** Builds the bundle `name` (its main file and the job worker beside it) and records its inputs. */
export async function buildNodeBundle(name) {
  const { outDir, main, entry } = bundleOf(name);
  const { build } = await import('esbuild');
  const { common, describeWarning, JOB_WORKER } = await import('./bundle.mjs');
  const startedAt = Date.now();
  const entries = [{ out: main, entryPoints: [entry], target: 'node20', external: EXTERNAL }, JOB_WORKER];
  // Silent: a failure is said once, in the caller's one line.
  const results = await Promise.all(
    entries.map(({ out, ...options }) =>
      build({ ...common, ...options, outfile: join(ROOT, outDir, out), write: false, metafile: true, logLevel: 'silent' }),
    ),
  );
  const warnings = results.flatMap((result) => result.warnings);
  if (warnings.length > 0) {
    throw new Error(`esbuild warned, and a warning here is a bug in the bundle:\n${warnings.map(describeWarning).join('\n')}`);
  }
  mkdirSync(join(ROOT, outDir), { recursive: true });
  // The caches of the bundles being replaced would never be read again.
  removeCodeCaches(join(ROOT, outDir));
  for (const file of results.flatMap((result) => result.outputFiles)) writeAtomically(file.path, file.contents);
  const sources = results
    .flatMap((result) => Object.keys(result.metafile.inputs))
    .filter((input) => !input.split(/[\\/]/).includes('node_modules'));
  const inputs = [...new Set([...sources, ...ALWAYS_CHECKED.filter((file) => existsSync(join(ROOT, file)))])].sort();
  // Written last: a build cut short leaves no stamp, or the previous one, and is built again.
  writeAtomically(join(ROOT, outDir, STAMP), JSON.stringify({ builtAt: startedAt - CLOCK_SLACK_MS, inputs }, null, 1));
}

/**
 * The bundle `name`, built first when it is missing or older than its sources. A failed build is
 * one plain line and exit code 1: running an older bundle than the sources would look like success.
 */
export async function freshBundle(name) {
  const reason = staleReason(name);
  if (reason !== null) {
    try {
      await buildNodeBundle(name);
    } catch (error) {
      // esbuild lists its errors on lines of their own; the reason fits on one.
      const detail =
        error?.code === 'ERR_MODULE_NOT_FOUND'
          ? 'esbuild is not installed (run npm install)'
          : String(error?.message ?? error).replace(/\s*\n\s*/g, ' ');
      console.error(`Verbatim: building ${relative(ROOT, bundleFile(name))} from the sources failed (${reason}): ${detail}`);
      process.exit(1);
    }
  }
  return bundleFile(name);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(NODE_BUNDLES);
  for (const name of names) {
    await buildNodeBundle(name).catch((error) => {
      console.error(`Verbatim: building the ${name} bundle failed: ${error?.message ?? error}`);
      process.exit(1);
    });
  }
}
