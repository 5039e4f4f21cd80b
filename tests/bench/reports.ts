// Reports at scale: 500 sessions, 2,000 participants, 100,000 codings (written through the
// repositories in one transaction). Targets: theme summary with breakdown < 300 ms, HTML < 1 s,
// DOCX and XLSX < 3 s, PDF < 5 s.
import { join } from 'node:path';
import type { Backend } from '../../main/api/backend';
import { renderReport, type ExportFormat } from '../../main/io/report';
import { runReport } from '../../main/services/reports';
import { ReportDefinition } from '../../shared/reports/definition';
import { generateStudy, rng, writeTranscript } from './generateStudy';
import { savingBackend } from './refi';
import { answersWhile } from './responsiveness';

const THEMES = ['Delivery', 'Order accuracy', 'App & ordering', 'Price & value', 'Service recovery', 'Loyalty'];
const CHILDREN = ['Slots', 'Lateness', 'Drivers', 'Chilled items'];
const SENTENCE = 'The slot was gone by Tuesday and the chilled bag arrived warm, so I rang support again. ';

/** Builds the study; returns the open backend. */
export async function setupForProfile(newBackend: () => Backend, dir: string): Promise<Backend> {
  const path = join(dir, `reports-${crypto.randomUUID()}.verbatim`);
  const gen = newBackend();
  generateStudy(gen.context.studies, path, 500);
  gen.close();
  const b = newBackend();
  b.grantStudyPath(path);
  const opened = await b.dispatch('study:open', { path });
  if (!opened.ok) throw new Error(opened.error.message);
  const study = b.context.studies.require();
  const r = rng(7);
  const at = new Date().toISOString();
  study.write(
    'bench:codings',
    () => {
      const codeIds: string[] = [];
      THEMES.forEach((name, i) => {
        const parent = crypto.randomUUID();
        study.repos.codes.insert({
          id: parent,
          parent_id: null,
          name,
          color: '#4f7cac',
          definition: `${name}: what customers said about it.`,
          when_to_use: null,
          when_not_to_use: null,
          example: null,
          position: i,
          pinned: null,
          created_at: at,
          created_by: study.userId,
        });
        codeIds.push(parent);
        CHILDREN.forEach((child, j) => {
          const id = crypto.randomUUID();
          study.repos.codes.insert({
            id,
            parent_id: parent,
            name: child,
            color: '#4f7cac',
            definition: null,
            when_to_use: null,
            when_not_to_use: null,
            example: null,
            position: j,
            pinned: null,
            created_at: at,
            created_by: study.userId,
          });
          codeIds.push(id);
        });
      });
      const people = new Map<string, string[]>();
      for (const p of study.repos.participants.list())
        for (const s of p.sessions) people.set(s.sessionId, [...(people.get(s.sessionId) ?? []), p.id]);
      for (const session of study.repos.sessions.list()) {
        const turns = 40;
        const who = people.get(session.id) ?? [];
        const len = SENTENCE.trim().length;
        const { id: docId, text } = writeTranscript(
          study,
          { sessionId: session.id, title: `${session.title} — transcript`, at },
          Array.from({ length: turns }, (_, t) => ({ text: SENTENCE.trim(), participantId: who[t % who.length] ?? null })),
        );
        for (let k = 0; k < 200; k++) {
          const t = Math.floor(r() * turns);
          const start = t * (len + 2) + Math.floor(r() * 20);
          const end = start + 10 + Math.floor(r() * (len - 30));
          study.repos.codings.insert({
            id: crypto.randomUUID(),
            document_id: docId,
            code_id: codeIds[Math.floor(r() * codeIds.length)]!,
            start_offset: start,
            end_offset: end,
            quote: text.slice(start, end),
            status: 'anchored',
            memo: null,
            coder_id: study.userId,
            created_at: at,
          });
        }
      }
    },
    null,
    false,
  );
  return b;
}

/** Median timings (ms) of the report pipeline at the scale. */
export async function benchReports(newBackend: () => Backend, dir: string, median: (runs: number, fn: () => unknown) => Promise<number>) {
  const b = await setupForProfile(newBackend, dir);
  const study = b.context.studies.require();
  const def = ReportDefinition.parse({ quotes: { attributeIds: [] } });
  const result = runReport(study, def);
  if (result.codingsInScope !== 100_000) throw new Error(`expected 100,000 codings, got ${result.codingsInScope}`);
  // Cold: every run reads the study again (a write in between invalidates the cached rows).
  const cold = await median(5, () => {
    study.db.prepare('UPDATE study_info SET title = title WHERE id = 1').run();
    return runReport(study, def);
  });
  const out: Record<string, number> = { cold, summary: await median(5, () => runReport(study, def)) };
  for (const format of ['html', 'xlsx', 'docx', 'pdf'] as ExportFormat[]) {
    try {
      out[format] = await median(3, () => renderReport(result, format));
    } catch {
      out[format] = NaN; // not built yet
    }
  }
  const path = study.path;
  b.close();
  Object.assign(out, await firstReport(newBackend, path, def));

  // How the backend answers a cheap call while a report of the whole study is generated and exported
  // as DOCX, as the Export menu does it (counting and rendering are jobs; the save dialog answers `target`).
  const desktop = savingBackend(dir, join(dir, 'report-while-probed.docx'));
  desktop.grantStudyPath(path);
  await ok(desktop, 'study:open', { path });
  const during = await answersWhile(desktop, async () => {
    const snapshot = (await ok(desktop, 'reports:generate', { definition: def })) as { id: string };
    await ok(desktop, 'reports:export', { snapshotId: snapshot.id, format: 'docx' });
  });
  out.exportWhileProbed = during.workMs;
  out.cheapCallP95 = during.p95;
  out.cheapCallMax = during.max;
  out.cheapCallProbes = during.probes;
  desktop.close();
  return out;
}

/**
 * The first report after the study is opened from disk: a new backend and connection each run, so
 * nothing the report reads is cached in the process (the OS file cache stays warm). Median wall time
 * and median CPU time of this thread (the machine is shared, so wall time carries others' load).
 */
export async function firstReport(
  newBackend: () => Backend,
  path: string,
  def: ReportDefinition,
): Promise<{ first: number; firstCpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 5; run++) {
    const b = newBackend();
    b.grantStudyPath(path);
    await ok(b, 'study:open', { path });
    const study = b.context.studies.require();
    const cpuBefore = process.cpuUsage();
    const t = performance.now();
    const result = runReport(study, def);
    wall.push(performance.now() - t);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    b.close();
    if (result.codingsInScope !== 100_000) throw new Error(`expected 100,000 codings, got ${result.codingsInScope}`);
  }
  const mid = (xs: number[]) => Math.round(xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]! * 10) / 10;
  return { first: mid(wall), firstCpu: mid(cpu) };
}

async function ok(b: Backend, channel: string, input: unknown): Promise<unknown> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}
