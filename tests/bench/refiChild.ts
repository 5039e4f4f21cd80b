// One REFI-QDA operation in a process of its own, so the bench can read that operation's memory peak
// (`process.resourceUsage().maxRSS`) without the rest of the bench in it. Prints one line of JSON.
//   tsx tests/bench/refiChild.ts study <dir> <out.verbatim>     make the 500-session, 100,000-coding study
//   tsx tests/bench/refiChild.ts export <dir> <study> <out.qdpx>
//   tsx tests/bench/refiChild.ts import <dir> <in.qdpx> <out.verbatim>
//   tsx tests/bench/refiChild.ts importApp <dir> <in.qdpx>        through the channel, as the app does (into the studies folder)
//   tsx tests/bench/refiChild.ts read <dir> <in.qdpx>              only read project.qde into the model (the import's first step)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../main/api/backend';
import { AppError } from '../../shared/errors';
import { headlessHost } from '../../main/app/host';
import { withQdpxFile } from '../../main/io/refi/readFile';
import { workerScript } from '../../main/jobs/workerScript';
import { exportQdpx } from '../../main/services/refi/exportRefi';
import { planQdpxFile } from '../../main/io/refi/planFile';
import { writePlan } from '../../main/services/refi/importRefi';
import { bigStudy } from './refi';

const [mode, dir, a, b] = process.argv.slice(2) as [string, string, string, string];
const newBackend = () => createBackend({ appDataDir: join(dir, 'data'), host: headlessHost('cli'), trackRecent: false });

async function ok(backend: ReturnType<typeof newBackend>, channel: string, input: unknown): Promise<unknown> {
  const r = await backend.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

const t = performance.now();
const cpu = process.cpuUsage();
let detail: unknown = null;
if (mode === 'study') {
  const backend = await bigStudy(newBackend, dir, { path: a });
  backend.close();
} else if (mode === 'export') {
  // The study path is granted as the CLI grants its arguments; the export is produced by the service
  // and written here, since the channel delivers through the host (a save dialog in the app).
  const backend = newBackend();
  backend.grantStudyPath(a);
  await ok(backend, 'study:open', { path: a });
  // Run from sources, the job worker's code is first bundled with esbuild (0.2–0.3 s); the app ships it
  // bundled (jobWorker.cjs), so that step is done before the clock starts. The worker thread itself still starts cold.
  await workerScript();
  const started = performance.now();
  const { bytes } = await exportQdpx(backend.context.studies.require(), 'bench');
  writeFileSync(b, bytes);
  detail = { exportOnlyMs: Math.round(performance.now() - started) };
  backend.close();
} else if (mode === 'import') {
  // What the import handler does once it has the file's path: read and plan, then create and fill the study.
  const backend = newBackend();
  try {
    const plan = planQdpxFile(a);
    backend.context.studies.create(b, plan.title || 'Imported project', false, (s) => writePlan(s, plan, false));
    detail = { docs: plan.docs.length, codings: plan.docs.reduce((n, d) => n + d.codings.length, 0) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    detail = { refused: error.message };
  }
  backend.close();
} else if (mode === 'importApp') {
  // As the app imports: the plan is made in the job worker and copied back here, where the study is written.
  const backend = newBackend();
  await workerScript(); // bundled once before the clock starts, as in the export (the app ships it bundled)
  const started = performance.now();
  const { fileId } = backend.context.incoming.registerPicked('qdpx', a);
  const report = (await ok(backend, 'refi:importQdpx', { fileId, into: 'new' })) as { counts: { codings: number } };
  detail = { importOnlyMs: Math.round(performance.now() - started), codings: report.counts.codings };
  backend.close();
} else if (mode === 'read') {
  // The read alone, so its CPU time and memory peak can be told apart from planning and writing.
  const texts = withQdpxFile(a, ({ project }) => project.texts);
  detail = { texts: texts.length, selections: texts.reduce((n, t) => n + t.selections.length, 0) };
} else throw new Error(`unknown mode ${mode}`);
const ms = Math.round(performance.now() - t);
const used = process.cpuUsage(cpu);
// CPU time as well: on a shared machine it moves less than wall time with the neighbours' load.
console.log(
  JSON.stringify({
    ms,
    cpuMs: Math.round((used.user + used.system) / 1000),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    detail,
  }),
);
