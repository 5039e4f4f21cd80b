// The backend side of the coding view on a long transcript: 2,500 turns (~300k characters) and
// 3,000 codings. The UI timings (open to interactive, code and paint) are measured in Chromium.
import { join } from 'node:path';
import type { Backend } from '../../main/api/backend';
import { rng } from './generateStudy';
import { takeIn } from './takeIn';

const SENTENCES = [
  'Honestly the slot was gone by Tuesday, every single week.',
  'The driver carried the bags up three flights, which I really appreciated.',
  'Chilled items arrived warm twice this month — the yoghurt was ruined.',
  'I never know what the substitution will be until the door opens.',
  'The app froze at checkout and I lost my basket.',
  'Delivery fees went up again and I started going back to the supermarket.',
];

/** A "Name: text" transcript of `turns` turns, about 120 characters each. */
export function longTranscript(turns: number): string {
  const r = rng(turns);
  const speakers = ['Dana Whitlock', 'Priya', 'Gareth', 'Chloe', 'Imran', 'Bethan'];
  const lines: string[] = [];
  for (let i = 0; i < turns; i++)
    lines.push(
      `${speakers[i % speakers.length]}: ${SENTENCES[Math.floor(r() * SENTENCES.length)]} ${SENTENCES[Math.floor(r() * SENTENCES.length)]}`,
    );
  return lines.join('\n\n');
}

/** Builds the long transcript with its codings in a fresh study; returns the backend (open) and document id. */
export async function setupLongTranscript(newBackend: () => Backend, dir: string, codings = 3000) {
  const b = newBackend();
  b.context.studies.create(join(dir, `long-${crypto.randomUUID()}.verbatim`), 'long');
  const session = (await ok(b, 'sessions:create', { kind: 'focus_group', title: 'Three hours' })) as { id: string };
  const file = takeIn(b, dir, 'transcript', 'long.txt', longTranscript(2500));
  const { documentId } = (await ok(b, 'transcripts:importCommit', { sessionId: session.id, ...file, mapping: [] })) as {
    documentId: string;
  };
  const codes: string[] = [];
  for (let i = 0; i < 24; i++) codes.push(((await ok(b, 'codes:create', { name: `Theme ${i + 1}` })) as { id: string }).id);
  const doc = (await ok(b, 'documents:get', { id: documentId })) as { turnList: { start: number; end: number }[] };
  const r = rng(codings);
  for (let i = 0; i < codings; i++) {
    const turn = doc.turnList[Math.floor(r() * doc.turnList.length)]!;
    const start = turn.start + Math.floor(r() * 40);
    await b.dispatch('codings:create', {
      documentId,
      start,
      end: Math.min(turn.end, start + 20 + Math.floor(r() * 60)),
      codeId: codes[i % codes.length],
    });
  }
  return { backend: b, documentId, codes };
}

/** Median ms of the calls the coding view makes on the long transcript. */
export async function benchCodingBackend(newBackend: () => Backend, dir: string) {
  const { backend: b, documentId, codes } = await setupLongTranscript(newBackend, dir);
  const median = async (runs: number, fn: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    return Math.round(times.sort((x, y) => x - y)[Math.floor(runs / 2)]! * 10) / 10;
  };
  const doc = (await ok(b, 'documents:get', { id: documentId })) as { turnList: { start: number; end: number; id: string }[]; rev: number };
  let i = 0;
  const result = {
    getDocument: await median(9, () => ok(b, 'documents:get', { id: documentId })),
    listCodes: await median(9, () => ok(b, 'codes:list', {})),
    createCoding: await median(21, () => {
      const turn = doc.turnList[(i += 97) % doc.turnList.length]!;
      return ok(b, 'codings:create', { documentId, start: turn.start, end: turn.start + 15, codeId: codes[i % codes.length] });
    }),
    undo: await median(9, () => ok(b, 'history:undo', {})),
  };
  b.close();
  return result;
}

async function ok(b: Backend, channel: string, input: unknown): Promise<unknown> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}
