// Autocode at the scale the issue names: 5,000 hits (50 interviews of 100 answers, each answer
// mentioning the price once, the moderator asking about it 20 times each), coded as the hits and as
// their sentences. The search itself (findHits, the search lane's) is timed on its own so the
// autocode share is visible.
import { join } from 'node:path';
import type { Backend } from '../../main/api/backend';
import { findHits } from '../../main/services/search/search';
import { takeIn } from './takeIn';

/** An interview: Mod asks every fifth turn, Resp answers with one sentence naming the price among others. */
function interview(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < 100; i++) {
    if (i % 5 === 0) lines.push(`Mod: Question ${i} of interview ${n}: what about the price this time?`);
    lines.push(`Resp: Delivery was late again on day ${i}. The price of the weekly box felt steep for us. We kept it anyway.`);
  }
  return lines.join('\n\n');
}

async function ok(b: Backend, channel: string, input: unknown): Promise<unknown> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

/** Median ms of finding, previewing and applying 5,000 hits (undone between runs, untimed). */
export async function benchAutocode(newBackend: () => Backend, dir: string) {
  const b = newBackend();
  b.context.studies.create(join(dir, `autocode-${crypto.randomUUID()}.verbatim`), 'autocode');
  for (let n = 0; n < 50; n++) {
    const session = (await ok(b, 'sessions:create', { kind: 'interview', title: `Interview ${n + 1}` })) as { id: string };
    const file = takeIn(b, dir, 'transcript', `i${n}.txt`, interview(n));
    const preview = (await ok(b, 'transcripts:importPreview', { sessionId: session.id, ...file })) as {
      speakers: { label: string; suggestion: unknown }[];
    };
    const mapping = preview.speakers.map(({ label, suggestion }) => ({ label, target: suggestion }));
    await ok(b, 'transcripts:importCommit', { sessionId: session.id, ...file, mapping });
  }
  const study = b.context.studies.require();
  const median = async (runs: number, fn: () => Promise<unknown> | unknown, after?: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
      await after?.();
    }
    return Math.round(times.sort((x, y) => x - y)[Math.floor(runs / 2)]! * 10) / 10;
  };
  const input = { query: 'price', scope: 'hit', code: 'Price/Steep' };
  const hits = findHits(study, { query: 'price' }).hits.length;
  const undo = () => ok(b, 'history:undo', {});
  const result = {
    hits,
    find: await median(5, () => findHits(study, { query: 'price' })),
    preview: await median(5, () => ok(b, 'search:autocodePreview', input)),
    apply: await median(5, () => ok(b, 'search:autocode', input), undo),
    applySentence: await median(5, () => ok(b, 'search:autocode', { ...input, scope: 'sentence' }), undo),
  };
  b.close();
  return result;
}
