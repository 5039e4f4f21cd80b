import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/refi';
import { b64, incoming, makeEnv, type TestEnv } from './helpers';
import { atCodePoints, esc, g, qdpx, selection, withBom } from './refiFixtures';
import { entryWords } from '../english';

/** What QualCoder hands back that Verbatim must not take in as it is. */

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

const importNew = (bytes: Uint8Array): Promise<ImportReport> =>
  env.ok('refi:importQdpx', { ...incoming(env, 'qdpx', 'qualcoder.qdpx', b64(bytes)), into: 'new' });
const CODE = g(10);
const USER = g(1);
const TEXT = 'Ana: 😀 Delivery came early 🎉 today.\nAna: The app crashed twice at checkout.';

function project(sources: string, notes = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Checkout" origin="QualCoder 3.6">
<Users><User guid="${USER}" name="default"/></Users>
<CodeBook><Codes><Code guid="${CODE}" name="Delivery" isCodable="true"/></Codes></CodeBook>
<Sources>${sources}</Sources>${notes}
</Project>`;
}

/** QualCoder positions: code points over the text as it holds it, here with NVivo's byte order mark as character 0. */
const withMark = (words: string): [number, number] => atCodePoints(`\uFEFF${TEXT}`, words);

describe('a byte order mark left inside a source text', () => {
  it('is removed from a text file (after the file’s own mark) and codings stay on their words', async () => {
    const src = g(20);
    const sel = selection(g(30), withMark('Delivery came early 🎉 today.'), [CODE], { name: 'Delivery came early 🎉 today.', user: USER });
    const sel2 = selection(g(31), withMark('crashed twice'), [CODE], { name: 'crashed twice', user: USER });
    const report = await importNew(
      qdpx(project(`<TextSource guid="${src}" name="ana" plainTextPath="internal://${src}.txt">${sel}${sel2}</TextSource>`), {
        [`sources/${src}.txt`]: withBom(`\uFEFF${TEXT}`),
      }),
    );
    const doc = (await env.ok('documents:list', {}))[0]!;
    const text = (await env.ok('documents:get', { id: doc.id })).text;
    expect(text).toBe(TEXT);
    expect(env.query<{ quote: string }>('SELECT quote FROM codings ORDER BY start_offset').map((r) => r.quote)).toEqual([
      'Delivery came early 🎉 today.',
      'crashed twice',
    ]);
    expect(env.query<{ s: number }>('SELECT start_offset AS s FROM codings ORDER BY start_offset')[0]!.s).toBe(TEXT.indexOf('Delivery'));
    expect(entryWords(report.mapped)).toContainEqual({
      what: 'source "ana"',
      how: expect.stringMatching(/began with an invisible byte order mark.*removed, and codings moved back one character/),
    });
    expect(report.positions).toMatch(/2 of 2 selections match their stored text/);
  });

  it('is removed from inline text content too, and from a memo’s text', async () => {
    const src = g(21);
    const sel = selection(g(32), withMark('crashed twice'), [CODE], { name: 'crashed twice', user: USER });
    const note = `<Notes><Note guid="${g(40)}" name="Journal"><PlainTextContent>\uFEFFDay 1: three interviews.</PlainTextContent></Note></Notes>`;
    await importNew(
      qdpx(
        project(
          `<TextSource guid="${src}" name="ana"><PlainTextContent>${esc(`\uFEFF${TEXT}`)}</PlainTextContent>${sel}</TextSource>`,
          note,
        ),
      ),
    );
    const doc = (await env.ok('documents:list', {}))[0]!;
    expect((await env.ok('documents:get', { id: doc.id })).text).toBe(TEXT);
    expect(env.query<{ quote: string }>('SELECT quote FROM codings').map((r) => r.quote)).toEqual(['crashed twice']);
    expect((await env.ok('memos:list', {})).find((m) => m.title === 'Journal')!.body).toBe('Day 1: three interviews.');
  });
});

describe('empty notes (QualCoder’s annotations on passages without a code)', () => {
  it('are left out and counted in the report; a titled note without text stays', async () => {
    const src = g(22);
    const sel = selection(g(33), withMark('crashed twice'), [CODE], { name: 'crashed twice', user: USER });
    const annotation = (n: number) =>
      `<Note guid="${g(50 + n)}" creatingUser="${USER}"><PlainTextContent></PlainTextContent><PlainTextSelection guid="${g(60 + n)}" startPosition="1" endPosition="5"/></Note>`;
    const notes = `<Notes>${annotation(1)}${annotation(2)}<Note guid="${g(53)}" plainTextPath="internal://blank.txt"/><Note guid="${g(54)}" name="Idea to follow up"/><Note guid="${g(55)}"><PlainTextContent>Call Ana back.</PlainTextContent></Note></Notes>`;
    const report = await importNew(
      qdpx(
        project(
          `<TextSource guid="${src}" name="ana" plainTextPath="internal://${src}.txt">${sel}<NoteRef targetGUID="${g(51)}"/><NoteRef targetGUID="${g(52)}"/></TextSource>`,
          notes,
        ),
        {
          [`sources/${src}.txt`]: withBom(`\uFEFF${TEXT}`),
          'sources/blank.txt': withBom('\r\n'),
        },
      ),
    );
    const memos = await env.ok('memos:list', {});
    expect(memos.map((m) => m.title).sort()).toEqual(['Call Ana back.', 'Idea to follow up']);
    expect(memos.some((m) => m.title === 'Untitled note')).toBe(false);
    expect(entryWords(report.dropped)).toContainEqual({
      what: '3 empty note(s)',
      why: expect.stringMatching(/no title and no text, so there is nothing to keep/),
    });
    expect(report.counts.notes).toBe(2);
  });
});
