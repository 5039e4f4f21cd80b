import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formulaCells, readCsvAs, SEPARATORS } from '../unit/io/hostileCells';
import { findAll, part, sheetCells, textOf } from './reports/ooxml';
import { codingWorkspace, inEnglish, type Workspace } from './codingFixtures';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

const GUIDE = {
  title: 'Click-and-collect focus group',
  items: [
    { kind: 'section' as const, text: 'Warm-up', plannedMinutes: 5 },
    { kind: 'question' as const, text: 'How do you shop now?', plannedMinutes: 10 },
    { kind: 'section' as const, text: 'Collection', plannedMinutes: null },
    { kind: 'question' as const, text: 'What happens at the locker?', plannedMinutes: 15 },
  ],
};

describe('discussion guides', () => {
  it('saves a guide, keeps the ids of items passed back, removes the rest (their notes lose the question)', async () => {
    const guide = await w.call('guides:save', GUIDE);
    expect(guide.items.map((i) => [i.kind, i.text, i.plannedMinutes])).toEqual(GUIDE.items.map((i) => [i.kind, i.text, i.plannedMinutes]));
    const [warm, how, collection, locker] = guide.items;
    await w.call('live:setGuide', { sessionId: w.session.id, guideId: guide.id });
    const onLocker = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, questionId: locker!.id, text: 'Locker jammed.' });
    const onHow = await w.call('notes:add', { sessionId: w.session.id, timeMs: 0, questionId: how!.id, text: 'Weekly shop online.' });

    const saved = await w.call('guides:save', {
      id: guide.id,
      title: 'FG guide v2',
      items: [
        { id: collection!.id, kind: 'section', text: 'Collection', plannedMinutes: 3 },
        { id: how!.id, kind: 'question', text: 'How do you shop for groceries now?', plannedMinutes: 12 },
        { kind: 'question', text: 'Anything else?', plannedMinutes: null },
      ],
    });
    expect(saved.title).toBe('FG guide v2');
    expect(saved.items.map((i) => i.id).slice(0, 2)).toEqual([collection!.id, how!.id]);
    expect(saved.items.map((i) => i.text)).toEqual(['Collection', 'How do you shop for groceries now?', 'Anything else?']);
    expect(saved.items.some((i) => i.id === warm!.id || i.id === locker!.id)).toBe(false);
    const live = await w.call('live:get', { sessionId: w.session.id });
    expect(live.guide).toEqual({ ...saved, sessions: 1 });
    expect(live.notes.find((n) => n.id === onHow.id)!.questionId).toBe(how!.id);
    expect(live.notes.find((n) => n.id === onLocker.id)!.questionId).toBeNull();
    expect((await w.call('guides:list', {})).map((g) => [g.title, g.sessions])).toEqual([['FG guide v2', 1]]);
  });

  it('refuses item ids of another guide, unknown guides, and questions of another guide on notes', async () => {
    const a = await w.call('guides:save', GUIDE);
    const b = await w.call('guides:save', { title: 'Intercepts', items: [{ kind: 'question', text: 'Why here?' }] });
    expect(
      await w.attempt('guides:save', { id: b.id, title: 'B', items: [{ id: a.items[1]!.id, kind: 'question', text: 'Stolen' }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'A guide item given belongs to another discussion guide.' },
    });
    expect(await w.attempt('guides:save', { id: crypto.randomUUID(), title: 'B', items: [] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await w.attempt('live:setGuide', { sessionId: w.session.id, guideId: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await w.call('live:setGuide', { sessionId: w.session.id, guideId: a.id });
    expect(await w.attempt('notes:add', { sessionId: w.session.id, timeMs: 0, questionId: b.items[0]!.id, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await w.attempt('live:setQuestion', { sessionId: w.session.id, itemId: b.items[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await w.attempt('live:setQuestion', { sessionId: w.session.id, itemId: a.items[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    await w.call('guides:delete', { id: a.id });
    expect((await w.call('live:get', { sessionId: w.session.id })).guide).toBeNull();
  });

  it('Start makes the first question of the guide current, unless one was picked before', async () => {
    const guide = await w.call('guides:save', GUIDE);
    await w.call('live:setGuide', { sessionId: w.session.id, guideId: guide.id });
    await w.call('live:clock', { sessionId: w.session.id, action: 'start' });
    // The first question, not the section heading before it.
    expect((await w.call('live:get', { sessionId: w.session.id })).marks).toEqual([{ atMs: 0, itemId: guide.items[1]!.id }]);
    // Stopping and carrying on is not a new start: the question in hand stays.
    await w.call('live:setQuestion', { sessionId: w.session.id, itemId: guide.items[3]!.id });
    await w.call('live:clock', { sessionId: w.session.id, action: 'stop' });
    await w.call('live:clock', { sessionId: w.session.id, action: 'start' });
    expect((await w.call('live:get', { sessionId: w.session.id })).marks.map((m) => m.itemId)).toEqual([
      guide.items[1]!.id,
      guide.items[3]!.id,
    ]);

    const other = await w.call('sessions:create', { kind: 'interview', title: 'Picked first' });
    await w.call('live:setGuide', { sessionId: other.id, guideId: guide.id });
    await w.call('live:setQuestion', { sessionId: other.id, itemId: guide.items[3]!.id });
    await w.call('live:clock', { sessionId: other.id, action: 'start' });
    expect((await w.call('live:get', { sessionId: other.id })).marks).toEqual([{ atMs: 0, itemId: guide.items[3]!.id }]);

    const noGuide = await w.call('sessions:create', { kind: 'interview', title: 'No guide' });
    await w.call('live:clock', { sessionId: noGuide.id, action: 'start' });
    expect((await w.call('live:get', { sessionId: noGuide.id })).marks).toEqual([]);
  });

  it('marks the current question at the session time, from 0 before the clock starts', async () => {
    const guide = await w.call('guides:save', GUIDE);
    await w.call('live:setGuide', { sessionId: w.session.id, guideId: guide.id });
    expect(await w.call('live:setQuestion', { sessionId: w.session.id, itemId: guide.items[1]!.id })).toEqual([
      { atMs: 0, itemId: guide.items[1]!.id },
    ]);
    await w.call('live:clock', { sessionId: w.session.id, action: 'start' });
    await new Promise((r) => setTimeout(r, 30));
    const marks = await w.call('live:setQuestion', { sessionId: w.session.id, itemId: null });
    expect(marks).toHaveLength(2);
    expect(marks[1]!.itemId).toBeNull();
    expect(marks[1]!.atMs).toBeGreaterThanOrEqual(25);
    expect((await w.call('live:get', { sessionId: w.session.id })).marks).toEqual(marks);
  });
});

describe('notes and the transcript', () => {
  it('copies a note’s codes to the transcript turn spoken at its time, once', async () => {
    // Turns of the fixture transcript start at 0, 1000, 2000 ms.
    const doc = w.transcript([
      ['Ana', 'Hello all.'],
      ['Ben', '  Slots vanish by Tuesday.  '],
      ['Ana', 'Say more?'],
    ]);
    const slots = await w.call('codes:create', { name: 'Slots' });
    const staff = await w.call('codes:create', { name: 'Staff' });
    const n = await w.call('notes:add', { sessionId: w.session.id, timeMs: 1500, text: 'Ben: slots gone early in week' });
    expect(await w.attempt('notes:copyCodesToTranscript', { id: n.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'This note has no tags to copy.' },
    });
    await w.call('notes:code', { id: n.id, codeId: slots.id });
    await w.call('notes:code', { id: n.id, start: 0, end: 3, codeId: staff.id });
    const live = await w.call('live:get', { sessionId: w.session.id });
    expect(live.transcript).toMatchObject({ documentId: doc, turns: [{ startMs: 0 }, { startMs: 1000 }, { startMs: 2000 }] });
    const copied = await w.call('notes:copyCodesToTranscript', { id: n.id });
    expect(copied).toMatchObject({ documentId: doc, turnId: live.transcript!.turns[1]!.id, added: 2 });
    const view = await w.call('documents:get', { id: doc });
    expect(view.codingList.map((c) => c.quote)).toEqual(['Slots vanish by Tuesday.', 'Slots vanish by Tuesday.']);
    expect((await w.call('notes:copyCodesToTranscript', { id: n.id })).added).toBe(0);
    await w.call('history:undo', {});
    expect((await w.call('documents:get', { id: doc })).codingList).toEqual([]);
    const untimed = await w.call('notes:add', { sessionId: w.session.id, timeMs: null, text: 'No time' });
    await w.call('notes:code', { id: untimed.id, codeId: slots.id });
    expect(await w.attempt('notes:copyCodesToTranscript', { id: untimed.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('copies nothing to a transcript recorded on another clock until the user sets the offset', async () => {
    // Turns of the fixture transcript start at 0, 1000, 2000 ms; the notes run for minutes.
    const doc = w.transcript([
      ['Ana', 'Hello all.'],
      ['Ben', 'Slots vanish by Tuesday.'],
      ['Ana', 'Say more?'],
    ]);
    const slots = await w.call('codes:create', { name: 'Slots' });
    const early = await w.call('notes:add', { sessionId: w.session.id, timeMs: 65_000, text: 'Ben: slots gone early in week' });
    await w.call('notes:add', { sessionId: w.session.id, timeMs: 30 * 60_000, text: 'Wrap-up' });
    await w.call('notes:code', { id: early.id, codeId: slots.id });
    const refused = await w.attempt('notes:copyCodesToTranscript', { id: early.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/different clocks.*Set the offset/);
    expect((await w.call('documents:get', { id: doc })).codingList).toEqual([]);
    expect((await w.call('live:get', { sessionId: w.session.id })).transcript!.offsetMs).toBeNull();

    // The recording started 64 s after the notes clock: transcript time = note time − 64 s.
    const set = await w.call('live:setTranscriptOffset', { sessionId: w.session.id, offsetMs: -64_000 });
    expect(set).toMatchObject({ documentId: doc, offsetMs: -64_000 });
    expect((await w.call('live:get', { sessionId: w.session.id })).transcript!.offsetMs).toBe(-64_000);
    const copied = await w.call('notes:copyCodesToTranscript', { id: early.id });
    expect(copied.turnId).toBe(set!.turns[1]!.id);
    expect((await w.call('documents:get', { id: doc })).codingList.map((c) => c.quote)).toEqual(['Slots vanish by Tuesday.']);
    // Not an undo step; null forgets the offset.
    expect(inEnglish((await w.call('history:state', {})).undo)).toMatch(/tag/);
    expect((await w.call('live:setTranscriptOffset', { sessionId: w.session.id, offsetMs: null }))!.offsetMs).toBeNull();
    expect(await w.attempt('live:setTranscriptOffset', { sessionId: crypto.randomUUID(), offsetMs: 0 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('copies a note’s codes even where another coder put the same codes on the turn (their codings are theirs)', async () => {
    const doc = w.transcript([
      ['Ana', 'Hello all.'],
      ['Ben', 'Slots vanish by Tuesday.'],
      ['Ana', 'Say more?'],
    ]);
    const slots = await w.call('codes:create', { name: 'Slots' });
    const n = await w.call('notes:add', { sessionId: w.session.id, timeMs: 1500, text: 'Ben: slots gone early in week' });
    await w.call('notes:code', { id: n.id, codeId: slots.id });
    expect((await w.call('notes:copyCodesToTranscript', { id: n.id })).added).toBe(1);
    // The transcript coding becomes a colleague's, as after merging their coded copy of the study.
    const other = crypto.randomUUID();
    w.study.write(
      'test:other-coder',
      () => {
        w.study.db.prepare('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)').run(other, 'Colleague', new Date().toISOString());
        w.study.db.prepare('UPDATE codings SET coder_id = ? WHERE document_id = ?').run(other, doc);
      },
      {},
    );
    expect((await w.call('notes:copyCodesToTranscript', { id: n.id })).added).toBe(1);
    const coders = w.study.db
      .prepare<[string], { coder_id: string }>('SELECT coder_id FROM codings WHERE document_id = ? ORDER BY coder_id')
      .all(doc);
    expect(coders.map((c) => c.coder_id).sort()).toEqual([other, w.study.userId].sort());
  });

  it('says so when the session has no transcript', async () => {
    const code = await w.call('codes:create', { name: 'Slots' });
    const n = await w.call('notes:add', { sessionId: w.session.id, timeMs: 10, text: 'Slots gone' });
    await w.call('notes:code', { id: n.id, codeId: code.id });
    const r = await w.attempt('notes:copyCodesToTranscript', { id: n.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.ok ? '' : r.error.message).toMatch(/no transcript/);
  });
});

describe('intercepts', () => {
  it('makes the next intercept like this one with a new participant, unique names', async () => {
    const guide = await w.call('guides:save', GUIDE);
    const first = await w.call('sessions:create', {
      kind: 'intercept',
      title: 'Intercept 1 — Leeds store',
      place: 'Leeds store',
      moderator: 'Lena',
    });
    await w.call('live:setGuide', { sessionId: first.id, guideId: guide.id });
    // The moderator named on the session is a person of the study, linked with the moderator role.
    const lena = (await w.call('participants:list', {})).find((p) => p.displayName === 'Lena')!;
    expect(lena.sessions).toEqual([{ sessionId: first.id, role: 'moderator' }]);
    // Someone already took the name "Intercept 2".
    await w.call('participants:create', { displayName: 'intercept 2' });
    const next = await w.call('intercepts:next', { fromSessionId: first.id });
    expect(next.session).toMatchObject({
      kind: 'intercept',
      title: 'Intercept 3 — Leeds store',
      place: 'Leeds store',
      moderator: 'Lena',
      date: new Date().toISOString().slice(0, 10),
    });
    const live = await w.call('live:get', { sessionId: next.session.id });
    expect(live.guide?.id).toBe(guide.id);
    expect(live.people.map((p) => [p.name, p.role])).toEqual([
      ['Intercept 3', 'participant'],
      ['Lena', 'moderator'],
    ]);
    expect(live.people[0]!.participantId).toBe(next.participantId);
    const again = await w.call('intercepts:next', { fromSessionId: next.session.id });
    expect(again.session.title).toBe('Intercept 4 — Leeds store');
    expect(await w.attempt('intercepts:next', { fromSessionId: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('notes exports', () => {
  async function hostileNotes() {
    const guide = await w.call('guides:save', GUIDE);
    await w.call('live:setGuide', { sessionId: w.session.id, guideId: guide.id });
    const ana = await w.call('participants:create', { displayName: 'Ana <b>' });
    await w.call('participants:setSessionRole', { participantId: ana.id, sessionId: w.session.id, role: 'participant' });
    const code = await w.call('codes:create', { name: 'Slots' });
    const a = await w.call('notes:add', {
      sessionId: w.session.id,
      timeMs: 754_000,
      speaker: { kind: 'participant', participantId: ana.id },
      questionId: guide.items[3]!.id,
      text: '=HYPERLINK("http://evil","x")',
    });
    await w.call('notes:code', { id: a.id, codeId: code.id });
    const b = await w.call('notes:add', {
      sessionId: w.session.id,
      timeMs: 3_725_000,
      questionId: guide.items[1]!.id,
      text: '<script>alert(1)</script> *not bold* [link](x)',
    });
    await w.call('notes:update', { id: b.id, starred: true });
    await w.call('notes:add', {
      sessionId: w.session.id,
      timeMs: 60_000,
      speaker: { kind: 'label', label: 'Store manager' },
      questionId: guide.items[1]!.id,
      text: 'First by time.',
    });
  }
  const file = async (format: 'csv' | 'md' | 'xlsx' | 'docx') => {
    const { files } = await w.call('notes:export', { sessionId: w.session.id, format });
    expect(files).toHaveLength(1);
    return { ...files[0]!, bytes: Buffer.from(files[0]!.dataBase64, 'base64') };
  };

  it('lists records in time order', async () => {
    await hostileNotes();
    const records = await w.call('notes:list', { sessionId: w.session.id });
    expect(records.map((r) => [r.time, r.speaker, r.question, r.codes, r.starred])).toEqual([
      [60_000, 'Store manager', 'How do you shop now?', [], false],
      [754_000, 'Ana <b>', 'What happens at the locker?', ['Slots'], false],
      [3_725_000, null, 'How do you shop now?', [], true],
    ]);
    expect(await w.call('notes:list', {})).toEqual(records.map((r) => ({ ...r, session: 'FG 1' })));
  });

  it('CSV escapes formulas and quotes', async () => {
    await hostileNotes();
    const f = await file('csv');
    expect(f.name).toBe('FG-1-notes.csv');
    const text = f.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeffTime,Speaker,Question,Note,Codes,Starred');
    expect(text).toContain('12:34,Ana <b>,What happens at the locker?,"\'=HYPERLINK(""http://evil"",""x"")",Slots,');
    expect(text).toContain('1:02:05,,How do you shop now?,<script>alert(1)</script> *not bold* [link](x),,★');
    for (const separator of SEPARATORS) expect(formulaCells(readCsvAs(f.bytes, separator))).toEqual([]);
  });

  it('XLSX and DOCX are zips whose main part parses, with the text escaped', async () => {
    await hostileNotes();
    const x = await file('xlsx');
    const cells = sheetCells(x.bytes, 1);
    expect(cells.find(([ref]) => ref === 'D3')![2]).toBe('=HYPERLINK("http://evil","x")'); // shown as written; the cell's style has quotePrefix
    expect(cells.every(([, t]) => t !== 'str')).toBe(true);
    const d = await file('docx');
    const body = part(d.bytes, 'word/document.xml');
    const paragraphs = findAll(body, 'p').map(textOf);
    expect(paragraphs[0]).toBe('FG 1 — notes');
    expect(paragraphs).toContain('Warm-up');
    expect(paragraphs).toContain('<script>alert(1)</script> *not bold* [link](x)');
    expect(paragraphs).toContain('12:34 · Ana <b>');
    expect(paragraphs).toContain('1:02:05 · Observation ★');
  });

  it('Markdown groups under guide headings and escapes study text', async () => {
    await hostileNotes();
    const md = (await file('md')).bytes.toString('utf8');
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\*not bold\\* \\[link\\]\\(x\\) ★');
    expect(md).toContain('- **12:34 Ana &lt;b&gt;** =HYPERLINK\\("http://evil","x"\\) _(Slots)_');
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# FG 1',
      '## Warm-up',
      '### How do you shop now?',
      '## Collection',
      '### What happens at the locker?',
      '## Warm-up',
      '### How do you shop now?',
    ]);
  });

  it('exports every session at once with a session column', async () => {
    await hostileNotes();
    const other = await w.call('sessions:create', { kind: 'intercept', title: 'Intercept 9', date: '2020-01-01' });
    await w.call('notes:add', { sessionId: other.id, timeMs: 5000, text: 'Earlier session.' });
    const { files } = await w.call('notes:export', { format: 'csv' });
    const lines = Buffer.from(files[0]!.dataBase64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeffSession,Time,Speaker,Question,Note,Codes,Starred');
    expect(lines.slice(1, 3)).toEqual([
      'Intercept 9,00:05,,,Earlier session.,,',
      'FG 1,01:00,Store manager,How do you shop now?,First by time.,,',
    ]);
    expect(files[0]!.name).toBe('coding-notes.csv');
  });

  it('exports an empty session and refuses an unknown one', async () => {
    expect((await file('md')).bytes.toString('utf8')).toBe('# FG 1\n\nNo notes.\n');
    expect(await w.attempt('notes:export', { sessionId: crypto.randomUUID(), format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
