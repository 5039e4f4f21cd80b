import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerMessage } from '../../../main/jobs/protocol';
import { exportInputOf, snapshotOf } from '../../../main/services/refi/exportRefi';
import { makeEnv } from '../../integration/helpers';

/** bundle.mjs is plain ESM without type declarations; this is the part the test uses. */
type Entry = { out: string; entryPoints: string[] } & Record<string, unknown>;
type BundleModule = { ENTRIES: Entry[]; bundleElectron(options: { outDir: string; entries?: Entry[] }): Promise<void> };
const REPO = join(import.meta.dirname, '..', '..', '..');
const BUNDLE_SCRIPT = join(REPO, 'build', 'bundle.mjs');
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

  it('builds the job worker beside main.cjs, needing nothing outside Node', () => {
    const main = readFileSync(join(dir, 'main.cjs'), 'utf8');
    // workerScript.ts looks for jobWorker.cjs in the folder of the bundle it runs from.
    expect(main).toMatch(/join\)?\(__dirname, "jobWorker\.cjs"\)/);
    expect(requires(readFileSync(join(dir, 'jobWorker.cjs'), 'utf8')).filter((m) => !m.startsWith('node:'))).toEqual([]);
  });

  it('runs a QDPX export in the bundled worker, with progress, and hands back the archive', async () => {
    const env = makeEnv();
    try {
      await env.createStudy('bundled', true);
      const snapshot = exportInputOf(snapshotOf(env.backend.context.studies.require(), 'test'));
      const worker = new Worker(join(dir, 'jobWorker.cjs'), { execArgv: [] });
      worker.postMessage({ type: 'run', kind: 'qdpx:export', input: snapshot, streamed: false });
      const messages: WorkerMessage[] = [];
      await new Promise<void>((resolve, reject) => {
        worker.on('message', (m: WorkerMessage) => {
          messages.push(m);
          if (m.type !== 'progress') resolve();
        });
        worker.on('error', reject);
      });
      await worker.terminate();
      const last = messages.at(-1)!;
      expect(last.type, JSON.stringify(last).slice(0, 300)).toBe('result');
      const { bytes } = (last as { value: { bytes: Uint8Array } }).value;
      expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
      expect(messages.filter((m) => m.type === 'progress').length).toBeGreaterThan(1);
    } finally {
      env.cleanup();
    }
  });
  it('fails the build on any esbuild warning, naming the file', async () => {
    const bad = join(tmp, 'usesImportMeta.ts');
    // A path relative to a source module is wrong once bundled; only main/appFiles.ts may ask.
    writeFileSync(bad, 'export const here = import.meta.dirname;\n');
    const entry = { ...bundler.ENTRIES[0]!, out: 'bad.cjs', entryPoints: [bad] };
    await expect(bundler.bundleElectron({ outDir: join(tmp, 'bad'), entries: [entry] })).rejects.toThrow(
      /usesImportMeta\.ts:1:.*import\.meta/,
    );
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
