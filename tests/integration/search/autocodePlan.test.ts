import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planPassages, type HitSpan } from '../../../main/services/search/autocodePlan';
import { codingWorkspace, type Workspace } from '../codingFixtures';

let ws: Workspace;
beforeEach(async () => {
  ws = await codingWorkspace();
});
afterEach(() => ws.close());

/** The hit spans of every occurrence of `word` in a document. */
async function hitsOf(documentId: string, word: string): Promise<HitSpan[]> {
  const text = (await ws.call('documents:get', { id: documentId })).text;
  const hits: HitSpan[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) hits.push({ documentId, start: at, end: at + word.length });
  return hits;
}

async function words(documentId: string, passages: { start: number; end: number }[]) {
  const text = (await ws.call('documents:get', { id: documentId })).text;
  return passages.map((p) => text.slice(p.start, p.end));
}

async function makeModerator(name: string) {
  const person = (await ws.call('participants:list', {})).find((p) => p.displayName === name)!;
  await ws.call('participants:setSessionRole', { participantId: person.id, sessionId: ws.session.id, role: 'moderator' });
}

describe('autocode passages', () => {
  it('takes the hit, its sentence, its turn or the whole answer', async () => {
    const doc = ws.transcript([
      ['Ana', 'What about the price?'],
      ['Ivo', 'The price was fine. Delivery was slow!  And the box broke.'],
      ['Ivo', 'Honestly, the price surprised me.'],
      ['Ana', 'Thanks.'],
    ]);
    await makeModerator('Ana');
    const hits = (await hitsOf(doc, 'Delivery')).concat(await hitsOf(doc, 'surprised'));
    expect(await words(doc, planPassages(ws.study, hits, 'hit', false).passages)).toEqual(['Delivery', 'surprised']);
    expect(await words(doc, planPassages(ws.study, hits, 'sentence', false).passages)).toEqual([
      'Delivery was slow!',
      'Honestly, the price surprised me.',
    ]);
    expect(await words(doc, planPassages(ws.study, hits, 'turn', false).passages)).toEqual([
      'The price was fine. Delivery was slow!  And the box broke.',
      'Honestly, the price surprised me.',
    ]);
    // Ivo's two consecutive turns are one answer: both hits land in it, and it is coded once.
    expect(await words(doc, planPassages(ws.study, hits, 'answer', false).passages)).toEqual([
      'The price was fine. Delivery was slow!  And the box broke.\n\nHonestly, the price surprised me.',
    ]);
  });

  it("leaves the moderator's turns out unless asked, and counts what it left out", async () => {
    const doc = ws.transcript([
      ['Kari', 'Hva med prisen?'],
      ['Ola', 'Prisen var grei.'],
    ]);
    await makeModerator('Kari');
    const hits = [...(await hitsOf(doc, 'prisen')), ...(await hitsOf(doc, 'Prisen')), { documentId: null, start: 0, end: 3 }];
    const plan = planPassages(ws.study, hits, 'turn', false);
    expect(await words(doc, plan.passages)).toEqual(['Prisen var grei.']);
    expect(plan).toMatchObject({ moderator: 1, notInTranscript: 1 });
    const all = planPassages(ws.study, hits, 'turn', true);
    expect(await words(doc, all.passages)).toEqual(['Hva med prisen?', 'Prisen var grei.']);
    expect(all.moderator).toBe(0);
  });

  it('joins overlapping passages so no words are coded twice, in Chinese sentences too', async () => {
    const doc = ws.transcript([['王芳', '价格太贵了。价格也不透明。我们还是买了。']]);
    const hits = await hitsOf(doc, '价格');
    expect(hits).toHaveLength(2);
    expect(await words(doc, planPassages(ws.study, hits, 'sentence', false).passages)).toEqual(['价格太贵了。', '价格也不透明。']);
    // Both hits in one turn: one passage.
    expect(planPassages(ws.study, hits, 'turn', false).passages).toHaveLength(1);
    // The same hit twice (two query terms on the same words) is one passage.
    expect(planPassages(ws.study, [...hits, ...hits], 'hit', false).passages).toHaveLength(2);
  });

  it('never splits a surrogate pair and keeps UTF-16 offsets as the document has them', async () => {
    const doc = ws.transcript([['Zsófi', 'A 🍎 gyümölcs drága. Nagyon!']]);
    const [hit] = await hitsOf(doc, 'gyümölcs');
    const [p] = planPassages(ws.study, [hit!], 'sentence', false).passages;
    expect(await words(doc, [p!])).toEqual(['A 🍎 gyümölcs drága.']);
  });
});
