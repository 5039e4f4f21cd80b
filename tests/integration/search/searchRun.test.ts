import { afterEach, describe, expect, it } from 'vitest';
import { codingWorkspace } from '../codingFixtures';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('search:run', () => {
  it('finds a plain word in every transcript turn, with offsets into the document text', async () => {
    const ws = await codingWorkspace();
    cleanup = ws.close;
    const doc = ws.transcript([
      ['Ana', 'The price was too high for me.'],
      ['Bo', 'Delivery was late, and the PRICES went up 😀 again.'],
      ['Ana', 'Nothing else to say.'],
    ]);
    const result = await ws.call('search:run', { query: 'price' });
    expect(result.total).toBe(2);
    expect(result.units).toBe(2);
    const { text } = await ws.call('documents:get', { id: doc });
    expect(result.hits.map((h) => text.slice(h.start, h.end))).toEqual(['price', 'PRICES']);
    expect(result.hits[1]!.speaker?.name).toBe('Bo');
    expect(result.hits[0]!.kind).toBe('transcript');
  });
});
