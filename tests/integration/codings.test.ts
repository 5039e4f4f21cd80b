import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingWorkspace, inEnglish, type Workspace } from './codingFixtures';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

describe('codings', () => {
  it('codes passages with overlapping and nested codings, trimming white space, in UTF-16 offsets', async () => {
    const doc = w.transcript([
      ['Aisha', 'Chilled items 🧊 arrive warm — 配送 late.'],
      ['Dana', 'Say more?'],
    ]);
    const temp = await w.call('codes:create', { name: 'Temperature' });
    const late = await w.call('codes:create', { name: 'Lateness' });
    const r1 = await w.rangeOf(doc, 'Chilled items 🧊 arrive warm');
    const a = await w.call('codings:create', { ...r1, start: r1.start, end: r1.end + 1, codeId: temp.id });
    expect(a.quote).toBe('Chilled items 🧊 arrive warm');
    const b = await w.call('codings:create', { ...(await w.rangeOf(doc, 'arrive warm — 配送 late')), codeId: late.id });
    const c = await w.call('codings:create', { ...(await w.rangeOf(doc, '🧊')), codeId: late.id });
    const view = await w.call('documents:get', { id: doc });
    for (const coding of view.codingList) expect(view.text.slice(coding.start, coding.end)).toBe(coding.quote);
    expect(view.codingList.map((x) => x.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(view.codingList.every((x) => x.coder !== null)).toBe(true);
  });

  it('refuses ranges outside the text, inside an emoji, or only white space, and changes nothing', async () => {
    const doc = w.transcript([['Aisha', 'ok 😀 fine']]);
    const code = await w.call('codes:create', { name: 'X' });
    const emoji = 'ok 😀 fine'.indexOf('😀');
    for (const [start, end] of [
      [0, 99],
      [5, 2],
      [emoji + 1, emoji + 4],
      [2, 3],
    ] as const)
      expect(await w.attempt('codings:create', { documentId: doc, start, end, codeId: code.id })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    expect((await w.call('documents:get', { id: doc })).codingList).toEqual([]);
  });

  it("answers with its code's counts and the counts of the codes above it, as the codebook now reads them", async () => {
    const doc = w.transcript([['Aisha', 'Late again, and the milk was warm.']]);
    const delivery = await w.call('codes:create', { name: 'Delivery' });
    const late = await w.call('codes:create', { name: 'Late', parentId: delivery.id });
    await w.call('codes:create', { name: 'Elsewhere' });
    const first = await w.call('codings:create', { ...(await w.rangeOf(doc, 'Late again')), codeId: late.id });
    const second = await w.call('codings:create', { ...(await w.rangeOf(doc, 'the milk')), codeId: late.id });
    const codebook = await w.call('codes:list', {});
    const now = (id: string) => codebook.find((c) => c.id === id);
    // Only the code and its parent, in that order: nothing else changed.
    expect(second.codes).toEqual([now(late.id), now(delivery.id)]);
    expect(second.codes.map((c) => [c.codings, c.totalCodings, c.totalDocuments])).toEqual([
      [2, 2, 1],
      [0, 2, 1],
    ]);
    expect(first.codes.map((c) => c.totalCodings)).toEqual([1, 1]);
  });

  it('coding the same words with the same code twice keeps one coding', async () => {
    const doc = w.transcript([['Aisha', 'Late again.']]);
    const code = await w.call('codes:create', { name: 'Late' });
    const r = await w.rangeOf(doc, 'Late again');
    const first = await w.call('codings:create', { ...r, codeId: code.id });
    const second = await w.call('codings:create', { ...r, codeId: code.id });
    expect(second.id).toBe(first.id);
  });

  it('creates a new code and applies it in one undoable step (palette create, in-vivo)', async () => {
    const doc = w.transcript([['Aisha', 'It is a lottery every week.']]);
    const coding = await w.call('codings:create', {
      ...(await w.rangeOf(doc, 'a lottery')),
      newCode: { name: 'a lottery', parentId: null },
    });
    expect((await w.call('codes:list', {})).map((c) => c.name)).toEqual(['a lottery']);
    expect(coding.quote).toBe('a lottery');
    expect(inEnglish((await w.call('history:undo', {})).undone)).toMatch(/Code "a lottery"/);
    expect(await w.call('codes:list', {})).toEqual([]);
    expect((await w.call('documents:get', { id: doc })).codingList).toEqual([]);
  });

  it('recodes, adjusts boundaries (quote follows) and attaches a memo', async () => {
    const doc = w.transcript([['Aisha', 'The app crashed at checkout twice.']]);
    const a = await w.call('codes:create', { name: 'App' });
    const b = await w.call('codes:create', { name: 'Checkout' });
    const c = await w.call('codings:create', { ...(await w.rangeOf(doc, 'app crashed')), codeId: a.id });
    expect((await w.call('codings:update', { id: c.id, codeId: b.id })).codeId).toBe(b.id);
    const r = await w.rangeOf(doc, 'app crashed at checkout');
    expect((await w.call('codings:update', { id: c.id, end: r.end })).quote).toBe('app crashed at checkout');
    expect((await w.call('codings:update', { id: c.id, memo: 'Happened on Android only' })).memo).toBe('Happened on Android only');
    await w.call('codings:delete', { id: c.id });
    expect((await w.call('documents:get', { id: doc })).codingList).toEqual([]);
  });

  it('retrieves every passage of a code branch with speakers and session', async () => {
    const doc = w.transcript([
      ['Priya', 'Slots vanish.'],
      ['Gareth', 'And drivers are rushed.'],
    ]);
    const parent = await w.call('codes:create', { name: 'Delivery' });
    const child = await w.call('codes:create', { name: 'Drivers', parentId: parent.id });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'Slots vanish')), codeId: parent.id });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'drivers are rushed')), codeId: child.id });
    const all = await w.call('codes:retrieve', { codeId: parent.id, includeChildren: true });
    expect(all.map((p) => [p.quote, p.speakers, p.codePath, p.sessionTitle])).toEqual([
      ['Slots vanish', ['Priya'], 'Delivery', 'FG 1'],
      ['drivers are rushed', ['Gareth'], 'Delivery/Drivers', 'FG 1'],
    ]);
    expect(await w.call('codes:retrieve', { codeId: parent.id, includeChildren: false })).toHaveLength(1);
  });

  it('memos hang on the project, sessions, documents, codes and codings', async () => {
    const doc = w.transcript([['Priya', 'Slots vanish.']]);
    const code = await w.call('codes:create', { name: 'Slots' });
    const coding = await w.call('codings:create', { ...(await w.rangeOf(doc, 'Slots')), codeId: code.id });
    const targets = [
      { kind: 'project' as const },
      { kind: 'session' as const, id: w.session.id },
      { kind: 'document' as const, id: doc },
      { kind: 'code' as const, id: code.id },
      { kind: 'coding' as const, id: coding.id },
    ];
    for (const target of targets) await w.call('memos:save', { target, title: `On ${target.kind}`, body: 'thoughts' });
    expect(await w.call('memos:list', {})).toHaveLength(5);
    const onCode = await w.call('memos:list', { target: { kind: 'code', id: code.id } });
    expect(onCode.map((m) => m.title)).toEqual(['On code']);
    const edited = await w.call('memos:save', { id: onCode[0]!.id, target: { kind: 'code', id: code.id }, title: 'Renamed', body: 'more' });
    expect(edited).toMatchObject({ title: 'Renamed', body: 'more' });
    expect(await w.attempt('memos:save', { target: { kind: 'code', id: crypto.randomUUID() }, title: 'x', body: '' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses to save a memo known to exist once it was deleted elsewhere, instead of re-creating it', async () => {
    const target = { kind: 'project' as const };
    const memo = await w.call('memos:save', { target, title: 'Draft', body: 'first words' });
    await w.call('memos:delete', { id: memo.id });
    expect(await w.attempt('memos:save', { id: memo.id, target, title: 'Draft', body: 'more words', existing: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageId: 'editing.memoGone' },
    });
    expect(await w.call('memos:list', {})).toEqual([]);
  });

  it('every coding records its coder and lands in the file', async () => {
    const doc = w.transcript([['Priya', 'Slots vanish.']]);
    const code = await w.call('codes:create', { name: 'Slots' });
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'Slots')), codeId: code.id });
    const path = w.study.path;
    w.backend.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM codings c JOIN users u ON u.id = c.coder_id').get()).toEqual({ n: 1 });
    db.close();
  });
});
