/**
 * The `verbatim` command and `npm run serve` run from bundles (build/nodeBundles.mjs), built when
 * missing or older than the sources. These tests work on a copy of the project in a temporary folder
 * (its node_modules linked), so building, editing and breaking sources never touches the repository's.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..', '..');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
let tmp: string;
let project: string;

/** Runs a Node script from the copy, as a user would; the data folder is the test's. */
function node(args: string[], cwd = project) {
  return spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, APP_DATA_DIR: join(tmp, 'data') },
  });
}
const verbatim = (...args: string[]) => node([join(project, 'main', 'cli', 'verbatim.mjs'), ...args]);
const cliBundle = () => join(project, 'out', 'cli', 'verbatim.cjs');

/** The modules a CommonJS bundle still loads at run time, Node's own aside. */
function requires(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))]
    .filter((m) => !m.startsWith('node:'))
    .sort();
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'verbatim-node-bundles-'));
  project = join(tmp, 'project');
  mkdirSync(project);
  for (const part of ['package.json', 'tsconfig.json', 'build', 'main', 'shared', 'resources'])
    cpSync(join(REPO, part), join(project, part), { recursive: true });
  // The copy's files are dated a minute back, as a checkout's are: copied just now, they would fall inside
  // the 2 s in which sources count as newer than a build (nodeBundles.mjs, CLOCK_SLACK_MS), and whether a
  // second build happened would depend on how fast this machine ran the first.
  const aMinuteAgo = new Date(Date.now() - 60_000);
  for (const entry of readdirSync(project, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), aMinuteAgo, aMinuteAgo);
  }
  symlinkSync(join(REPO, 'node_modules'), join(project, 'node_modules'), 'dir');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the verbatim command runs from its bundle', () => {
  it('builds the bundle on the first run, with better-sqlite3 the only module left outside', () => {
    expect(existsSync(cliBundle())).toBe(false);
    const run = verbatim('--version');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${VERSION}\n`);
    expect(run.status).toBe(0);
    expect(requires(readFileSync(cliBundle(), 'utf8'))).toEqual(['better-sqlite3']);
    // The job worker sits beside it, where main/jobs/workerScript.ts looks, needing nothing outside Node.
    expect(readFileSync(cliBundle(), 'utf8')).toMatch(/join\)?\(__dirname, "jobWorker\.cjs"\)/);
    expect(requires(readFileSync(join(project, 'out', 'cli', 'jobWorker.cjs'), 'utf8'))).toEqual([]);
  }, 120_000);

  it('runs the same bundle again while no source has changed', () => {
    expect(verbatim('--version').status).toBe(0);
    const built = statSync(cliBundle()).mtimeMs;
    expect(verbatim('--version').stdout).toBe(`${VERSION}\n`);
    expect(statSync(cliBundle()).mtimeMs).toBe(built);
  }, 60_000);

  it('builds again before running when a source has changed, so it never runs older code than the sources', () => {
    const source = join(project, 'main', 'version.ts');
    writeFileSync(source, readFileSync(source, 'utf8').replace('= pkg.version;', '= `${pkg.version}-edited`;'));
    const run = verbatim('--version');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${VERSION}-edited\n`);
  }, 120_000);

  it('says in one line that a source does not build, and runs nothing', () => {
    const source = join(project, 'main', 'version.ts');
    const good = readFileSync(source, 'utf8');
    writeFileSync(source, `${good}\nexport const broken = ;\n`);
    try {
      const run = verbatim('--version');
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^Verbatim: building out\/cli\/verbatim\.cjs from the sources failed \(main\/version\.ts changed\): .*version\.ts/,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      writeFileSync(source, good);
    }
  }, 120_000);

  it('runs a job (a QDPX export in its worker) from the bundle alone, away from the sources and without esbuild', () => {
    expect(verbatim('--version').status).toBe(0);
    // An app folder with only what the bundle needs: no sources, no esbuild to bundle the worker with.
    const app = join(tmp, 'app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    cpSync(join(project, 'package.json'), join(app, 'package.json'));
    cpSync(join(project, 'resources'), join(app, 'resources'), { recursive: true });
    cpSync(join(project, 'out', 'cli'), join(app, 'out', 'cli'), { recursive: true });
    symlinkSync(join(REPO, 'node_modules', 'better-sqlite3'), join(app, 'node_modules', 'better-sqlite3'), 'dir');
    const elsewhere = mkdtempSync(join(tmp, 'cwd-'));
    const bundle = join(app, 'out', 'cli', 'verbatim.cjs');
    expect(node([bundle, 'new', 'study.verbatim', '--sample'], elsewhere).status).toBe(0);
    const exported = node([bundle, 'export-qdpx', 'study.verbatim', 'study.qdpx'], elsewhere);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(readFileSync(join(elsewhere, 'study.qdpx')).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 120_000);
});

describe('the code cache beside the bundle (build/runBundle.mjs)', () => {
  const caches = () => readdirSync(join(project, 'out', 'cli')).filter((name) => name.endsWith('.v8cache'));

  it('is written by a run, one for the bundle as it is, and a damaged one is only written again', () => {
    expect(verbatim('--version').status).toBe(0);
    expect(caches()).toHaveLength(1);
    const cache = join(project, 'out', 'cli', caches()[0]!);
    writeFileSync(cache, 'not a code cache');
    const run = verbatim('--version');
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith(VERSION)).toBe(true);
    expect(readFileSync(cache, 'utf8')).not.toBe('not a code cache');
  }, 120_000);

  it('is never used for another bundle of the same length: each is named after its content', () => {
    expect(verbatim('--version').status).toBe(0);
    const before = caches();
    const bundle = cliBundle();
    // The same length, another version inlined: V8, which checks a cache against the length only,
    // would run the code cached for the old text.
    const other = VERSION.replace(/.$/, (digit) => String((Number(digit) + 1) % 10));
    const text = readFileSync(bundle, 'utf8');
    expect(text).toContain(`version: "${VERSION}"`);
    writeFileSync(bundle, text.replace(`version: "${VERSION}"`, `version: "${other}"`));
    // (An earlier test edited main/version.ts to add a suffix; the version comes first.)
    expect(verbatim('--version').stdout.split('-')[0]!.trim()).toBe(other);
    expect(caches()).toHaveLength(before.length + 1);
  }, 120_000);
});
