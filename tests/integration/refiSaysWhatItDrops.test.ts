import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/refi';
import { ZipArchive } from '../../main/formats/zip';
import { b64, incoming, makeEnv, type TestEnv } from './helpers';
import { g, qdpx } from './refiFixtures';
import { entryWords } from '../english';

/** Whatever an export or import cannot carry is listed in its report; nothing is lost in silence. */

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

const importNew = (bytes: Uint8Array, name = 'file.qdpx'): Promise<ImportReport> =>
  env.ok('refi:importQdpx', { ...incoming(env, 'qdpx', name, b64(bytes)), into: 'new' });

describe('export', () => {
  it('says that reports, generated reports and starred quotes are not in the file', async () => {
    await env.ok('study:openSample', {});
    await env.ok('reports:save', { definition: { title: 'Weekly' } });
    await env.ok('reports:generate', { reportId: null, definition: { title: 'Now' } });
    const coding = env.query<{ id: string }>('SELECT id FROM codings LIMIT 1')[0]!;
    await env.ok('reports:starQuote', { codingId: coding.id, starred: true });
    const { notes } = await env.ok('refi:exportQdpx', {});
    expect(notes).toContainEqual(
      'REFI-QDA has no place for reports, so these are not in the file: 1 report definition(s), 1 generated report(s), 1 quote(s) starred for reports.',
    );
  });
});

describe('codebook (.qdc)', () => {
  it('carries number keys; a key this study already uses stays with its code, and the report says so', async () => {
    await env.ok('study:openSample', {});
    const pinned = (await env.ok('codes:list', {})).filter((c) => c.pinned !== null).map((c) => [c.path, c.pinned]);
    expect(pinned.length).toBeGreaterThan(1);
    const qdc = await env.ok('refi:exportQdc', {});
    await env.createStudy('other');
    const mine = await env.ok('codes:create', { name: 'Mine' });
    await env.ok('codes:pin', { id: mine.id, pin: pinned[0]![1] as number });
    const report = await env.ok('refi:importQdc', incoming(env, 'qdc', 'codes.qdc', qdc.files[0]!.dataBase64));
    const after = new Map((await env.ok('codes:list', {})).map((c) => [c.path, c.pinned]));
    expect(after.get('Mine')).toBe(pinned[0]![1]);
    expect(after.get(pinned[0]![0] as string)).toBeNull();
    for (const [path, pin] of pinned.slice(1)) expect(after.get(path as string)).toBe(pin);
    expect(entryWords(report.mapped)).toContainEqual({
      what: `number key ${pinned[0]![1]} of code "${String(pinned[0]![0]).split('/').pop()}"`,
      how: expect.stringMatching(/code "Mine" in this study already has that key; .* came in without one/),
    });
  });
});

describe('import', () => {
  const TEXT = 'The bus was late.';
  function project(description: string, variable = '') {
    return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="P" origin="NVivo 12">
${variable}<Sources><TextSource guid="${g(20)}" name="Interview" plainTextPath="internal://${g(20)}.txt"><Description>${description}</Description></TextSource></Sources>
</Project>`;
  }

  it('keeps a source’s description from another tool as a memo on its document, and lists a variable’s description as dropped', async () => {
    const variable = `<Variables><Variable guid="${g(30)}" name="Age" typeOfVariable="Integer"><Description>Age at the interview</Description></Variable></Variables>`;
    const report = await importNew(qdpx(project('Recorded in Oslo, second visit.', variable), { [`sources/${g(20)}.txt`]: TEXT }));
    const doc = (await env.ok('documents:list', {}))[0]!;
    const memos = await env.ok('memos:list', { target: { kind: 'document', id: doc.id } });
    expect(memos).toMatchObject([{ title: 'Source description', body: 'Recorded in Oslo, second visit.' }]);
    expect(entryWords(report.dropped)).toContainEqual({
      what: 'the description of variable "Age" ("Age at the interview")',
      why: 'Verbatim attributes have no description',
    });
  });

  it('keeps a note’s description after its text, and says so', async () => {
    const note = `<Notes><Note guid="${g(40)}" name="Memo"><Description>Written after the second visit.</Description><PlainTextContent>Prices matter most.</PlainTextContent></Note></Notes>`;
    const report = await importNew(
      qdpx(project('').replace('<Description></Description>', '').replace('</Sources>', `</Sources>${note}`), {
        [`sources/${g(20)}.txt`]: TEXT,
      }),
    );
    expect((await env.ok('memos:list', {})).find((m) => m.title === 'Memo')!.body).toBe(
      'Prices matter most.\n\nWritten after the second visit.',
    );
    expect(entryWords(report.mapped)).toContainEqual({
      what: 'note "Memo"',
      how: 'its description was added at the end of its text (a Verbatim memo has no description)',
    });
  });

  it('reports turn data of a Verbatim export that no longer fits its text (changed in another tool) and cuts turns from the text', async () => {
    await env.ok('study:openSample', {});
    const delivery = await env.ok('refi:exportQdpx', {});
    const zip = ZipArchive.open(Buffer.from(delivery.files[0]!.dataBase64, 'base64'));
    const entries = zip.names().map((name) => ({ name, data: zip.read(name) }));
    // Another tool appended a line to the first source's text, leaving the descriptions as they were.
    const qde = new TextDecoder().decode(entries[0]!.data);
    const first = /<TextSource guid="([^"]+)" name="([^"]+)"/.exec(qde)!;
    const files: Record<string, string | Uint8Array> = {};
    for (const e of entries.slice(1))
      files[e.name] = e.name === `sources/${first[1]}.txt` ? `${new TextDecoder().decode(e.data)}\n\nAdded later.` : e.data;
    const report = await importNew(qdpx(qde, files), 'changed.qdpx');
    expect(entryWords(report.dropped)).toContainEqual({
      what: `who speaks each turn of "${first[2]}", with the turns' times, questions and stars`,
      why: 'the text was changed after Verbatim exported it, so they no longer fit; the turns were cut from the text',
    });
    expect(report.dropped).toHaveLength(1);
  });

  it('reports a session’s live data that was changed by hand, and keeps the session', async () => {
    await env.ok('study:openSample', {});
    const delivery = await env.ok('refi:exportQdpx', {});
    const zip = ZipArchive.open(Buffer.from(delivery.files[0]!.dataBase64, 'base64'));
    const qde = new TextDecoder().decode(zip.read('project.qde'));
    const at = qde.indexOf('"clock":{"startedAt":"');
    expect(at).toBeGreaterThan(0);
    const set = [...qde.slice(0, at).matchAll(/<Set guid="[^"]+" name="([^"]+)"/g)].pop()![1]!;
    const edited = `${qde.slice(0, at)}"clock":{"startedAt":"yesterday${qde.slice(at + '"clock":{"startedAt":"'.length)}`;
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.names().slice(1)) files[name] = zip.read(name);
    const report = await importNew(qdpx(edited, files), 'edited.qdpx');
    expect(entryWords(report.dropped)).toContainEqual({
      what: `the discussion guide, clock and speaker names of session "${set}"`,
      why: 'their data in the file could not be read (was it changed outside Verbatim?)',
    });
    // Its notes keep their questions: the guide came in with another session that uses it.
    expect(report.dropped).toHaveLength(1);
    expect((await env.ok('sessions:list', {})).map((s) => s.title)).toContain(set);
  });
});
