/**
 * Generating a report runs as a job: the backend reads the study's rows (quotes included) in slices,
 * a worker counts them, the backend stores the snapshot. Meanwhile it answers
 * other calls; progress and cancel work as for a QDPX export; the snapshot is exactly what counting
 * on the backend thread gives, even when the study is written to while it is read.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../main/api/backend';
import { headlessHost, type Host } from '../../main/app/host';
import { runReport } from '../../main/services/reports';
import { ReportDefinition } from '../../shared/reports/definition';
import type { ReportResult } from '../../shared/reports/result';
import type { Result } from '../../shared/result';
import { bigStudy } from '../bench/refi';
import { answersWhile } from '../bench/responsiveness';
import { makeEnv, type TestEnv } from './helpers';

let env: TestEnv;
let big: Backend;
/** Runs as each event is emitted, inside the emitting code (a test's hook into a job's own progress). */
let onEvent: ((name: string, payload: unknown) => void) | null = null;

beforeAll(async () => {
  env = makeEnv();
  const emit = (name: string, payload: unknown) => {
    env.events.push({ name, payload });
    onEvent?.(name, payload);
  };
  const host: Host = headlessHost('cli', emit);
  // 50 sessions with 200 codings each: 10,000 codings.
  big = await bigStudy(() => createBackend({ appDataDir: join(env.dir, 'big-appdata'), host, checkOutput: true }), env.dir, {
    sessions: 50,
  });
}, 60_000);
afterAll(() => {
  big.close();
  env.cleanup();
});

const definition = () => ReportDefinition.parse({ title: 'Job', quotes: { perTheme: 3 } });
type Generated = Result<{ createdAt: string; result: ReportResult }>;
const generate = (jobId?: string) =>
  big.dispatch('reports:generate', { definition: definition(), ...(jobId ? { jobId } : {}) }) as Promise<Generated>;
const snapshots = () => big.context.studies.require().repos.reports.snapshots().length;
const progressOf = (jobId: string) =>
  env.events
    .filter((e) => e.name === 'job:progress' && (e.payload as { jobId: string }).jobId === jobId)
    .map((e) => e.payload as { stage: string; percent: number });

/** What counting on the backend thread, in one go, gives at the snapshot's time. */
function countedHere(createdAt: string): ReportResult {
  return runReport(big.context.studies.require(), definition(), createdAt);
}

