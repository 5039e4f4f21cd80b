// Coding queries on the long transcript (2,500 turns, 3,000 codings over 24 codes): the set algebra,
// NEAR over turns, and a query touching every coding, each with its passages' context and speakers.
import type { Backend } from '../../main/api/backend';
import { setupLongTranscript } from './codingBackend';

const NO_RESTRICTIONS = { sessionIds: [], speakers: [], coderIds: [], attributes: [] };

/** Median ms of three coding queries, and how many passages each finds. */
export async function benchCodingQuery(newBackend: () => Backend, dir: string) {
  const { backend: b } = await setupLongTranscript(newBackend, dir);
  const every = Array.from({ length: 24 }, (_, i) => `"Theme ${i + 1}"`).join(' OR ');
  const queries = {
    boolean: '("Theme 1" OR "Theme 2" OR "Theme 3") AND NOT "Theme 4"',
    near: '"Theme 1" NEAR/2 "Theme 2"',
    every,
  };
  const out: Record<string, { ms: number; passages: number }> = {};
  for (const [name, expression] of Object.entries(queries)) {
    const run = async () => {
      const r = await b.dispatch('queries:run', { expression, restrictions: NO_RESTRICTIONS });
      if (!r.ok) throw new Error(`queries:run: ${r.error.message}`);
      return (r.value as { passages: unknown[] }).passages.length;
    };
    const passages = await run();
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    out[name] = { ms: Math.round(times.sort((x, y) => x - y)[3]! * 10) / 10, passages };
  }
  // The restriction pickers' choices, read whenever the Queries tab is open and a coding changes.
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const r = await b.dispatch('queries:options', {});
    if (!r.ok) throw new Error(`queries:options: ${r.error.message}`);
    times.push(performance.now() - t);
  }
  b.close();
  const optionsMs = Math.round(times.sort((x, y) => x - y)[3]! * 10) / 10;
  return { ...(out as Record<keyof typeof queries, { ms: number; passages: number }>), optionsMs };
}
