import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingWorkspace, inEnglish, type Workspace } from '../codingFixtures';

let ws: Workspace;
beforeEach(async () => {
  ws = await codingWorkspace();
});
afterEach(() => ws.close());

async function setup() {
  const doc = ws.transcript([
    ['Kari', 'What do you think about the price?'],
    ['Ola', 'The price was too high. Delivery was fine.'],
    ['Ola', 'But the price of shipping, that hurt.'],
    ['Kari', 'Thanks, and the price again?'],
    ['Eva', 'No comment on price.'],
  ]);
  const kari = (await ws.call('participants:list', {})).find((p) => p.displayName === 'Kari')!;
  await ws.call('participants:setSessionRole', { participantId: kari.id, sessionId: ws.session.id, role: 'moderator' });
  return doc;
}

const codingsOf = async (doc: string) => (await ws.call('documents:get', { id: doc })).codingList;
const textOf = async (doc: string) => (await ws.call('documents:get', { id: doc })).text;

describe('autocode', () => {
  it('previews exactly what it applies, codes each passage once with the current coder, and undoes in one step', async () => {
    const doc = await setup();
    const input = { query: 'price', scope: 'sentence' as const, code: 'Cost/Too expensive' };
    const preview = await ws.call('search:autocodePreview', input);
    expect(preview).toMatchObject({ total: 3, hits: 3, alreadyCoded: 0, moderator: 2, codeExists: false });
    expect(preview.passages.map((p) => p.text)).toEqual([
      'The price was too high.',
      'But the price of shipping, that hurt.',
      'No comment on price.',
    ]);
    expect(preview.passages.map((p) => p.speaker)).toEqual(['Ola', 'Ola', 'Eva']);
    const before = (await ws.call('codes:list', {})).length;

    const result = await ws.call('search:autocode', input);
    expect(result).toMatchObject({ codeCreated: true, coded: 3, alreadyCoded: 0, codePath: 'Cost/Too expensive' });
    const codes = await ws.call('codes:list', {});
    expect(codes.map((c) => c.path)).toEqual(expect.arrayContaining(['Cost', 'Cost/Too expensive']));
    const text = await textOf(doc);
    const codings = await codingsOf(doc);
    expect(codings.map((c) => text.slice(c.start, c.end))).toEqual(preview.passages.map((p) => p.text));
    expect(codings.every((c) => c.codeId === result.codeId && c.coder !== null)).toBe(true);
    expect(new Set(codings.map((c) => c.coder)).size).toBe(1);

    // One step: the codings and both new codes go with a single undo.
    const state = await ws.call('history:undo', {});
    expect(inEnglish(state.undone)).toBe('Autocode 3 passages as Cost/Too expensive');
    expect(await codingsOf(doc)).toEqual([]);
    expect((await ws.call('codes:list', {})).length).toBe(before);
  });

  it('never codes the same words twice: a second run leaves what the first coded and adds no undo step', async () => {
    const doc = await setup();
    await ws.call('search:autocode', { query: 'price', scope: 'turn', code: 'Price' });
    const preview = await ws.call('search:autocodePreview', { query: 'price', scope: 'turn', code: 'Price' });
    expect(preview).toMatchObject({ total: 3, alreadyCoded: 3, codeExists: true });
    const again = await ws.call('search:autocode', { query: 'price', scope: 'turn', code: 'Price' });
    expect(again).toMatchObject({ coded: 0, alreadyCoded: 3, codeCreated: false });
    expect(await codingsOf(doc)).toHaveLength(3);
    const state = await ws.call('history:undo', {});
    expect(inEnglish(state.undone)).toBe('Autocode 3 passages as Price');
  });

  it("leaves the moderator's turns out by default and codes them when asked", async () => {
    const doc = await setup();
    const without = await ws.call('search:autocodePreview', { query: 'price', scope: 'turn' });
    expect(without).toMatchObject({ total: 3, hits: 3, moderator: 2 });
    const withModerator = await ws.call('search:autocodePreview', { query: 'price', scope: 'turn', filter: { includeModerator: true } });
    expect(withModerator).toMatchObject({ total: 5, hits: 5, moderator: 0 });
    await ws.call('search:autocode', { query: 'price', scope: 'hit', code: 'P', filter: { includeModerator: true } });
    expect(await codingsOf(doc)).toHaveLength(5);
  });

  it('joins one speaker’s consecutive turns into one answer', async () => {
    const doc = await setup();
    const r = await ws.call('search:autocode', { query: 'price', scope: 'answer', code: 'Answers' });
    const text = await textOf(doc);
    expect((await codingsOf(doc)).map((c) => text.slice(c.start, c.end))).toEqual([
      'The price was too high. Delivery was fine.\n\nBut the price of shipping, that hurt.',
      'No comment on price.',
    ]);
    expect(r.coded).toBe(2);
  });

  it('refuses a bad code path, a search with nothing to code, and a malformed query, changing nothing', async () => {
    const doc = await setup();
    const failed = async (input: Parameters<typeof ws.attempt<'search:autocode'>>[1]) => {
      const r = await ws.attempt('search:autocode', input);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.error.message;
    };
    expect(await failed({ query: 'price', code: 'Cost//High' })).toMatch(/not a code path/);
    expect(await failed({ query: 'zebra', code: 'Zebra' })).toMatch(/Nothing to code/);
    expect(await failed({ query: '', code: 'Zebra' })).not.toBe('');
    expect(await failed({ query: 'price', code: '   ' })).not.toBe('');
    expect(await codingsOf(doc)).toEqual([]);
    expect(await ws.call('codes:list', {})).toEqual([]);
  });
});
