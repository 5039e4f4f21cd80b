import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingWorkspace, type Workspace } from './codingFixtures';
import { incoming } from './helpers';

/**
 * An insertion before a coding near the end of a turn pushes it past the old turn end; the
 * statement that shifts the codings of later turns must not move it a second time.
 */
let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

describe('editing a turn with codings in it and after it', () => {
  it('keeps a note tag on its words when text is inserted before it', async () => {
    const code = await w.call('codes:create', { name: 'World' });
    const other = await w.call('codes:create', { name: 'Second' });
    const a = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'hello world' });
    const b = await w.call('notes:add', { sessionId: w.session.id, timeMs: 1000, text: 'second note' });
    await w.call('notes:code', { id: a.id, codeId: code.id, start: 6, end: 11 });
    await w.call('notes:code', { id: b.id, codeId: other.id });
    const edited = await w.call('notes:edit', { id: a.id, text: 'INSERTED hello world' });
    expect(edited.codings.map((c) => edited.text.slice(c.start, c.end))).toEqual(['world']);
    const live = await w.call('live:get', { sessionId: w.session.id });
    const doc = await w.call('documents:get', { id: live.documentId! });
    expect(doc.codingList.map((c) => [doc.text.slice(c.start, c.end), c.quote, c.status])).toEqual([
      ['world', 'world', 'anchored'],
      ['second note', 'second note', 'anchored'],
    ]);
  });

  it('keeps a transcript coding on its words when a correction lengthens the turn', async () => {
    const code = await w.call('codes:create', { name: 'It' });
    const other = await w.call('codes:create', { name: 'Later' });
    const { documentId } = await w.call('transcripts:importCommit', {
      sessionId: w.session.id,
      ...incoming(w, 'transcript', 't.txt', Buffer.from('Ann: we gonna buy it\n\nBo: later on we did').toString('base64')),
      mapping: [],
    });
    let doc = await w.call('documents:get', { id: documentId });
    const [first, second] = doc.turnList;
    const itStart = doc.text.indexOf('it', first!.start);
    await w.call('codings:create', { documentId, start: itStart, end: itStart + 2, codeId: code.id });
    await w.call('codings:create', { documentId, start: second!.start, end: second!.end, codeId: other.id });
    doc = await w.call('documents:editTurn', { documentId, turnId: first!.id, baseRev: doc.rev, text: 'we are going to buy it' });
    expect(doc.codingList.map((c) => [doc.text.slice(c.start, c.end), c.quote, c.status])).toEqual([
      ['it', 'it', 'anchored'],
      ['later on we did', 'later on we did', 'anchored'],
    ]);
    // Undo puts every coding back where it was.
    await w.call('history:undo', {});
    const undone = await w.call('documents:get', { id: documentId });
    expect(undone.codingList.map((c) => undone.text.slice(c.start, c.end))).toEqual(['it', 'later on we did']);
  });
});
