/**
 * "Killing the process while typing loses at most the last second of text" (ARCHITECTURE.md §6),
 * tested for real: the browser-mode server runs as a child process, a moderator types into a live
 * note (a `notes:edit` autosave of the growing text every 100-300 ms, each waiting for the previous
 * one, as renderer/ui/autosave.ts sends them), and the server is SIGKILLed in the middle of that
 * stream, and also in the middle of one request. After every kill the file must pass
 * `integrity_check`, must hold at least the last text whose save was acknowledged (and nothing
 * torn: either that text or the one in flight), and must open again through the app's own path.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudyManager } from '../../main/app/studyManager';
import { readStoredNote, startKillableServer, type KillableServer } from './killableServer';

const PROSE =
  'She books the slot on Sunday night because by Tuesday everything is gone, and then plans the meals around whatever slot she got. ' +
  'Substitutions are the worst part: oat milk became full fat and the kids would not touch it. Ünïcödé and emoji 🛒 stay whole. ';

interface Note {
  id: string;
  text: string;
}

let dir: string;
let appData: string;
let studyPath: string;
let server: KillableServer;
let sessionId: string;
let noteId: string;
/** Everything the test "typed" so far, across kills (each restart resumes from what was stored). */
let typed = '';
const report: Record<string, unknown>[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-kill-'));
  appData = join(dir, 'appdata');
  server = await startKillableServer(appData);
  // Browser mode files it in the studies folder, from where study:open may reopen it by path.
  studyPath = (await server.ok<{ path: string }>('study:create', { title: 'Live kill' })).path;
  expect(studyPath).toBe(join(appData, 'Studies', 'Live kill.verbatim'));
  sessionId = (await server.ok<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interview 1' })).id;
  await server.ok('live:clock', { sessionId, action: 'start' });
  noteId = (await server.ok<Note>('notes:add', { sessionId, timeMs: 0, text: '' })).id;
}, 30_000);

