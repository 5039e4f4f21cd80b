import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** bundle.mjs is plain ESM without type declarations; this is the part the test uses. */
type Entry = { out: string; entryPoints: string[] } & Record<string, unknown>;
type BundleModule = { ENTRIES: Entry[]; bundleElectron(options: { outDir: string; entries?: Entry[] }): Promise<void> };
const REPO = join(import.meta.dirname, '..', '..', '..');
const BUNDLE_SCRIPT = join(REPO, 'main', 'electron', 'bundle.mjs');
const FIXTURES = join(REPO, 'tests', 'integration', 'bundle');

/**
 * Lays out an app folder the way electron-builder packs one (package.json, resources/, out/,
 * node_modules/), but away from the repository, with a fake `electron` in its node_modules.
 */
function layOutApp(app: string): void {
  cpSync(join(REPO, 'package.json'), join(app, 'package.json'));
  cpSync(join(REPO, 'resources'), join(app, 'resources'), { recursive: true });
  mkdirSync(join(app, 'node_modules', 'electron'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules', 'better-sqlite3'), join(app, 'node_modules', 'better-sqlite3'), 'dir');
  cpSync(join(FIXTURES, 'fakeElectron.cjs'), join(app, 'node_modules', 'electron', 'index.js'));
  writeFileSync(join(app, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', main: 'index.js' }));
}

/** The modules a CommonJS bundle still loads at run time. */
function requires(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

describe('bundle.mjs', () => {
  let tmp: string;
  let app: string;
  let dir: string;
  let bundler: BundleModule;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'verbatim-bundle-'));
    app = join(tmp, 'app');
    dir = join(app, 'out', 'electron');
    bundler = (await import(BUNDLE_SCRIPT)) as BundleModule;
    await bundler.bundleElectron({ outDir: dir });
    layOutApp(app);
  }, 60_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('leaves only electron for the sandboxed preload to require', () => {
    expect(requires(readFileSync(join(dir, 'preload.cjs'), 'utf8'))).toEqual(['electron']);
  });

  it('runs with nothing but electron available (no process, Buffer or Node modules), exposing invoke and on', async () => {
    let exposed: [string, Record<string, (...args: unknown[]) => Promise<unknown>>] | undefined;
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: never) => void (exposed = [key, api]) },
      ipcRenderer: { invoke: async (channel: string) => ({ ok: true, value: channel }), on: () => {}, removeListener: () => {} },
    };
    const module = { exports: {} };
    const require = (name: string): unknown => {
      if (name === 'electron') return electron;
      throw new Error(`the sandboxed preload cannot require ${name}`);
    };
    runInContext(readFileSync(join(dir, 'preload.cjs'), 'utf8'), createContext({ module, exports: module.exports, require }));
    expect(exposed?.[0]).toBe('api');
    expect(Object.keys(exposed?.[1] ?? {}).sort()).toEqual(['invoke', 'on']);
    await expect(exposed![1].invoke!('study:current', {})).resolves.toEqual({ ok: true, value: 'study:current' });
    await expect(exposed![1].invoke!('nope', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('keeps electron and better-sqlite3 external in main and inlines the rest', () => {
    const external = requires(readFileSync(join(dir, 'main.cjs'), 'utf8')).filter((m) => !m.startsWith('node:'));
    expect(external).toEqual(['better-sqlite3', 'electron']);
  });

  it('fails the build on any esbuild warning, naming the file', async () => {
    const bad = join(tmp, 'usesImportMeta.ts');
    // A path relative to a source module is wrong once bundled; only main/appFiles.ts may ask.
    writeFileSync(bad, 'export const here = import.meta.dirname;\n');
    const entry = { ...bundler.ENTRIES[0]!, out: 'bad.cjs', entryPoints: [bad] };
    await expect(bundler.bundleElectron({ outDir: join(tmp, 'bad'), entries: [entry] })).rejects.toThrow(/usesImportMeta\.ts:1:.*import\.meta/);
  });

  it('runs under plain Node away from the repository and exports the sample study as a PDF and a DOCX', () => {
    const elsewhere = mkdtempSync(join(tmp, 'cwd-'));
    const out = mkdtempSync(join(tmp, 'exports-'));
    // The working directory is an empty folder: the bundle must find its fonts from where it lies.
    const run = spawnSync(process.execPath, [join(FIXTURES, 'exportReport.mjs'), app, out], {
      cwd: elsewhere,
      env: { ...process.env, APP_DATA_DIR: join(tmp, 'data') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ title: expect.stringContaining('Fresh Basket') });
    const pdf = readFileSync(join(out, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Bundled report check');
    expect(text).toContain('Delivery');
    expect(readFileSync(join(out, 'report.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 60_000);
});
