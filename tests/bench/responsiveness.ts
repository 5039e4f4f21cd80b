// How the backend answers a cheap call (`history:state`, what the UI asks after every edit) while a
// long job runs: a probe every 10 ms, timed from when it was due, so a blocked event loop shows as a slow answer.
import type { Backend } from '../../main/api/backend';

/** Runs `work` while probing every 10 ms; returns the probes' p95 and max, how long `work` took and what it gave. */
export async function answersWhile<T>(
  b: Backend,
  work: () => Promise<T>,
): Promise<{ p95: number; max: number; probes: number; workMs: number; value: T }> {
  const times: number[] = [];
  let finished = false;
  let t0 = 0;
  // Started from a timer, once probing runs: the synchronous start of a job (reading the study) counts too.
  const running = new Promise((r) => setTimeout(r, 25))
    .then(() => {
      t0 = performance.now();
      return work();
    })
    .finally(() => (finished = true));
  while (!finished) {
    // A probe is due 10 ms after the last one; its time counts from then, so a block that begins
    // while the probe waits for its turn is counted too (a UI call sent then would wait as long).
    const due = performance.now() + 10;
    await new Promise((r) => setTimeout(r, 10));
    const r = await b.dispatch('history:state', {});
    if (!r.ok) throw new Error(`history:state: ${r.error.message}`);
    times.push(performance.now() - due);
  }
  const value = await running;
  const workMs = performance.now() - t0;
  times.sort((x, y) => x - y);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    p95: round(times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0),
    max: round(times.at(-1) ?? 0),
    probes: times.length,
    workMs: round(workMs),
    value,
  };
}