afterAll(async () => {
  await server?.kill();
  for (const entry of report) console.log(`[liveKill] ${JSON.stringify(entry)}`);
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Copies the files a killed server left (study, -wal, -shm) so they can be checked before the app reopens them. */
function snapshot(name: string): string {
  const to = join(dir, 'snapshots', name);
  mkdirSync(to, { recursive: true });
  const target = join(to, 'study.verbatim');
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(studyPath + suffix)) copyFileSync(studyPath + suffix, target + suffix);
  return target;
}

/** Restarts the server on the same data folder, reopens the study with study:open and reads the note via live:get. */
async function reopenThroughTheApp(): Promise<string> {
  server = await startKillableServer(appData);
  await server.ok('study:open', { path: studyPath });
  const live = await server.ok<{ notes: Note[] }>('live:get', { sessionId });
  const note = live.notes.find((n) => n.id === noteId);
  expect(note, 'the note survived').toBeDefined();
  return note!.text;
}

describe('killing the backend while a moderator types a live note', () => {
  // `during`: the kill is timed on its own and lands wherever the stream is (mostly between saves,
  // which take ~2 ms); `request`: it is sent right after a save goes out, so that save is in flight.
  for (const [round, cadenceMs, typeForMs, killAt] of [
    [1, 100, 1_300, 'during'],
    [2, 200, 1_700, 'during'],
    [3, 300, 2_100, 'during'],
    [4, 150, 1_100, 'request'],
    [5, 100, 900, 'request'],
  ] as const) {
    it(`round ${round}: SIGKILL ${killAt === 'request' ? 'just after an autosave went out' : 'in a stream of autosaves'} every ${cadenceMs} ms keeps every acknowledged save`, async () => {
      let acked = typed;
      let ackedAt = Date.now();
      let inFlight: string | null = null;
      let saves = 0;
      let killed = false;
      let armed = false;
      const started = Date.now();
      let fire!: () => void;
      const fired = new Promise<void>((r) => (fire = r));
      const killing = fired.then(async () => {
        killed = true;
        const at = Date.now();
        await server.kill();
        return at;
      });
      void sleep(typeForMs).then(() => (killAt === 'during' ? fire() : (armed = true)));
      let cursor = typed.length;
      while (!killed) {
        // ~3 characters per 100 ms: a fast typist.
        typed += PROSE.slice(cursor % PROSE.length, (cursor % PROSE.length) + Math.round(cadenceMs / 33));
        cursor = typed.length;
        const text = typed;
        inFlight = text;
        try {
          const saving = server.invoke('notes:edit', { id: noteId, text });
          if (armed) setImmediate(fire);
          const result = await saving;
          if (result.ok) {
            acked = text;
            ackedAt = Date.now();
            saves += 1;
          }
          inFlight = null;
        } catch {
          break; // the connection died with the server: this save was in flight
        }
        await sleep(cadenceMs);
      }
      fire(); // if the loop ended on its own (a dead connection), still kill and check
      const killedAt = await killing;

      const copy = snapshot(`round-${round}`);
      const stored = readStoredNote(copy, noteId);
      expect(stored.integrity).toBe('ok');
      expect(stored.text).not.toBeNull();
      // At least the acknowledged text, and never a torn write: the acked text or the one in flight.
      expect([acked, inFlight]).toContain(stored.text);
      expect(stored.text!.startsWith(acked)).toBe(true);

      const reopened = await reopenThroughTheApp();
      expect(reopened).toBe(stored.text);
      report.push({
        round,
        kind: 'stream',
        cadenceMs,
        saves,
        typedChars: typed.length,
        ackedChars: acked.length,
        storedChars: stored.text!.length,
        inFlightAtKill: inFlight !== null,
        stored: stored.text === acked ? 'last acknowledged text' : 'the text in flight (written, ack lost)',
        killAt,
        lastAckBeforeKillMs: killedAt - ackedAt,
        typingMs: killedAt - started,
      });
      typed = stored.text!;
    }, 30_000);
  }

  it('SIGKILL in the middle of single large saves leaves the old text or the new one, never a torn file', async () => {
    // A 150,000-character note makes one request last long enough to be killed inside it.
    const base = typed;
    const big = (i: number) => (base + PROSE.repeat(1_200)).slice(0, 150_000 - i * 10) + `#${i}`;
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      const t0 = Date.now();
      await server.ok('notes:edit', { id: noteId, text: big(i % 2) });
      times.push(Date.now() - t0);
    }
    const roundTripMs = times.sort((a, b) => a - b)[2]!;
    let acked = big(1);
    for (const [attempt, fraction] of [
      [2, 0.5],
      [3, 0.8],
      [4, 0.95],
      [5, 1.1],
    ] as const) {
      const text = big(attempt);
      const request = server.invoke('notes:edit', { id: noteId, text }).then(
        (r) => (r.ok ? 'acked' : 'failed'),
        () => 'connection lost',
      );
      await sleep(Math.max(0, Math.round(roundTripMs * fraction)));
      await server.kill();
      const outcome = await request;
      const stored = readStoredNote(snapshot(`mid-request-${attempt}`), noteId);
      expect(stored.integrity).toBe('ok');
      if (outcome === 'acked') expect(stored.text).toBe(text);
      else expect([acked, text]).toContain(stored.text);
      const reopened = await reopenThroughTheApp();
      expect(reopened).toBe(stored.text);
      report.push({
        kind: 'mid-request',
        attempt,
        roundTripMs,
        killAfterMs: Math.round(roundTripMs * fraction),
        outcome,
        stored: stored.text === text ? 'new text' : 'previous text',
      });
      acked = stored.text!;
    }
    // Leave the note short again for what follows.
    await server.ok('notes:edit', { id: noteId, text: base });
    typed = base;
  }, 60_000);

  it('after the last kill the study opens through StudyManager without complaint (the exclusive lock died with the process)', async () => {
    await server.ok('notes:edit', { id: noteId, text: `${typed} and one more` });
    await server.kill();
    const manager = new StudyManager({ appDataDir: join(dir, 'other-appdata'), version: '0.1.0', trackRecent: false });
    const study = manager.open(studyPath);
    expect(study.summary().warnings.filter((w) => /in use|damaged/i.test(w))).toEqual([]);
    manager.close();
    const stored = readStoredNote(studyPath, noteId);
    expect(stored).toEqual({ integrity: 'ok', text: `${typed} and one more` });
  });
});
