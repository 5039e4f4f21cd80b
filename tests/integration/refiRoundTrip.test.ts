import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZipArchive } from '../../main/formats/zip';
import { exportTo, incoming, makeEnv, type TestEnv } from './helpers';
import { comparable } from './refiCompare';
import { buildRoundTripStudy, TRANSCRIPT } from './refiStudy';
import { entryWords } from '../english';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

/** Exports the open study to a file and imports that file as a new study (which becomes the open one). */
async function roundTrip(name: string) {
  const exported = await exportTo(env, 'refi:exportQdpx', join(env.dir, `${name}.qdpx`));
  const bytes = readFileSync(exported.path!);
  const report = await env.ok('refi:importQdpx', { ...incoming(env, 'qdpx', `${name}.qdpx`, bytes.toString('base64')), into: 'new' });
  return { exported, bytes, report };
}

describe('export → import gives the same study', () => {
  it('a synthetic study with emoji, CJK, right-to-left text and a CRLF-sourced transcript', async () => {
    await env.createStudy('origin');
    await buildRoundTripStudy(env);
    const before = await comparable(env);
    expect(before.documents[0]!.plain_text).toBe(TRANSCRIPT.replace(/\r\n/g, '\n\n').replace(/^[^:\n]+: /gm, ''));
    expect(before.codings.map((c) => c.coder).sort()).toEqual(['Bob Coder', 'Bob Coder', 'root', 'root', 'root'].sort());

    const { exported, bytes, report } = await roundTrip('synthetic');
    expect(exported.notes).toContainEqual(
      '1 document(s) contain emoji or other rare characters. NVivo reads every coding exactly. QualCoder shows the codings in the right place in its documents, but its reports show each coded passage shifted by one character for every emoji or rare character earlier in the document.',
    );
    const zip = ZipArchive.open(bytes);
    const sourceFile = zip.names().find((n) => n.startsWith('sources/'))!;
    const raw = zip.read(sourceFile);
    expect([raw[0], raw[1], raw[2]]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.includes(13)).toBe(false);

    expect(entryWords(report.dropped)).toEqual([]);
    expect(report.positions).toMatch(/^emoji and rare characters as two \(NVivo's way\).*5 of 5 selections match their stored text/);
    expect(report.counts).toMatchObject({ sources: 1, codes: 4, codings: 5, cases: 3, variables: 7, notes: 5, sessions: 2 });
    expect(await comparable(env)).toEqual(before);
  });

  it('merging the export back into the study it came from changes nothing (everything matches by GUID)', async () => {
    const created = await env.createStudy('merge');
    await buildRoundTripStudy(env);
    const before = await comparable(env);
    const exported = await exportTo(env, 'refi:exportQdpx', join(env.dir, 'merge.qdpx'));
    const report = await env.ok('refi:importQdpx', {
      ...incoming(env, 'qdpx', 'merge.qdpx', readFileSync(exported.path!).toString('base64')),
      into: 'open',
    });
    expect(report.study.path).toBe(created.path);
    expect(report.backupPath).toMatch(/before-importing-qdpx/);
    expect(entryWords(report.mapped)).toEqual(
      expect.arrayContaining([
        { what: 'source "fg1"', how: 'is already in this study (same GUID, same text); its codings were added to that document' },
        { what: '5 coding(s) in "fg1"', how: 'this study already has them (same code, same words, same coder); not added twice' },
        { what: '5 note(s)', how: 'this study already has them (same GUID); not added twice' },
      ]),
    );
    expect(await comparable(env)).toEqual(before);
  });

  it('the sample study (compared as a whole, whatever it holds)', async () => {
    await env.ok('study:openSample', {});
    const before = await comparable(env);
    expect(before.documents.length).toBeGreaterThan(0);
    const { report } = await roundTrip('sample');
    expect(entryWords(report.dropped)).toEqual([]);
    expect(report.counts.sources).toBe(before.documents.length);
    expect(report.counts.codings).toBe(before.codings.filter((c) => c.status === 'anchored').length);
    const after = await comparable(env);
    expect(after.title).toBe(before.title);
    expect(after).toEqual(before);
  });
});
