/**
 * The real browser-mode server as a child process, so a test can SIGKILL it the way a crash, a power
 * cut of the app or the OS killing it would. It runs as `npm run serve` runs it (build/serve.mjs, the
 * bundle out/server/serve.cjs in the same Node process, so the signal reaches the server itself) with
 * its own data folder, never the user's.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = resolve(ROOT, 'build/serve.mjs');

export interface KillableServer {
  /** The address with this launch's token, as `npm run serve` prints it. */
  url: string;
  origin: string;
  token: string;
  pid: number;
  /** Calls a channel exactly as renderer/api.ts browserBridge does; resolves to the Result. */
  invoke(channel: string, input?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  /** Like invoke, but throws on a failed Result and returns the value. */
  ok<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** Uploads a file as renderer/api.ts does (`PUT /api/upload`); returns the id an import channel takes. */
  upload(kind: string, name: string, bytes: Uint8Array): Promise<string>;
  /** SIGKILL; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (the graceful stop of Ctrl+C); resolves once the process is gone. */
  stop(): Promise<void>;
}

/** Starts the server on a free port with `dataDir` as its app data folder. */
export async function startKillableServer(dataDir: string, env: Record<string, string> = {}): Promise<KillableServer> {
  const child = spawn(process.execPath, [SERVER, '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, APP_DATA_DIR: dataDir, VERBATIM_USER: 'kill-test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done, failed) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => failed(new Error(`The server did not start in 20 s.\n${out}\n${err}`)), 20_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
      if (match) {
        clearTimeout(timer);
        done(match[0]);
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      failed(new Error(`The server exited (${code ?? signal}) before it printed its address.\n${out}\n${err}`));
    });
  });
  const origin = new URL(url).origin;
  const token = /token=([\w-]+)/.exec(url)![1]!;
  const gone = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
  const invoke: KillableServer['invoke'] = async (channel, input = {}) => {
    const response = await fetch(`${origin}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ channel, input }),
    });
    return (await response.json()) as Awaited<ReturnType<KillableServer['invoke']>>;
  };
  return {
    url,
    origin,
    token,
    pid: child.pid!,
    invoke,
    async ok<T>(channel: string, input: unknown = {}) {
      const result = await invoke(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error?.message ?? 'failed'}`);
      return result.value as T;
    },
    async upload(kind: string, name: string, bytes: Uint8Array) {
      const response = await fetch(`${origin}/api/upload?kind=${encodeURIComponent(kind)}&name=${encodeURIComponent(name)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${token}` },
        body: new Blob([new Uint8Array(bytes)]),
      });
      const result = (await response.json()) as { ok: boolean; value?: { fileId: string }; error?: { message: string } };
      if (!result.ok) throw new Error(`upload: ${result.error?.message ?? 'failed'}`);
      return result.value!.fileId;
    },
    kill: () => signal(child, 'SIGKILL', gone),
    stop: () => signal(child, 'SIGTERM', gone),
  };
}

function signal(child: ChildProcess, name: NodeJS.Signals, gone: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill(name);
  return gone;
}

/** What a killed study file holds: SQLite's own verdict and one note's stored text. */
export interface StoredNote {
  integrity: string;
  /** The note's words as the notes document stores them (turn offsets into plain_text), or null. */
  text: string | null;
}

/**
 * Opens the study file left behind with better-sqlite3 directly (as any other program would, which
 * also replays the WAL), runs `PRAGMA integrity_check` and reads the note back.
 */
export function readStoredNote(studyPath: string, noteId: string): StoredNote {
  const db = new Database(studyPath, { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const row = db
      .prepare<[string], { plain_text: string; start_offset: number; end_offset: number }>(
        'SELECT d.plain_text, t.start_offset, t.end_offset FROM turns t JOIN documents d ON d.id = t.document_id WHERE t.id = ?',
      )
      .get(noteId);
    // Offsets are UTF-16 code units (JavaScript string indices), so slice in JS, not with substr().
    return { integrity, text: row ? row.plain_text.slice(row.start_offset, row.end_offset) : null };
  } finally {
    db.close();
  }
}

/** Like {@link readStoredNote}, for every note of every session's notes document, in order. */
export function readStoredNotes(studyPath: string): { integrity: string; notes: { id: string; text: string }[] } {
  const db = new Database(studyPath, { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const rows = db
      .prepare<[], { id: string; plain_text: string; start_offset: number; end_offset: number }>(
        `SELECT t.id, d.plain_text, t.start_offset, t.end_offset FROM turns t JOIN documents d ON d.id = t.document_id
         WHERE d.kind = 'notes' ORDER BY d.created_at, t.position`,
      )
      .all();
    return { integrity, notes: rows.map((r) => ({ id: r.id, text: r.plain_text.slice(r.start_offset, r.end_offset) })) };
  } finally {
    db.close();
  }
}
