/**
 * Shared set-up for integration tests: a fresh temp dir per test, a real backend on real SQLite
 * files, and small typed wrappers around dispatch that assert the outcome.
 */
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { IncomingKind } from '../../shared/domain/files';
import { afterEach, beforeEach, expect } from 'vitest';
import { createBackend, type Backend } from '../../main/api/backend';
import { headlessHost, type Host } from '../../main/app/host';
import type { Channel, In, Out } from '../../shared/ipc/contract';
import type { AppFailure, ErrorCode, Result } from '../../shared/result';

export interface TestEnv {
  /** What the fake dialogs answer (with `makeEnv({ dialogs: true })`). */
  dialog: { nextStudyPath: string | null };
  dir: string;
  appDataDir: string;
  backend: Backend;
  /** Messages the backend logged (unexpected errors end up here). */
  logs: string[];
  /** Push events the backend emitted, in order. */
  events: { name: string; payload: unknown }[];
  /** Raw dispatch. */
  call(channel: unknown, input?: unknown): Promise<Result<unknown>>;
  /** Dispatch that must succeed; returns the value. */
  ok<C extends Channel>(channel: C, input: In<C>): Promise<Out<C>>;
  /** Dispatch that must fail with `code`; returns the failure. */
  fail(channel: Channel, input: unknown, code: ErrorCode): Promise<AppFailure>;
  /** Creates and opens a study at dir/<name>.verbatim. */
  createStudy(name?: string, sample?: boolean): Promise<Out<'study:create'>>;
  /** Runs a read query on the open study's own connection. */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
  newBackend(appDataDir?: string): Backend;
  cleanup(): void;
}

export interface EnvOptions {
  /**
   * Run as the desktop app: the host has native dialogs, and the save dialog for a new study
   * answers what the test put in `env.dialog.nextStudyPath` (null: the user cancels).
   */
  dialogs?: boolean;
}

