// Retrieve on the long transcript: every one of its 3,000 codings under one parent code, as a
// researcher reading a whole theme branch would ask for them, filtered, and exported.
import type { Backend } from '../../main/api/backend';
import { setupLongTranscript } from './codingBackend';

/** Median ms of retrieving, filtering and exporting 3,000 passages. */
export async function benchRetrieve(newBackend: () => Backend, dir: string) {
  const { backend: b, codes } = await setupLongTranscript(newBackend, dir);
  const parent = (await ok(b, 'codes:create', { name: 'Every theme' })) as { id: string };
  for (const [position, id] of codes.entries()) await ok(b, 'codes:move', { id, parentId: parent.id, position });
  const median = async (runs: number, fn: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    return Math.round(times.sort((x, y) => x - y)[Math.floor(runs / 2)]! * 10) / 10;
  };
  const all = (await ok(b, 'retrieve:passages', { codeId: parent.id })) as { total: number; options: { speakers: { key: string }[] } };
  const speaker = all.options.speakers[0]!.key;
  const result = {
    passages: all.total,
    retrieve: await median(7, () => ok(b, 'retrieve:passages', { codeId: parent.id })),
    filtered: await median(7, () => ok(b, 'retrieve:passages', { codeId: parent.id, filter: { speakers: [speaker] }, sort: 'length' })),
    exportXlsx: await median(5, () => ok(b, 'retrieve:export', { codeId: parent.id, format: 'xlsx' })),
    exportDocx: await median(5, () => ok(b, 'retrieve:export', { codeId: parent.id, format: 'docx' })),
  };
  b.close();
  return result;
}

async function ok(b: Backend, channel: string, input: unknown): Promise<unknown> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}
