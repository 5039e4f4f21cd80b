import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingWorkspace, type Workspace } from './codingFixtures';

/**
 * Guide edits are not undoable, but removing a question sets the notes taken under it to no
 * question underneath the undo steps that wrote those notes; those steps must go, not jam undo.
 */
let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

async function guidedNote() {
  const guide = await w.call('guides:save', {
    title: 'Guide',
    items: [
      { kind: 'section', text: 'Warm-up' },
      { kind: 'question', text: 'How do you shop?', plannedMinutes: 5 },
      { kind: 'question', text: 'What went wrong?', plannedMinutes: 5 },
    ],
  });
  await w.call('live:setGuide', { sessionId: w.session.id, guideId: guide.id });
  const [section, how, wrong] = guide.items;
  const note = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, questionId: how!.id, text: 'Weekly' });
  await w.call('notes:edit', { id: note.id, text: 'Weekly shop online' });
  return { guide, section: section!, how: how!, wrong: wrong!, note };
}

describe('guide edits and the undo history', () => {
  it('removing a question notes were taken under clears the history; undo is not left jammed', async () => {
    const { guide, section, wrong } = await guidedNote();
    expect((await w.call('history:state', {})).undo).not.toBeNull();
    await w.call('guides:save', { id: guide.id, title: 'Guide', items: [section, wrong] });
    expect(await w.call('history:state', {})).toEqual({ undo: null, redo: null });
    const live = await w.call('live:get', { sessionId: w.session.id });
    expect(live.notes.map((n) => [n.text, n.questionId])).toEqual([['Weekly shop online', null]]);
  });

  it('editing questions no note was taken under keeps the history', async () => {
    const { guide, section, how, wrong } = await guidedNote();
    await w.call('guides:save', {
      id: guide.id,
      title: 'Guide v2',
      items: [section, { ...how, text: 'How do you shop for food?' }, { ...wrong, plannedMinutes: 8 }],
    });
    expect((await w.call('history:state', {})).undo).not.toBeNull();
    await w.call('history:undo', {});
    const live = await w.call('live:get', { sessionId: w.session.id });
    expect(live.notes.map((n) => [n.text, n.questionId])).toEqual([['Weekly', how.id]]);
  });

  it('a question turned into a section heading unlinks its notes and clears the history', async () => {
    const { guide, section, how, wrong } = await guidedNote();
    await w.call('guides:save', { id: guide.id, title: 'Guide', items: [section, { ...how, kind: 'section' }, wrong] });
    expect((await w.call('history:state', {})).undo).toBeNull();
    const live = await w.call('live:get', { sessionId: w.session.id });
    expect(live.notes[0]!.questionId).toBeNull();
  });

  it('deleting a guide notes were taken under clears the history', async () => {
    const { guide } = await guidedNote();
    await w.call('guides:delete', { id: guide.id });
    expect((await w.call('history:state', {})).undo).toBeNull();
  });

  it('a note cannot be taken under a section heading', async () => {
    const { section } = await guidedNote();
    const r = await w.attempt('notes:add', { sessionId: w.session.id, timeMs: 0, questionId: section.id, text: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
