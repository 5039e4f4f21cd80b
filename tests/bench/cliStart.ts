// The `verbatim` command timed as a whole process, as a user or a script waits for it: Node starting,
// the bundle loading (main/cli/verbatim.mjs checks it against the sources first) and the command.
// Targets (issue 13, 2-core machine): `verbatim --version` < 200 ms; `verbatim import-qdpx` of a
// 10,000-coding project into a new study < 0.5 s.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticQdpx } from './refi';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'main', 'cli', 'verbatim.mjs');
const BUNDLE = join(ROOT, 'out', 'cli', 'verbatim.cjs');

/**
 * CPU seconds this process has collected from its finished children (Linux: /proc/self/stat,
 * cutime + cstime, in clock ticks of 10 ms); null elsewhere. On a busy machine, where wall time
 * also counts the waits for a core, it says what the command itself cost.
 */
function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Runs `node args…` `runs` times; the median wall time and the mean CPU time, in ms. */
function timeProcess(runs: number, args: () => string[], env: NodeJS.ProcessEnv): { ms: number; cpuMs: number | null } {
  const times: number[] = [];
  const cpuBefore = childrenCpuMs();
  for (let i = 0; i < runs; i++) {
    const argv = args();
    const started = performance.now();
    const run = spawnSync(process.execPath, argv, { env, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`node ${argv.join(' ')} failed (${run.status ?? run.signal}): ${run.stderr}`);
  }
  times.sort((a, b) => a - b);
  const cpuAfter = childrenCpuMs();
  return {
    ms: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
    cpuMs: cpuBefore === null || cpuAfter === null ? null : Math.round((cpuAfter - cpuBefore) / runs),
  };
}

export async function benchCliStart(dir: string) {
  const env = { ...process.env, APP_DATA_DIR: join(dir, 'cli-data') };
  // Built now if the sources are newer, so no timed run pays for the build.
  timeProcess(1, () => [BIN, '--version'], env);
  const project = join(dir, 'cli-10k.qdpx');
  writeFileSync(project, syntheticQdpx(50, 10_000));
  return {
    node: timeProcess(9, () => ['-e', '0'], env),
    version: timeProcess(9, () => [BIN, '--version'], env),
    versionBundle: timeProcess(9, () => [BUNDLE, '--version'], env),
    importQdpx: timeProcess(5, () => [BIN, 'import-qdpx', project, join(dir, `cli-${crypto.randomUUID()}.verbatim`)], env),
  };
}
