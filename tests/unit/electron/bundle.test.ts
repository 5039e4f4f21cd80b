import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerMessage } from '../../../main/jobs/protocol';
import { exportInputOf, snapshotOf } from '../../../main/services/refi/exportRefi';
import { makeEnv } from '../../integration/helpers';

/** bundle.mjs is plain ESM without type declarations; this is the part the test uses. */
type BundleModule = { bundleElectron(options: { outDir: string }): Promise<void> };
const BUNDLE_SCRIPT = join(import.meta.dirname, '..', '..', '..', 'main', 'electron', 'bundle.mjs');

/** The modules a CommonJS bundle still loads at run time. */
function requires(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

describe('bundle.mjs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-bundle-'));
    const { bundleElectron } = (await import(BUNDLE_SCRIPT)) as BundleModule;
    await bundleElectron({ outDir: dir });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    // runJob.ts looks for jobWorker.cjs next to the bundle it runs from.
    expect(main.startsWith("const __bundleUrl = require('node:url').pathToFileURL(__filename).href;")).toBe(true);
    expect(main).toContain('"./jobWorker.cjs"');
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
});
