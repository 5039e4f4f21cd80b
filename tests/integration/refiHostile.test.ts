import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeZip as writeRawZip } from '../unit/formats/zipWriter';
import { b64, dumpStudy, incoming, makeEnv, type TestEnv } from './helpers';
import { at, g, qdpx, selection } from './refiFixtures';
import { entryWords } from '../english';

let env: TestEnv;
let before: Record<string, unknown[]>;
beforeEach(async () => {
  env = makeEnv();
  await env.createStudy('kept');
  await env.ok('codes:create', { name: 'Existing' });
  before = dumpStudy(env);
});
afterEach(() => env.cleanup());

const TEXT = 'Slots vanish by Tuesday. The driver was late.';
const project = (inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="Hostile">${inner}</Project>`;
const codebook = (...codes: [string, string][]) =>
  `<CodeBook><Codes>${codes.map(([guid, name]) => `<Code guid="${guid}" name="${name}" isCodable="true"/>`).join('')}</Codes></CodeBook>`;

/**
 * Imports `bytes` both ways and checks the refusal: a clear IMPORT_FAILED message, no new study file
 * (nor its -wal/-shm), and the open study exactly as it was.
 */
async function expectRefused(bytes: Uint8Array | string, message: RegExp): Promise<void> {
  // A new study would be filed in the studies folder (the headless host has no save dialog).
  const studiesDir = env.backend.context.studies.studiesDir;
  const asNew = await env.fail('refi:importQdpx', { ...incoming(env, 'qdpx', 'x.qdpx', b64(bytes)), into: 'new' }, 'IMPORT_FAILED');
  expect(asNew.message).toMatch(message);
  expect(asNew.message).toMatch(/Nothing was imported\.$/);
  expect(existsSync(studiesDir) ? readdirSync(studiesDir) : []).toEqual([]);
  const intoOpen = await env.fail('refi:importQdpx', { ...incoming(env, 'qdpx', 'x.qdpx', b64(bytes)), into: 'open' }, 'IMPORT_FAILED');
  expect(intoOpen.message).toMatch(message);
  expect((await env.ok('study:current', {}))!.title).toBe('Study kept');
  expect(dumpStudy(env)).toEqual(before);
  expect(env.logs).toEqual([]);
}

describe('hostile .qdpx files get a clear error and leave nothing behind', () => {
  it('zip-slip and absolute entry names', async () => {
    await expectRefused(
      writeRawZip([
        { name: 'project.qde', data: project('') },
        { name: '../../evil.txt', data: 'x' },
      ]),
      /climbs out of the archive/,
    );
    await expectRefused(
      writeRawZip([
        { name: 'project.qde', data: project('') },
        { name: '/etc/passwd', data: 'x' },
      ]),
      /absolute path/,
    );
    await expectRefused(
      writeRawZip([
        { name: 'project.qde', data: project('') },
        { name: 'C:/Windows/evil.txt', data: 'x' },
      ]),
      /absolute path/,
    );
  });

  it('zip bombs and lying size headers', async () => {
    await expectRefused(
      writeRawZip([
        { name: 'project.qde', data: project('') },
        { name: 'sources/bomb.txt', data: 'a'.repeat(4 * 1024 * 1024) },
      ]),
      /compressed more than 200:1/,
    );
    await expectRefused(writeRawZip([{ name: 'project.qde', data: project(''), declaredSize: 900 * 1024 * 1024 }]), /more than 512 MB/);
    await expectRefused(
      writeRawZip([{ name: 'project.qde', data: project(''), declaredSize: 10 }]),
      /holds more data than its header says/,
    );
    await expectRefused(writeRawZip([{ name: 'project.qde', data: project(''), crc: 1234 }]), /checksum mismatch/);
  });

  it('DOCTYPE, entities and malformed XML', async () => {
    await expectRefused(
      qdpx(`<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;"/>`),
      /document type declarations/,
    );
    await expectRefused(qdpx(project('<Users><User guid="a" name="&lol9;"/></Users>')), /entity &lol9; is not defined/);
    await expectRefused(qdpx(project('<Users><User guid="x">')), /not well-formed XML.*line/);
    await expectRefused(qdpx('<Codebook/>'), /not a REFI-QDA project.*<Codebook>/);
  });

  it('not a project at all: random bytes, no .qde, two .qde files', async () => {
    await expectRefused(
      new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]),
      /not a zip archive/,
    );
    await expectRefused(writeRawZip([{ name: 'readme.txt', data: 'hi' }]), /no project file \(\.qde\)/);
    await expectRefused(
      writeRawZip([
        { name: 'a.qde', data: project('') },
        { name: 'b.qde', data: project('') },
      ]),
      /2 project files/,
    );
  });

  it('duplicate GUIDs that make references ambiguous (any spelling of the same GUID)', async () => {
    await expectRefused(qdpx(project(codebook([g(1), 'A'], [`{${g(1).toUpperCase()}}`, 'B']))), /GUID .* for two codes \("A" and "B"\)/);
    const twoSources = `<Sources><TextSource guid="${g(5)}" name="One"><PlainTextContent>a</PlainTextContent></TextSource><TextSource guid="${g(5)}" name="Two"><PlainTextContent>b</PlainTextContent></TextSource></Sources>`;
    await expectRefused(qdpx(project(twoSources)), /for two sources \("One" and "Two"\)/);
  });
});

