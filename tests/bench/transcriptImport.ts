// Importing a 2-hour meeting transcript: a Zoom-style VTT with 2,500 cues from 8 speakers.
import { join } from 'node:path';
import type { Backend } from '../../main/api/backend';
import { rng } from './generateStudy';
import { takeIn } from './takeIn';

const SPEAKERS = ['Dana Whitlock', 'Priya', 'Gareth', 'Chloe', 'Imran', 'Bethan', 'Sam Okafor', 'Joel'];
const WORDS = 'the slot was gone by Tuesday and the driver said sorry but chilled items arrived warm again so I asked for a refund'.split(
  ' ',
);

/** A VTT of `cues` cues, about 2.9 s each (2,500 cues ≈ 2 hours). */
export function zoomVtt(cues: number): string {
  const r = rng(cues);
  const stamp = (ms: number) => {
    const h = Math.floor(ms / 3_600_000);
    const m = Math.floor(ms / 60_000) % 60;
    const s = Math.floor(ms / 1000) % 60;
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
  };
  const out = ['WEBVTT', ''];
  for (let i = 0; i < cues; i++) {
    const start = i * 2900;
    const words = Array.from({ length: 8 + Math.floor(r() * 14) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
    out.push(String(i + 1), `${stamp(start)} --> ${stamp(start + 2700)}`, `${SPEAKERS[Math.floor(r() * SPEAKERS.length)]}: ${words}.`, '');
  }
  return out.join('\n');
}

/** Median ms of preview + commit for a 2-hour VTT into a fresh study each run. */
export async function benchTranscriptImport(
  newBackend: () => Backend,
  dir: string,
  runs = 5,
): Promise<{ ms: number; previewMs: number; turns: number; bytes: number }> {
  const vtt = zoomVtt(2500);
  const totals: number[] = [];
  const previews: number[] = [];
  let turns = 0;
  for (let i = 0; i < runs; i++) {
    const b = newBackend();
    b.context.studies.create(join(dir, `vtt-${crypto.randomUUID()}.verbatim`), 'import');
    const session = (await ok(b, 'sessions:create', { kind: 'focus_group', title: 'Two hours' })) as { id: string };
    const file = takeIn(b, dir, 'transcript', 'meeting.vtt', vtt);
    const t0 = performance.now();
    await ok(b, 'transcripts:importPreview', { sessionId: session.id, ...file });
    const t1 = performance.now();
    turns = ((await ok(b, 'transcripts:importCommit', { sessionId: session.id, ...file, mapping: [] })) as { turns: number }).turns;
    totals.push(performance.now() - t1);
    previews.push(t1 - t0);
    b.close();
  }
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 10) / 10;
  return { ms: median(totals), previewMs: median(previews), turns, bytes: vtt.length };
}

async function ok(b: Backend, channel: string, input: unknown): Promise<unknown> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}