describe('reports:generate as a job', () => {
  it('stores exactly the report that counting on the backend thread gives, quote texts included', async () => {
    const study = big.context.studies.require();
    // Starred quotes come first in every theme they belong to; their texts come from the rows as well.
    for (const id of study.db.prepare('SELECT id FROM codings ORDER BY rowid LIMIT 5').pluck().all() as string[])
      expect((await big.dispatch('reports:starQuote', { codingId: id, starred: true })).ok).toBe(true);
    const r = await generate();
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.result.codingsInScope).toBe(10_000);
    const quotes = r.value.result.themes.flatMap((t) => [...t.quotes, ...t.children.flatMap((c) => c.quotes)]);
    expect(quotes.filter((q) => q.starred).length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.text.length > 0)).toBe(true);
    expect(r.value.result).toEqual(countedHere(r.value.createdAt));
  });

  it('the backend answers a cheap call promptly while a report is generated', async () => {
    const { max, probes, workMs, value } = await answersWhile(big, () => generate());
    expect(value.ok).toBe(true);
    expect(probes).toBeGreaterThan(5);
    expect(max, `longest wait ${Math.round(max)} ms during a ${Math.round(workMs)} ms generation`).toBeLessThan(workMs / 3);
  });

  it('reports progress in order, from reading the study to 100', async () => {
    const jobId = crypto.randomUUID();
    expect((await generate(jobId)).ok).toBe(true);
    const seen = progressOf(jobId);
    expect(seen.some((p) => p.stage === 'Reading the study' && p.percent > 0)).toBe(true);
    expect(seen.some((p) => p.percent >= 40 && p.percent < 100)).toBe(true); // the worker's count
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.percent).toBeGreaterThanOrEqual(seen[i - 1]!.percent);
    expect(seen.at(-1)).toEqual({ jobId, stage: 'Done', stageId: 'imports.stageDone', percent: 100 });
  });

  it('a cancelled generation stores nothing', async () => {
    const before = snapshots();
    const jobId = crypto.randomUUID();
    let cancelled: Promise<unknown> | null = null;
    onEvent = (name, payload) => {
      const p = payload as { jobId: string; stage: string; percent: number };
      if (!cancelled && name === 'job:progress' && p.jobId === jobId && p.percent > 0) cancelled = big.dispatch('jobs:cancel', { jobId });
    };
    try {
      const r = await generate(jobId);
      expect(r.ok ? 'ok' : r.error.code).toBe('CANCELLED');
      expect(r.ok ? '' : r.error.message).toMatch(/cancelled.*Nothing was changed/);
    } finally {
      onEvent = null;
    }
    expect(await cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(snapshots()).toBe(before);
  });

  it('a write between slices is counted: the snapshot is one consistent state, the one after the write', async () => {
    const study = big.context.studies.require();
    const lastDoc = study.db.prepare('SELECT id FROM documents ORDER BY id DESC LIMIT 1').pluck().get() as string;
    const jobId = crypto.randomUUID();
    let added: Promise<{ ok: boolean }> | null = null;
    // Inside the read, right after its first slice (not at the mercy of timing): a new code and a coding of it.
    onEvent = (name, payload) => {
      const p = payload as { jobId: string; stage: string; percent: number };
      if (added || name !== 'job:progress' || p.jobId !== jobId || p.stage !== 'Reading the study' || p.percent === 0) return;
      added = big.dispatch('codings:create', { documentId: lastDoc, start: 0, end: 5, newCode: { name: 'Added while counting' } });
    };
    let r: Generated;
    try {
      r = await generate(jobId);
    } finally {
      onEvent = null;
    }
    expect(added).not.toBeNull();
    expect((await added!).ok).toBe(true);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.result.codingsInScope).toBe(10_001);
    expect(r.value.result.themes.find((t) => t.name === 'Added while counting')?.codings).toBe(1);
    expect(r.value.result).toEqual(countedHere(r.value.createdAt));
  });
  it('sorts speakers into respondents and the people running the session exactly as the backend thread does', async () => {
    const study = big.context.studies.require();
    const at = new Date().toISOString();
    const docOf = (title: string) =>
      study.db
        .prepare('SELECT d.id FROM documents d JOIN sessions s ON s.id = d.session_id WHERE s.title = ?')
        .pluck()
        .get(title) as string;
    const sessionOf = (title: string) => study.db.prepare('SELECT id FROM sessions WHERE title = ?').pluck().get(title) as string;
    const turn = (docId: string, position: number) =>
      study.db
        .prepare('SELECT start_offset AS start, end_offset AS end FROM turns WHERE document_id = ? AND position = ?')
        .get(docId, position) as { start: number; end: number };
    const speaks = (docId: string, position: number, personId: string) =>
      study.db.prepare('UPDATE turns SET participant_id = ? WHERE document_id = ? AND position = ?').run(personId, docId, position);
    const respondentOfSession1 = study.db
      .prepare(
        "SELECT participant_id FROM session_participants WHERE session_id = ? AND role = 'participant' ORDER BY participant_id LIMIT 1",
      )
      .pluck()
      .get(sessionOf('Session 1')) as string;
    const codeId = crypto.randomUUID();
    study.write(
      'test:respondents',
      () => {
        const person = (name: string) => {
          const id = crypto.randomUUID();
          study.repos.participants.insert(id, name, null, at, study.userId);
          return id;
        };
        // The moderator of sessions 1 and 2 asks in session 1; a coding spans each question and its answer.
        const moderator = person('Moderator M');
        study.repos.participants.setRole(moderator, sessionOf('Session 1'), 'moderator');
        study.repos.participants.setRole(moderator, sessionOf('Session 2'), 'moderator');
        // Only ever an observer (of session 3): speaking in session 4, where they have no role, they are not a respondent.
        const observer = person('Observer O');
        study.repos.participants.setRole(observer, sessionOf('Session 3'), 'observer');
        // No role anywhere: a respondent wherever they speak.
        const guest = person('Guest G');
        // A respondent of session 1 who moderates session 6: staff there, a respondent in session 7 (no role).
        study.repos.participants.setRole(respondentOfSession1, sessionOf('Session 6'), 'moderator');
        study.repos.codes.insert({
          id: codeId,
          parent_id: null,
          name: 'Asked and answered',
          color: '#4f7cac',
          definition: null,
          when_to_use: null,
          when_not_to_use: null,
          example: null,
          position: 99,
          pinned: null,
          created_at: at,
          created_by: study.userId,
        });
        const code = (docId: string, from: number, to: number) => {
          const { start } = turn(docId, from);
          const { end } = turn(docId, to);
          const text = study.db.prepare('SELECT plain_text FROM documents WHERE id = ?').pluck().get(docId) as string;
          study.repos.codings.insert({
            id: crypto.randomUUID(),
            document_id: docId,
            code_id: codeId,
            start_offset: start,
            end_offset: end,
            quote: text.slice(start, end),
            status: 'anchored',
            memo: null,
            coder_id: study.userId,
            created_at: at,
          });
        };
        const d1 = docOf('Session 1');
        for (const p of [10, 20, 30]) {
          speaks(d1, p, moderator);
          code(d1, p, p + 1);
        }
        speaks(docOf('Session 4'), 10, observer);
        code(docOf('Session 4'), 10, 11);
        speaks(docOf('Session 5'), 10, guest);
        code(docOf('Session 5'), 10, 10);
        speaks(docOf('Session 6'), 10, respondentOfSession1);
        code(docOf('Session 6'), 10, 10);
        speaks(docOf('Session 7'), 10, respondentOfSession1);
        code(docOf('Session 7'), 10, 10);
      },
      null,
      false,
    );

    const r = await generate();
    if (!r.ok) throw new Error(r.error.message);
    const theme = r.value.result.themes.find((t) => t.codeId === codeId)!;
    // Respondents only: the one coding of words spoken by staff alone (session 6) is not counted.
    expect(theme.codings).toBe(6);
    expect(r.value.result.respondentsOnly).toBe(true);
    expect(theme.quotes.some((q) => q.question !== null && q.speaker !== 'Moderator M')).toBe(true);
    expect(theme.quotes.every((q) => q.speaker !== 'Moderator M' && q.speaker !== 'Observer O')).toBe(true);
    expect(r.value.result).toEqual(countedHere(r.value.createdAt));
  });
});