describe('hostile parts of an otherwise good file are dropped with their reason', () => {
  it('positions past the end of the text, a missing source file, a missing code: reported, never written', async () => {
    const doc = g(20);
    const inner =
      codebook([g(1), 'Late']) +
      `<Sources><TextSource guid="${doc}" name="Doc" plainTextPath="internal://${doc}.txt">` +
      selection(g(30), at(TEXT, 'The driver was late.'), [g(1)]) +
      selection(g(31), [9_000, 9_010], [g(1)]) +
      selection(g(32), [0, 99_999_999_999], [g(1)]) +
      selection(g(33), at(TEXT, 'Slots vanish'), [g(99)]) +
      `</TextSource><TextSource guid="${g(21)}" name="Gone" plainTextPath="internal://${g(21)}.txt">${selection(g(34), [0, 5], [g(1)])}</TextSource></Sources>`;
    const report = await env.ok('refi:importQdpx', {
      ...incoming(env, 'qdpx', 'partial.qdpx', b64(qdpx(project(inner), { [`sources/${doc}.txt`]: TEXT }))),
      into: 'open',
    });
    expect(report.counts).toMatchObject({ sources: 1, codes: 1, codings: 2 });
    expect(entryWords(report.dropped)).toEqual([
      { what: 'source "Gone"', why: `its text file internal://${g(21)}.txt is not in the .qdpx; its 1 coding(s) could not be placed` },
      { what: 'selection 9000–9010 in "Doc"', why: `it starts past the end of the text (${TEXT.length} characters)` },
      { what: `coding on "Slots vanish" in "Doc"`, why: `it refers to the code ${g(99)}, which is not in the codebook` },
    ]);
    expect(entryWords(report.mapped)).toContainEqual({
      what: 'selection 0–99999999999 in "Doc"',
      how: `ends past the end of the text (${TEXT.length} characters); cut at the end`,
    });
    const rows = env.query<{ quote: string }>(
      "SELECT quote FROM codings c JOIN codes k ON k.id = c.code_id WHERE k.name = 'Late' ORDER BY start_offset",
    );
    expect(rows.map((r) => r.quote)).toEqual([TEXT, 'The driver was late.']);
  });

  it('a failure while writing a new study removes the file and keeps the open study', async () => {
    const target = join(env.dir, 'half.verbatim');
    expect(() =>
      env.backend.context.studies.create(target, 'Half', false, () => {
        throw new Error('disk full halfway');
      }),
    ).toThrow('disk full halfway');
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}-wal`)).toBe(false);
    expect((await env.ok('study:current', {}))!.title).toBe('Study kept');
  });

  it('hostile .qdc codebooks are refused the same way', async () => {
    const refuse = async (xml: string, message: RegExp) => {
      const failure = await env.fail('refi:importQdc', { ...incoming(env, 'qdc', 'x.qdc', b64(xml)) }, 'IMPORT_FAILED');
      expect(failure.message).toMatch(message);
      expect(dumpStudy(env)).toEqual(before);
    };
    await refuse('<!DOCTYPE CodeBook [<!ENTITY a "aaaa">]><CodeBook/>', /document type declarations/);
    await refuse('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes></CodeBook>', /not well-formed/);
    await refuse('<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>', /root element is <Project>/);
    await refuse('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>', /has no codes/);
    await refuse(
      `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${g(1)}" name="A" isCodable="true"/><Code guid="${g(1)}" name="B" isCodable="true"/></Codes></CodeBook>`,
      /two codes/,
    );
  });
});
