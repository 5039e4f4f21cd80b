// Text search over a 500-session study (~8 million characters of transcript): word, phrase and
// boolean searches (p95), building the index for an existing study (migration 0070), and what
// keeping the index current adds to a transcript import and to a live-note autosave.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Backend } from '../../main/api/backend';
import { SessionFields } from '../../shared/domain/study';
import { rng, writeTranscript } from './generateStudy';
import { zoomVtt } from './transcriptImport';
import { takeIn } from './takeIn';

const TOPICAL = ['delivery', 'price', 'refund', 'substitution', 'gyümölcs', 'ćevapi', 'smørbrød', '价格', 'fridge', 'driver'];
const SYLLABLES = 'ka lo mi ne su ta ri po ve da zo bi lu fe go ha'.split(' ');

/** A vocabulary of `n` made-up words, drawn with Zipf's law like real speech, and the topical words now and then. */
function speech(seed: number) {
  const r = rng(seed);
  const vocabulary = Array.from({ length: 3000 }, (_, i) => {
    let w = '';
    for (let k = i + 1; k > 0; k = Math.floor(k / SYLLABLES.length)) w += SYLLABLES[k % SYLLABLES.length];
    return w;
  });
  const zipf = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(1 / (r() * 0.999 + 0.001)) - 1)]!;
  return (words: number) =>
    Array.from({ length: words }, () => (r() < 1 / 150 ? TOPICAL[Math.floor(r() * TOPICAL.length)]! : zipf())).join(' ') + '.';
}

/** Writes `sessions` sessions of 100 turns (~16,000 characters) each straight through the repositories. */
function fillStudy(b: Backend, sessions: number): number {
  const study = b.context.studies.require();
  const say = speech(sessions);
  const at = new Date().toISOString();
  let chars = 0;
  study.write(
    'bench:search',
    () => {
      const people = ['Moderator', 'Ana', 'Bo', 'Ivo', 'Kari'].map((name) => {
        const id = crypto.randomUUID();
        study.repos.participants.insert(id, name, null, at, study.userId);
        return id;
      });
      for (let s = 0; s < sessions; s++) {
        const sessionId = crypto.randomUUID();
        study.repos.sessions.insert(sessionId, SessionFields.parse({ kind: 'interview', title: `Session ${s + 1}` }), at, study.userId);
        const turns = Array.from({ length: 100 }, () => say(26 + Math.floor(Math.random() * 12)));
        const written = writeTranscript(
          study,
          { sessionId, title: `Transcript ${s + 1}`, at },
          turns.map((text, position) => ({ text, participantId: people[position % people.length]! })),
        );
        chars += written.text.length;
      }
    },
    null,
  );
  return chars;
}

const p95 = (times: number[]) => Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]! * 10) / 10;
const median = (times: number[]) => Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]! * 10) / 10;

async function ok(b: Backend, channel: string, input: unknown): Promise<unknown> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

async function timed(runs: number, queries: string[], b: Backend): Promise<{ p95: number; hits: number }> {
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs; i++)
    for (const query of queries) {
      const t = performance.now();
      hits += ((await ok(b, 'search:run', { query, filter: { includeModerator: true } })) as { total: number }).total;
      times.push(performance.now() - t);
    }
  return { p95: p95(times), hits: Math.round(hits / runs / queries.length) };
}

/** Drops the triggers that note changed units, so the same write can be timed without index upkeep. */
function withoutUpkeep(db: { exec(sql: string): unknown }): void {
  for (const t of ['turn_added', 'turn_moved', 'turn_removed', 'document_changed', 'memo_added', 'memo_changed', 'memo_removed'])
    db.exec(`DROP TRIGGER search_${t}`);
}

export async function benchSearch(newBackend: () => Backend, dir: string) {
  const path = join(dir, `search-${crypto.randomUUID()}.verbatim`);
  const b = newBackend();
  b.context.studies.create(path, 'search');
  const t0 = performance.now();
  const chars = fillStudy(b, 500);
  const fillMs = performance.now() - t0;
  await ok(b, 'search:run', { query: 'warm' });
  const word = await timed(5, ['delivery', 'price', 'gyumolcs', 'cevapi', '价格', 'fridge'], b);
  const phrase = await timed(
    5,
    ['"price delivery"', 'price NOT delivery', '(refund OR driver) AND fridge', 'price NEAR/5 delivery', 'deliv*'],
    b,
  );
  const fuzzy = await timed(3, ['delivary'], b);
  b.close();

  // An existing study without the index, as the release before it left it, opened and migrated.
  const old = new Database(path);
  const objects = old
    .prepare(
      "SELECT type, name FROM sqlite_schema WHERE name LIKE 'search%' AND type IN ('table', 'trigger') AND name NOT LIKE 'search_index_%'",
    )
    .all() as { type: string; name: string }[];
  for (const o of objects.filter((x) => x.type === 'trigger')) old.exec(`DROP TRIGGER "${o.name}"`);
  for (const o of objects.filter((x) => x.type === 'table')) old.exec(`DROP TABLE "${o.name}"`);
  old.exec('DROP TABLE IF EXISTS saved_queries'); // 0080 came after the index too
  old.pragma('user_version = 60');
  old.close();
  const m = newBackend();
  const t1 = performance.now();
  m.context.studies.open(path);
  const migrateMs = performance.now() - t1;
  m.close();

  // Transcript import (2-hour VTT) and live autosave, with and without index upkeep.
  const vtt = zoomVtt(2500);
  const importRun = async (upkeep: boolean) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const x = newBackend();
      x.context.studies.create(join(dir, `vtt-${crypto.randomUUID()}.verbatim`), 'import');
      if (!upkeep) withoutUpkeep(x.context.studies.require().db);
      const session = (await ok(x, 'sessions:create', { kind: 'focus_group', title: 'Two hours' })) as { id: string };
      const file = takeIn(x, dir, 'transcript', 'meeting.vtt', vtt);
      await ok(x, 'transcripts:importPreview', { sessionId: session.id, ...file });
      const t = performance.now();
      await ok(x, 'transcripts:importCommit', { sessionId: session.id, ...file, mapping: [] });
      times.push(performance.now() - t);
      x.close();
    }
    return median(times);
  };
  const importWith = await importRun(true);
  const importWithout = await importRun(false);
  const autosaveRun = async (upkeep: boolean) => {
    const x = newBackend();
    x.context.studies.create(join(dir, `live-${crypto.randomUUID()}.verbatim`), 'live');
    if (!upkeep) withoutUpkeep(x.context.studies.require().db);
    const session = (await ok(x, 'sessions:create', { kind: 'focus_group', title: 'Live' })) as { id: string };
    let last = '';
    for (let i = 0; i < 1500; i++)
      last = (
        (await ok(x, 'notes:add', {
          sessionId: session.id,
          timeMs: i * 7000,
          text: `Note ${i} about the delivery slot and the price`,
        })) as { id: string }
      ).id;
    let typed = 'Typing at the end of the session';
    const times: number[] = [];
    for (let i = 0; i < 41; i++) {
      const t = performance.now();
      await ok(x, 'notes:edit', { id: last, text: (typed += ' more') });
      times.push(performance.now() - t);
    }
    x.close();
    return median(times);
  };
  const autosaveWith = await autosaveRun(true);
  const autosaveWithout = await autosaveRun(false);
  return {
    chars,
    fillMs: Math.round(fillMs),
    word,
    phrase,
    fuzzy,
    migrateMs: Math.round(migrateMs),
    importWith,
    importWithout,
    autosaveWith,
    autosaveWithout,
  };
}
