/**
 * Generating a report runs as a job: the backend reads the study's rows (quotes included) in slices,
 * a worker counts them, the backend stores the snapshot. Meanwhile it answers
 * other calls; progress and cancel work as for a QDPX export; the snapshot is exactly what counting
 * on the backend thread gives, even when the study is written to while it is read.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../main/api/backend';
import { headlessHost, type Host } from '../../main/api/host';
import { runReport } from '../../main/services/reports';
import { ReportDefinition } from '../../shared/reports/definition';
import type { ReportResult } from '../../shared/reports/result';
import type { Result } from '../../shared/result';
import { bigStudy } from '../bench/qdpx';
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
  big = await bigStudy(() => createBackend({ appDataDir: join(env.dir, 'big-appdata'), host, checkOutput: true }), env.dir, { sessions: 50 });
}, 60_000);
afterAll(() => {
  big.close();
  env.cleanup();
});

const definition = () => ReportDefinition.parse({ title: 'Job', quotes: { perTheme: 3 } });
type Generated = Result<{ createdAt: string; result: ReportResult }>;
const generate = (jobId?: string) => big.dispatch('reports:generate', { definition: definition(), ...(jobId ? { jobId } : {}) }) as Promise<Generated>;
const snapshots = () => big.context.studies.require().repos.reports.snapshots().length;
const progressOf = (jobId: string) =>
  env.events.filter((e) => e.name === 'job:progress' && (e.payload as { jobId: string }).jobId === jobId).map((e) => e.payload as { stage: string; percent: number });

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
    let finished = false;
    let longest = 0;
    let calls = 0;
    let t = 0;
    const generating = new Promise((resolve) => setTimeout(resolve, 25))
      .then(() => {
        t = performance.now();
        return generate();
      })
      .finally(() => (finished = true));
    while (!finished) {
      // Timed from when the call is due, so a block that begins while it waits for its turn counts too.
      const due = performance.now() + 10;
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect((await big.dispatch('history:state', {})).ok).toBe(true);
      longest = Math.max(longest, performance.now() - due);
      calls++;
    }
    const duration = performance.now() - t;
    expect((await generating).ok).toBe(true);
    expect(calls).toBeGreaterThan(5);
    expect(longest, `longest wait ${Math.round(longest)} ms during a ${Math.round(duration)} ms generation`).toBeLessThan(duration / 3);
  });

  it('reports progress in order, from reading the study to 100', async () => {
    const jobId = crypto.randomUUID();
    expect((await generate(jobId)).ok).toBe(true);
    const seen = progressOf(jobId);
    expect(seen.some((p) => p.stage === 'Reading the study' && p.percent > 0)).toBe(true);
    expect(seen.some((p) => p.percent >= 40 && p.percent < 100)).toBe(true); // the worker's count
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.percent).toBeGreaterThanOrEqual(seen[i - 1]!.percent);
    expect(seen.at(-1)).toEqual({ jobId, stage: 'Done', percent: 100 });
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
});
