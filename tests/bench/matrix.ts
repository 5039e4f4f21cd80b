// Matrix coding at the scale: 500 sessions, 2,000 participants, 100,000 codings and 30 codes
// (the report bench's study). Target: a 30 × 10 matrix < 200 ms.
import type { Backend } from '../../main/api/backend';
import { setupForProfile } from './reports';

/** Median timings (ms) of `queries:matrix` (through dispatch, as the view calls it) and its export. */
export async function benchMatrix(newBackend: () => Backend, dir: string, median: (runs: number, fn: () => unknown) => Promise<number>) {
  const b = await setupForProfile(newBackend, dir);
  const study = b.context.studies.require();
  const codeIds = study.repos.codes.all().map((c) => c.id);
  if (codeIds.length !== 30) throw new Error(`expected 30 codes, got ${codeIds.length}`);
  const nps = study.repos.attributes.list().find((a) => a.name === 'NPS')!;
  const run = async (input: unknown) => {
    const r = await b.dispatch('queries:matrix', input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as { total: number; cells: number[][] };
  };
  // Rows are the codes on their own (no roll-up): 30 rows over all 100,000 codings.
  const byCodes = { codeIds, includeChildren: false, columns: { by: 'codes', codeIds: codeIds.slice(0, 10) } };
  const byNps = { codeIds, includeChildren: false, columns: { by: 'attribute', attributeId: nps.id } };
  const check = await run({ ...byNps, count: 'codings' });
  if (check.cells.length !== 30) throw new Error('expected 30 rows');
  // CPU time of this thread per run: the machine is shared, so wall time carries others' load.
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = process.cpuUsage();
    await run(byCodes);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  const touch = () => study.db.prepare('UPDATE study_info SET title = title WHERE id = 1').run();
  const out = {
    codes: await median(5, () => run(byCodes)),
    codesCpu: Math.round(cpu[2]! * 10) / 10,
    codesParticipants: await median(5, () => run({ ...byCodes, count: 'participants' })),
    nps: await median(5, () => run(byNps)),
    npsParticipants: await median(5, () => run({ ...byNps, count: 'participants' })),
    // Cold: a write in between, so the study's rows are read again first (as after any edit).
    codesCold: await median(5, async () => {
      touch();
      return run(byCodes);
    }),
    xlsx: await median(3, async () => {
      const r = await b.dispatch('queries:matrixExport', { ...byCodes, format: 'xlsx' });
      if (!r.ok) throw new Error(r.error.message);
    }),
  };
  b.close();
  return out;
}
