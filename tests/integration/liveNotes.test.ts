import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingWorkspace, inEnglish, type Workspace } from './codingFixtures';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

/** The notes document's text and each note's words, read back from live:get. */
async function notesState() {
  const live = await w.call('live:get', { sessionId: w.session.id });
  const doc = live.documentId ? await w.call('documents:get', { id: live.documentId }) : null;
  return {
    live,
    text: doc?.text ?? '',
    notes: live.notes.map((n) => ({ text: n.text, codings: n.codings.map((c) => [c.codeId, n.text.slice(c.start, c.end), c.status]) })),
  };
}

/** The canonical text must equal the note texts joined by a blank line, with offsets to match. */
async function expectConsistent() {
  const { live, text } = await notesState();
  expect(text).toBe(live.notes.map((n) => n.text).join('\n\n'));
  if (!live.documentId) return;
  const doc = await w.call('documents:get', { id: live.documentId });
  doc.turnList.forEach((t, i) => expect([t.position, text.slice(t.start, t.end)]).toEqual([i, live.notes[i]!.text]));
  for (const c of doc.codingList) if (c.status === 'anchored') expect(text.slice(c.start, c.end)).toBe(c.quote);
}

async function person(name: string, role: 'participant' | 'moderator' | 'observer' = 'participant') {
  const p = await w.call('participants:create', { displayName: name });
  await w.call('participants:setSessionRole', { participantId: p.id, sessionId: w.session.id, role });
  return p.id;
}

