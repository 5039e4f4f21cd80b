// Runs a CommonJS bundle (out/cli/verbatim.cjs, out/server/serve.cjs) the way `require` would, but
// with V8's code cache: compiling a 2 MB bundle is a good part of every start, and V8 can keep
// what it compiled once in a file beside the bundle. A cache V8 rejects (another Node, other flags)
// is written again; one that cannot be written is only a slower start.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';

const CACHE_SUFFIX = '.v8cache';

/**
 * The cache file for this content of `file`. V8 checks a cache against the source's length only,
 * so the name carries a hash of the content: a rebuilt bundle never meets the cache of another.
 */
function cacheFileFor(file, source) {
  return `${file}.${createHash('sha256').update(source).digest('hex').slice(0, 16)}${CACHE_SUFFIX}`;
}

/** Removes the code caches of `dir` (the bundler calls this when it writes new bundles there). */
export function removeCodeCaches(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name.endsWith(CACHE_SUFFIX)) rmSync(join(dir, name), { force: true });
}

/** The cache's bytes, or undefined when there is none (or a build has just removed it). */
function readCache(cacheFile) {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** Runs the CommonJS bundle `file` as the main program, with V8's code cache when there is one. */
export function runBundle(file) {
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheFileFor(file, source);
  const cachedData = readCache(cacheFile);
  // The wrapper Node puts around every CommonJS module, so the bundle sees what `require` gives it.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {}, filename: file, id: file };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  if (cachedData === undefined || script.cachedDataRejected) {
    try {
      const temporary = join(dirname(file), `.${basename(cacheFile)}.${process.pid}.tmp`);
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // A folder the user may not write to (an installed copy): the next start compiles again.
      return;
    }
  }
}
