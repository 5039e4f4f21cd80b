import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/refi';
import { b64, incoming, makeEnv, type TestEnv } from './helpers';
import { atlas, maxqda, qualcoder, taguetteQdc } from './refiVendorFixtures';
import { entryWords } from '../english';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

const importNew = (bytes: Uint8Array, name: string): Promise<ImportReport> =>
  env.ok('refi:importQdpx', { ...incoming(env, 'qdpx', name, b64(bytes)), into: 'new' });

/** Coded words per code path, in document order. */
async function coded(): Promise<[string, string][]> {
  const paths = new Map((await env.ok('codes:list', {})).map((c) => [c.id, c.path]));
  return env
    .query<{ code_id: string; quote: string }>('SELECT code_id, quote FROM codings ORDER BY document_id, start_offset, code_id')
    .map((r) => [paths.get(r.code_id)!, r.quote]);
}

describe('MAXQDA-style project', () => {
  it("reads nameless one-source cases and source variables as the source's person, CRLF counted once", async () => {
    const { bytes, lf } = maxqda();
    const report = await importNew(bytes, 'maxqda');
    expect(report.positions).toMatch(
      /^emoji and rare characters as two \(NVivo's way\), Windows line breaks as one: 5 of 5 selections start and end between words/,
    );
    expect(await coded()).toEqual(
      expect.arrayContaining([
        ['Service/Staff', 'The driver was friendly.'],
        ['Price', 'the price went up again'],
        ['Service/Staff', 'Staff at the depot were rude.'],
        ['Service', 'Staff at the depot were rude.'],
        ['Service/Staff', 'Staff never answer the phone.'],
      ]),
    );
    const docs = await env.ok('documents:list', {});
    const anna = await env.ok('documents:get', { id: docs.find((d) => d.title === 'Interview Anna')!.id });
    expect(anna.text).toBe(lf);
    const people = await env.ok('participants:list', {});
    const attributes = await env.ok('attributes:list', {});
    const value = (person: string, attribute: string) =>
      people.find((p) => p.displayName === person)!.values[attributes.find((a) => a.name === attribute)!.id];
    expect(value('Interview Anna', 'Age')).toBe(34);
    expect(value('Interview Anna', 'Region')).toBe('North');
    expect(value('Interview Bert', 'Age')).toBe(51);
    expect(value('Interview Bert', 'Region')).toBe('South');
    expect(people.find((p) => p.displayName === 'Interview Anna')!.sessions).toEqual([{ sessionId: anna.sessionId, role: 'participant' }]);
    const memos = await env.ok('memos:list', { target: { kind: 'document', id: anna.id } });
    expect(memos).toMatchObject([{ title: 'On “Anything else?”', body: 'Ask this earlier next time' }]);
    expect(entryWords(report.dropped)).toContainEqual({
      what: 'video "Anna audio" with 1 selection(s) and 1 coding(s) on it',
      why: expect.stringMatching(/Verbatim holds text only/),
    });
    expect(report.counts).toMatchObject({ sources: 2, codes: 3, codings: 5, cases: 2, variables: 2, notes: 1, users: 1 });
  });
});

describe('ATLAS.ti-style project', () => {
  it('reads <Project>.qde, Sources/ with upper-case extensions, braced GUIDs, quotation names and drift', async () => {
    const { bytes } = atlas();
    const report = await importNew(bytes, 'atlas');
    expect(entryWords(report.mapped)).toContainEqual({
      what: 'the project file "Trial.qde"',
      how: "read as project.qde (the spec's name)",
    });
    expect(report.positions).toMatch(
      /^emoji and rare characters as two \(NVivo's way\), Windows line breaks as one: 2 of 3 selections match their stored text/,
    );
    expect(await coded()).toEqual([
      ['Food', 'I like granola 🥣 in the morning.'],
      ['Food/Breakfast', 'I like granola 🥣 in the morning.'],
      ['Drinks', 'Coke is only for parties.'],
      ['Advertising', 'The new ad was better than the old one.'],
    ]);
    expect(report.mapped.some((m) => /drift\); moved -3 characters/.test(m.how))).toBe(true);
    const codes = await env.ok('codes:list', {});
    expect(codes.find((c) => c.name === 'Food')).toMatchObject({ id: 'a0000000-0000-4000-8000-000000000010', color: '#336699' });
    // The code's NoteRef became a code memo; the Link from a note to a quotation became a coding memo.
    const memos = await env.ok('memos:list', {});
    expect(memos.find((m) => m.title === 'Food memo')!.target).toEqual({ kind: 'code', id: 'a0000000-0000-4000-8000-000000000010' });
    expect(memos.find((m) => m.title === 'Ad comment')!.target.kind).toBe('coding');
    // "gender: female" is an attribute of the document's person; a code group and the graph are reported.
    const gender = (await env.ok('attributes:list', {})).find((a) => a.name === 'gender')!;
    expect((await env.ok('participants:list', {})).find((p) => p.displayName === 'Mabel.txt')!.values[gender.id]).toBe('female');
    expect(report.dropped.map((d) => d.what)).toEqual(
      expect.arrayContaining(['set "Consumption" (0 sources, 2 codes, 0 notes)', '1 graph(s) (network views)']),
    );
    expect((await env.ok('study:current', {}))!.title).toBe('Trial');
    expect(report.counts.users).toBe(2);
  });
});

describe('QualCoder-style project', () => {
  it('reads BOM files with code-point positions over emoji, annotations as coding memos, journals, typed variables', async () => {
    const { bytes, text } = qualcoder();
    const report = await importNew(bytes, 'qualcoder');
    expect(report.positions).toMatch(
      /^emoji and rare characters as one, Windows line breaks as one: 3 of 3 selections match their stored text/,
    );
    expect(await coded()).toEqual([
      ['Feelings/Joy', 'Delivery came early 🎉 today.'],
      ['Feelings/Anger', 'The app crashed twice 😡 at checkout.'],
      ['Feelings/Joy', 'Support fixed it quickly.'],
    ]);
    const doc = (await env.ok('documents:list', {}))[0]!;
    expect((await env.ok('documents:get', { id: doc.id })).text).toBe(text);
    const memos = await env.ok('memos:list', {});
    const annotation = memos.find((m) => m.title === 'Annotation')!;
    expect(annotation.target.kind).toBe('coding');
    expect(annotation).toMatchObject({ body: 'Crash reported to the app team.', author: 'default' });
    expect(memos.find((m) => m.title === 'Journal')).toMatchObject({
      target: { kind: 'project' },
      body: 'Day 1: three interviews.\nDay 2: coding.',
    });
    const ana = (await env.ok('participants:list', {})).find((p) => p.displayName === 'Ana')!;
    const attrs = await env.ok('attributes:list', {});
    expect(ana.values[attrs.find((a) => a.name === 'Score')!.id]).toBe(8.5);
    expect(ana.values[attrs.find((a) => a.name === 'Gender')!.id]).toBe('female');
    expect(ana.sessions).toEqual([{ sessionId: doc.sessionId, role: 'participant' }]);
    // Non-RFC GUIDs get stable derived ids: the coder is the file's user, found again on a second import.
    expect(env.query<{ name: string }>('SELECT u.name FROM codings c JOIN users u ON u.id = c.coder_id').map((r) => r.name)).toEqual([
      'default',
      'default',
      'default',
    ]);
    expect(report.counts).toMatchObject({ codes: 3, codings: 3, cases: 1, variables: 2, notes: 2 });
  });
});

describe('codebooks (.qdc)', () => {
  it('merges Taguette\'s flat codebook: odd namespace, empty <Sets/>, "/" in names; a second import matches by GUID', async () => {
    await env.createStudy('taguette');
    const first = await env.ok('refi:importQdc', { ...incoming(env, 'qdc', 'taguette.qdc', b64(taguetteQdc())) });
    expect(first.counts.codes).toBe(3);
    expect(entryWords(first.mapped)).toContainEqual({
      what: 'namespace urn:QDA-XML:codebook:1:0',
      how: 'read as urn:QDA-XML:codebook:1.0 (the elements are the same)',
    });
    expect(first.mapped.some((m) => m.how.startsWith('renamed "interview∕pain points"'))).toBe(true);
    expect((await env.ok('codes:list', {})).map((c) => c.path).sort()).toEqual(['good', 'interview', 'interview∕pain points']);
    expect(first.backupPath).toMatch(/before-importing-qdc/);
    const second = await env.ok('refi:importQdc', { ...incoming(env, 'qdc', 'taguette.qdc', b64(taguetteQdc())) });
    expect(entryWords(second.mapped)).toContainEqual({
      what: '3 code(s)',
      how: expect.stringMatching(/matched codes of this study by GUID/),
    });
    expect(await env.ok('codes:list', {})).toHaveLength(3);
  });

  it("matches codes by path when GUIDs differ (another tool, same codebook), keeping this study's colours", async () => {
    await env.createStudy('paths');
    const delivery = await env.ok('codes:create', { name: 'Delivery', color: '#123456' });
    await env.ok('codes:create', { name: 'Late', parentId: delivery.id });
    const qdc = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${crypto.randomUUID()}" name="delivery" isCodable="true" color="#ffffff"><Code guid="${crypto.randomUUID()}" name="LATE" isCodable="true"/><Code guid="${crypto.randomUUID()}" name="Damaged" isCodable="true"/></Code></Codes></CodeBook>`;
    const report = await env.ok('refi:importQdc', { ...incoming(env, 'qdc', 'x.qdc', b64(qdc)) });
    expect(entryWords(report.mapped)).toContainEqual({ what: '2 code(s)', how: expect.stringMatching(/by path/) });
    const codes = await env.ok('codes:list', {});
    expect(codes.map((c) => c.path)).toEqual(['Delivery', 'Delivery/Late', 'Delivery/Damaged']);
    expect(codes[0]!.color).toBe('#123456');
  });
});
