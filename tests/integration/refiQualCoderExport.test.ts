import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZipArchive } from '../../main/formats/zip';
import { b64, incoming, makeEnv, type TestEnv } from './helpers';
import { XSD_DIR, xmllint } from './refiFixtures';

/** What an export does for QualCoder, the REFI-QDA tool run beside Verbatim on the same files. */

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

async function exportSample(turnSelections?: boolean) {
  await env.ok('study:openSample', {});
  const delivery = await env.ok('refi:exportQdpx', turnSelections === undefined ? {} : { turnSelections });
  const zip = ZipArchive.open(Buffer.from(delivery.files[0]!.dataBase64, 'base64'));
  const qde = new TextDecoder().decode(zip.read('project.qde'));
  return { zip, qde, notes: delivery.notes };
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#10;/g, '\n')
    .replace(/&#13;/g, '\r')
    .replace(/&amp;/g, '&');

describe('memos reach QualCoder (it reads a note only from a text file)', () => {
  it('each memo is a Note with its text inline and in an internal:// file of the same text; the project validates', async () => {
    const { zip, qde } = await exportSample();
    const notes = [
      ...qde.matchAll(
        /<Note guid="([^"]+)"[^>]*?plainTextPath="internal:\/\/([^"]+)"[^>]*>\s*<PlainTextContent>([\s\S]*?)<\/PlainTextContent>/g,
      ),
    ];
    const memoCount = env.query<{ n: number }>('SELECT count(*) AS n FROM memos')[0]!.n;
    expect(memoCount).toBeGreaterThan(0);
    expect(notes.length).toBe(memoCount);
    for (const [, guid, file, inline] of notes) {
      expect(file).toBe(`${guid}.txt`);
      const text = new TextDecoder().decode(zip.read(`sources/${file}`));
      expect(text).toBe(decodeXml(inline!));
      expect(text).toBe(env.query<{ body: string }>('SELECT body FROM memos WHERE id = ?', guid)[0]!.body);
    }
    const path = join(env.dir, 'sample.qde');
    writeFileSync(path, qde);
    expect(() =>
      execFileSync(xmllint(), ['--noout', '--schema', join(XSD_DIR, 'Project-mrt2019.xsd'), path], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});

describe('participants’ turns (kept for Cases)', () => {
  it('are not written as empty selections by default, and the export says where speakers went', async () => {
    const { qde, notes } = await exportSample();
    expect(qde).not.toMatch(/<SelectionRef /);
    expect(qde).not.toMatch(/<PlainTextSelection [^>]*name=""[^>]*\/>/);
    expect(qde).toMatch(/<SourceRef /);
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^Who speaks each turn is kept in Verbatim’s own data.*--turn-selections.*QualCoder shows each of them as an empty annotation\.$/,
      ),
    );
  });

  it('are written, for NVivo, when the export asks for turn selections', async () => {
    const { qde, notes } = await exportSample(true);
    const spoken = env.query<{ n: number }>(
      'SELECT count(*) AS n FROM turns WHERE participant_id IS NOT NULL AND end_offset > start_offset',
    )[0]!.n;
    expect(qde.match(/<SelectionRef /g)?.length).toBe(spoken);
    expect(notes.some((n) => /^Who speaks each turn/.test(n))).toBe(false);
  });
});

describe('the export note on emoji', () => {
  it('says exactly what QualCoder shows shifted, and only when the texts hold such characters', async () => {
    const { notes } = await exportSample();
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^3 document\(s\) contain emoji or other rare characters\. .*its reports show each coded passage shifted by one character for every emoji or rare character earlier in the document\.$/,
      ),
    );
    for (const n of notes) expect(n).not.toMatch(/UTF-16|code unit|code point|U\+/);

    await env.createStudy('plain');
    const session = await env.ok('sessions:create', { kind: 'interview', title: 'Plain' });
    await env.ok('transcripts:importCommit', {
      sessionId: session.id,
      ...incoming(env, 'transcript', 'plain.txt', b64('Ann: The bus was late.\nBen: It often is.')),
      mapping: [],
    });
    const plain = await env.ok('refi:exportQdpx', {});
    expect(plain.notes.some((n) => /emoji/.test(n))).toBe(false);
  });
});