describe('live notes', () => {
  it('starts empty, creates the notes document with the first note and appends in order', async () => {
    const empty = await w.call('live:get', { sessionId: w.session.id });
    expect(empty).toMatchObject({ documentId: null, notes: [], guide: null, marks: [], transcript: null, clock: { startedAt: null } });
    const a = await w.call('notes:add', { sessionId: w.session.id, timeMs: 1000, text: 'Arrived late, flustered.' });
    const b = await w.call('notes:add', { sessionId: w.session.id, timeMs: 5000, text: '' });
    const c = await w.call('notes:add', { sessionId: w.session.id, timeMs: 9000, text: 'Slots vanish by Tuesday.\r\n\r\n\r\nEvery week.' });
    expect([a.position, b.position, c.position]).toEqual([0, 1, 2]);
    expect(c.text).toBe('Slots vanish by Tuesday.\nEvery week.');
    const { live, text } = await notesState();
    expect(text).toBe('Arrived late, flustered.\n\n\n\nSlots vanish by Tuesday.\nEvery week.');
    expect(live.notes.map((n) => n.timeMs)).toEqual([1000, 5000, 9000]);
    const docs = await w.call('documents:list', {});
    expect(docs.filter((d) => d.kind === 'notes')).toHaveLength(1);
    await expectConsistent();
  });

  it('inserts a note in the middle, moving later notes and their codings', async () => {
    const code = await w.call('codes:create', { name: 'Slots' });
    const a = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'First.' });
    const c = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'Slots vanish.' });
    await w.call('notes:code', { id: c.id, codeId: code.id });
    const b = await w.call('notes:add', { sessionId: w.session.id, afterId: a.id, timeMs: 0, text: 'Inserted between.' });
    expect(b.position).toBe(1);
    const { notes } = await notesState();
    expect(notes).toEqual([
      { text: 'First.', codings: [] },
      { text: 'Inserted between.', codings: [] },
      { text: 'Slots vanish.', codings: [[code.id, 'Slots vanish.', 'anchored']] },
    ]);
    await expectConsistent();
    await w.call('history:undo', {});
    expect((await notesState()).notes.map((n) => n.text)).toEqual(['First.', 'Slots vanish.']);
    await expectConsistent();
    await w.call('history:redo', {});
    expect((await notesState()).notes.map((n) => n.text)).toEqual(['First.', 'Inserted between.', 'Slots vanish.']);
    await expectConsistent();
  });

  it('keeps codings on their words while typing, grows whole-note tags, and one note’s typing is one undo step', async () => {
    const price = await w.call('codes:create', { name: 'Price' });
    const fees = await w.call('codes:create', { name: 'Fees' });
    const first = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'Earlier note.' });
    const n = await w.call('notes:add', { sessionId: w.session.id, timeMs: 100, text: 'Bag fee' });
    const after = await w.call('notes:add', { sessionId: w.session.id, timeMs: 200, text: 'Later note about fees.' });
    await w.call('notes:code', { id: n.id, codeId: price.id });
    await w.call('notes:code', { id: n.id, start: 4, end: 7, codeId: fees.id });
    await w.call('notes:code', { id: after.id, start: 17, end: 21, codeId: fees.id });
    const before = await notesState();
    for (const text of ['Bag fee ', 'Bag fee an', 'Bag fee annoys', 'Bag fee annoys her']) await w.call('notes:edit', { id: n.id, text });
    const edited = await w.call('notes:edit', { id: n.id, text: 'The bag fee annoys her' });
    expect(edited.codings.map((c) => [c.codeId, edited.text.slice(c.start, c.end)])).toEqual([
      [price.id, 'The bag fee annoys her'],
      [fees.id, 'fee'],
    ]);
    const state = await notesState();
    expect(state.notes[2]!.codings).toEqual([[fees.id, 'fees', 'anchored']]);
    expect(state.notes[0]!.text).toBe(first.text);
    await expectConsistent();
    // All five autosaves of that note are one step.
    expect(inEnglish((await w.call('history:state', {})).undo)).toMatch(/^Edit note/);
    await w.call('history:undo', {});
    expect((await notesState()).notes).toEqual(before.notes);
    await w.call('history:redo', {});
    expect((await notesState()).notes).toEqual(state.notes);
  });

  it('flags a coding whose words were deleted for review and refuses tags on an empty note', async () => {
    const code = await w.call('codes:create', { name: 'Staff' });
    const n = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'Driver rude. Slots fine.' });
    await w.call('notes:code', { id: n.id, start: 0, end: 12, codeId: code.id });
    const edited = await w.call('notes:edit', { id: n.id, text: 'Slots fine.' });
    expect(edited.codings).toMatchObject([{ status: 'orphaned' }]);
    const empty = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0 });
    expect(await w.attempt('notes:code', { id: empty.id, codeId: code.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Type the note first: a tag marks words.' },
    });
    const spaces = await w.call('notes:edit', { id: empty.id, text: '   ' });
    expect(await w.attempt('notes:code', { id: spaces.id, codeId: code.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await w.attempt('notes:code', { id: n.id, start: 3, codeId: code.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await w.attempt('notes:code', { id: n.id, start: 3, end: 99, codeId: code.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await w.attempt('notes:code', { id: n.id, start: 0, end: 3 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await w.attempt('notes:edit', { id: crypto.randomUUID(), text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('tags with a new code in one undo step', async () => {
    const n = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'Loves the substitutions list.' });
    const coded = await w.call('notes:code', { id: n.id, start: 10, end: 28, newCode: { name: 'Substitutions', parentId: null } });
    const codes = await w.call('codes:list', {});
    expect(codes.map((c) => c.name)).toEqual(['Substitutions']);
    expect(coded.codings).toMatchObject([{ codeId: codes[0]!.id, start: 10, end: 28 }]);
    await w.call('history:undo', {});
    expect(await w.call('codes:list', {})).toEqual([]);
    expect((await notesState()).notes[0]!.codings).toEqual([]);
  });

  it('deletes a note with its text, one separator and the codings inside it', async () => {
    const code = await w.call('codes:create', { name: 'X' });
    const a = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'Alpha words.' });
    const b = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'Beta words.' });
    const c = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'Gamma words.' });
    for (const id of [a.id, b.id, c.id]) await w.call('notes:code', { id, codeId: code.id });
    const full = await notesState();
    await w.call('notes:delete', { id: b.id });
    let s = await notesState();
    expect(s.text).toBe('Alpha words.\n\nGamma words.');
    expect(s.notes.map((n) => n.codings.length)).toEqual([1, 1]);
    expect(s.live.notes.map((n) => n.position)).toEqual([0, 1]);
    await expectConsistent();
    await w.call('notes:delete', { id: c.id });
    s = await notesState();
    expect(s.text).toBe('Alpha words.');
    await w.call('notes:delete', { id: a.id });
    expect((await notesState()).text).toBe('');
    for (let i = 0; i < 3; i++) await w.call('history:undo', {});
    expect((await notesState()).notes).toEqual(full.notes);
    await expectConsistent();
    for (let i = 0; i < 3; i++) await w.call('history:redo', {});
    expect((await notesState()).text).toBe('');
    expect(await w.attempt('notes:delete', { id: a.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('stars, times and attributes notes to people, labels or nobody', async () => {
    const ana = await person('Ana');
    const mod = await person('Mo Deratora', 'moderator');
    const stranger = (await w.call('participants:create', { displayName: 'Not here' })).id;
    const n = await w.call('notes:add', {
      sessionId: w.session.id,
      timeMs: 0,
      speaker: { kind: 'participant', participantId: ana },
      text: 'Quote.',
    });
    expect(n).toMatchObject({ speaker: 'Ana', participantId: ana, role: 'participant', starred: false });
    expect(await w.call('notes:update', { id: n.id, starred: true })).toMatchObject({ starred: true });
    expect(await w.call('notes:update', { id: n.id, speaker: { kind: 'label', label: 'Woman in red' }, timeMs: 61_000 })).toMatchObject({
      speaker: 'Woman in red',
      participantId: null,
      role: null,
      timeMs: 61_000,
      starred: true,
    });
    expect(await w.call('notes:update', { id: n.id, speaker: null })).toMatchObject({ speaker: null, participantId: null });
    expect(await w.call('notes:update', { id: n.id, speaker: { kind: 'participant', participantId: mod } })).toMatchObject({
      role: 'moderator',
    });
    expect(await w.attempt('notes:update', { id: n.id, speaker: { kind: 'participant', participantId: stranger } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const live = await w.call('live:get', { sessionId: w.session.id });
    expect(live.people.map((p) => [p.name, p.role])).toEqual([
      ['Ana', 'participant'],
      ['Mo Deratora', 'moderator'],
    ]);
    await w.call('history:undo', {});
    await w.call('history:undo', {});
    await w.call('history:undo', {});
    expect((await w.call('live:get', { sessionId: w.session.id })).notes[0]).toMatchObject({ speaker: 'Ana', starred: true, timeMs: 0 });
    await w.call('history:undo', {});
    expect((await w.call('live:get', { sessionId: w.session.id })).notes[0]).toMatchObject({ starred: false });
  });
});

describe('live notes at the edges', () => {
  it('grows a whole-note tag past a trailing space, inserts after an empty note, and keeps emoji whole', async () => {
    const code = await w.call('codes:create', { name: 'Mood' });
    const n = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'Happy ' });
    await w.call('notes:code', { id: n.id, codeId: code.id });
    expect((await w.call('notes:edit', { id: n.id, text: 'Happy d' })).codings.map((c) => [c.start, c.end])).toEqual([[0, 7]]);
    const grown = await w.call('notes:edit', { id: n.id, text: 'Happy days 🙂' });
    expect(grown.codings.map((c) => grown.text.slice(c.start, c.end))).toEqual(['Happy days 🙂']);
    const empty = await w.call('notes:add', { sessionId: w.session.id, timeMs: 1, text: '' });
    const last = await w.call('notes:add', { sessionId: w.session.id, timeMs: 2, text: 'Last.' });
    const between = await w.call('notes:add', { sessionId: w.session.id, afterId: empty.id, timeMs: 1, text: 'After the empty one.' });
    expect((await notesState()).notes.map((x) => x.text)).toEqual(['Happy days 🙂', '', 'After the empty one.', 'Last.']);
    expect([between.position, (await w.call('live:get', { sessionId: w.session.id })).notes.at(-1)!.id]).toEqual([2, last.id]);
    await expectConsistent();
  });

  it('makes one undo step of autosaves that touch different rows (a same-length fix, then typing on)', async () => {
    const code = await w.call('codes:create', { name: 'Fees' });
    const n = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'Bag fee' });
    const later = await w.call('notes:add', { sessionId: w.session.id, timeMs: 1, text: 'Later fee note.' });
    await w.call('notes:code', { id: later.id, start: 6, end: 9, codeId: code.id });
    const before = await notesState();
    await w.call('notes:edit', { id: n.id, text: 'Bag fey' });
    await w.call('notes:edit', { id: n.id, text: 'Bag fey, annoyed' });
    await w.call('history:undo', {});
    expect((await notesState()).notes).toEqual(before.notes);
    expect(inEnglish((await w.call('history:state', {})).undo)).toMatch(/^Code /);
    await w.call('history:redo', {});
    expect((await notesState()).notes.map((x) => x.text)).toEqual(['Bag fey, annoyed', 'Later fee note.']);
    await expectConsistent();
  });

  it('refuses a note of another session to add after, and takes a very long note', async () => {
    const other = await w.call('sessions:create', { kind: 'interview', title: 'Other' });
    const elsewhere = await w.call('notes:add', { sessionId: other.id, timeMs: 0, text: 'Elsewhere.' });
    expect(await w.attempt('notes:add', { sessionId: w.session.id, afterId: elsewhere.id, timeMs: 0, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const long = 'word '.repeat(40_000).trim();
    const n = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, text: long });
    expect(n.text).toHaveLength(long.length);
    expect(await w.attempt('notes:add', { sessionId: w.session.id, timeMs: 0, text: 'x'.repeat(200_001) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await w.attempt('notes:add', { sessionId: crypto.randomUUID(), timeMs: 0, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await expectConsistent();
  });
});

describe('many notes', () => {
  it('walks back and forth through inserts, deletes and edits in the middle of 30 coded notes', async () => {
    const code = await w.call('codes:create', { name: 'Theme' });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const n = await w.call('notes:add', { sessionId: w.session.id, timeMs: i * 1000, text: `Note ${i} about slots and fees.` });
      await w.call('notes:code', { id: n.id, start: 0, end: `Note ${i}`.length, codeId: code.id });
      ids.push(n.id);
    }
    const states = [JSON.stringify((await notesState()).notes)];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let step = 0; step < 12; step++) {
      const notes = (await w.call('live:get', { sessionId: w.session.id })).notes;
      const target = notes[next(notes.length)]!;
      if (step % 3 === 0) await w.call('notes:add', { sessionId: w.session.id, afterId: target.id, timeMs: 5, text: `Inserted ${step}.` });
      else if (step % 3 === 1) await w.call('notes:delete', { id: target.id });
      else await w.call('notes:edit', { id: target.id, text: `${target.text} More words ${step}.` });
      await expectConsistent();
      states.push(JSON.stringify((await notesState()).notes));
    }
    for (let i = states.length - 1; i > 0; i--) {
      expect(JSON.stringify((await notesState()).notes)).toBe(states[i]);
      await w.call('history:undo', {});
      await expectConsistent();
    }
    expect(JSON.stringify((await notesState()).notes)).toBe(states[0]);
    for (let i = 1; i < states.length; i++) {
      await w.call('history:redo', {});
      expect(JSON.stringify((await notesState()).notes)).toBe(states[i]);
    }
    await expectConsistent();
  });
});

describe('the session clock', () => {
  it('starts, pauses, resumes and stops; refuses what does not apply', async () => {
    const sessionId = w.session.id;
    expect(await w.attempt('live:clock', { sessionId, action: 'pause' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Only a running session can be paused.' },
    });
    expect(await w.attempt('live:clock', { sessionId, action: 'resume' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await w.attempt('live:clock', { sessionId, action: 'stop' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const started = await w.call('live:clock', { sessionId, action: 'start' });
    expect(started.startedAt).not.toBeNull();
    expect(started.runningSince).toBe(started.startedAt);
    expect(await w.attempt('live:clock', { sessionId, action: 'start' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const paused = await w.call('live:clock', { sessionId, action: 'pause' });
    expect(paused).toMatchObject({ runningSince: null, startedAt: started.startedAt, stoppedAt: null });
    const resumed = await w.call('live:clock', { sessionId, action: 'resume' });
    expect(resumed.runningSince).not.toBeNull();
    const stopped = await w.call('live:clock', { sessionId, action: 'stop' });
    expect(stopped.stoppedAt).not.toBeNull();
    expect(stopped.elapsedMs).toBeGreaterThanOrEqual(paused.elapsedMs);
    expect((await w.call('live:get', { sessionId })).clock).toEqual(stopped);
    // Clock changes are logged but are not undo steps.
    expect((await w.call('history:state', {})).undo).toBeNull();
    expect(await w.attempt('live:clock', { sessionId: crypto.randomUUID(), action: 'start' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