export function makeEnv(options: EnvOptions = {}): TestEnv {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-'));
  const appDataDir = join(dir, 'appdata');
  const logs: string[] = [];
  const events: { name: string; payload: unknown }[] = [];
  const extra: Backend[] = [];
  const dialog: TestEnv['dialog'] = { nextStudyPath: null };
  const headless = headlessHost('cli', (name, payload) => events.push({ name, payload }));
  const host: Host = options.dialogs ? { ...headless, nativeDialogs: true, pickStudyToCreate: async () => dialog.nextStudyPath } : headless;
  const newBackend = (data = appDataDir): Backend => {
    const b = asUserChoosing(
      createBackend({
        appDataDir: data,
        host,
        checkOutput: true,
        log: (m) => logs.push(m),
      }),
    );
    extra.push(b);
    return b;
  };
  const backend = newBackend();
  const call = (channel: unknown, input?: unknown) => backend.dispatch(channel, input);
  const env: TestEnv = {
    dialog,
    dir,
    appDataDir,
    backend,
    logs,
    events,
    call,
    async ok(channel, input) {
      const r = await call(channel, input);
      if (!r.ok) expect.fail(`${channel} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as never;
    },
    async fail(channel, input, code) {
      const r = await call(channel, input);
      if (r.ok) expect.fail(`${channel} succeeded but ${code} was expected`);
      expect(r.error.code, r.error.message).toBe(code);
      return r.error;
    },
    createStudy: async (name = 'study', sample = false) => createStudyAt(backend, join(dir, `${name}.verbatim`), `Study ${name}`, sample),
    query(sql, ...params) {
      const db = backend.context.studies.require().db;
      return db.prepare(sql).all(...params) as never;
    },
    newBackend,
    cleanup() {
      for (const b of extra) b.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return env;
}

/**
 * A fresh env for every test of the file: made before each test, its backends closed and its folder
 * removed after. The object returned always stands for the running test's env.
 */
export function freshEnvForEachTest(options: EnvOptions = {}): TestEnv {
  let current: TestEnv | null = null;
  beforeEach(() => {
    current = makeEnv(options);
  });
  afterEach(() => {
    current?.backend.close();
    current?.cleanup();
    current = null;
  });
  return new Proxy({} as TestEnv, {
    get(_target, prop) {
      if (!current) throw new Error('The test env exists only while a test runs.');
      return Reflect.get(current, prop);
    },
  });
}

/**
 * A backend whose `study:open` paths count as chosen by the user in the desktop app's open dialog:
 * the tests here are about what opening does, not about which paths the page may name (that rule
 * has its own tests in studyPaths.test.ts, on a backend without this).
 */
export function asUserChoosing(backend: Backend): Backend {
  const dispatch: Backend['dispatch'] = (channel, input) => {
    if (channel === 'study:open') {
      let path: unknown;
      try {
        path = (input as { path?: unknown } | undefined)?.path;
      } catch {
        // A hostile input is for dispatch to refuse, not for this helper.
      }
      if (typeof path === 'string' && path !== '' && !path.includes('\0')) backend.grantStudyPath(path);
    }
    return backend.dispatch(channel, input);
  };
  return { ...backend, dispatch };
}

/** Creates and opens a study at a path the test chose, through the service (the page names no path). */
export function createStudyAt(backend: Backend, path: string, title: string, sample = false): Out<'study:create'> {
  return backend.context.studies.create(path, title, sample).summary();
}

let incomingCount = 0;

/**
 * A file for an import channel, as the desktop app's open dialog gives it: the bytes (base64, as
 * tests build them) are written to a file named `name` in the test dir and registered with the
 * backend's incoming files; the channel gets only the id.
 */
export function incoming(env: Pick<TestEnv, 'dir' | 'backend'>, kind: IncomingKind, name: string, dataBase64: string): { fileId: string } {
  const folder = join(env.dir, `incoming-${++incomingCount}`);
  mkdirSync(folder);
  const path = join(folder, basename(name));
  writeFileSync(path, Buffer.from(dataBase64, 'base64'));
  return { fileId: env.backend.context.incoming.registerPicked(kind, path).fileId };
}

/**
 * Exports through a channel of the headless host (no dialogs: the bytes come back, nothing is
 * written) and writes the one file to `path` for the test to read; returns the delivery and the bytes.
 */
export async function exportTo(env: TestEnv, channel: 'refi:exportQdpx' | 'refi:exportQdc', path: string) {
  const delivery = await env.ok(channel, {});
  expect(delivery.saved).toEqual([]);
  const bytes = Buffer.from(delivery.files[0]!.dataBase64, 'base64');
  writeFileSync(path, bytes);
  return { ...delivery, path, bytes };
}

/**
 * Reads a closed study file without touching it: the bytes are loaded into an in-memory copy
 * (a read-only file connection would leave -wal/-shm companions behind). The copy's header is
 * switched from WAL to rollback mode because in-memory databases cannot use WAL.
 */
export function readClosedStudy<T>(path: string, read: (db: Database.Database) => T): T {
  const bytes = readFileSync(path);
  bytes[18] = 1;
  bytes[19] = 1;
  const db = new Database(bytes, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** A random UUID that names nothing in any study. */
export const missingId = () => crypto.randomUUID();

/** Base64 of a UTF-8 string or of raw bytes. */
export function b64(data: string | Uint8Array): string {
  return Buffer.from(data).toString('base64');
}

/** Every row of every user table of the open study, for "nothing changed" comparisons. */
export function dumpStudy(env: TestEnv): Record<string, unknown[]> {
  return dumpRows(env.query);
}

/**
 * Every row of every user table that `query` reads, each table ordered by all its columns, so rows
 * compare in the same order whatever the table's shape (the search index's own tables have one or two).
 */
export function dumpRows(query: <T>(sql: string) => T[]): Record<string, unknown[]> {
  const tables = query<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  const orderOf = (name: string) =>
    query<{ cid: number }>(`SELECT cid FROM pragma_table_info('${name.replace(/'/g, "''")}')`)
      .map((c) => c.cid + 1)
      .join(', ');
  return Object.fromEntries(tables.map(({ name }) => [name, query(`SELECT * FROM "${name}" ORDER BY ${orderOf(name)}`)]));
}
