import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INCOMING_LIMITS } from '../../shared/domain/files';
import { b64, dumpStudy, incoming, makeEnv, type TestEnv } from './helpers';
import { english, problemWords } from '../english';

let env: TestEnv;
beforeEach(async () => {
  env = makeEnv();
  await env.createStudy('import');
});
afterEach(() => {
  env.backend.close();
  env.cleanup();
});

const fixture = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));
const preview = (fileName: string, data: string | Uint8Array, mapping?: unknown) =>
  env.call('participants:importPreview', { ...incoming(env, 'csv', fileName, b64(data)), ...(mapping ? { mapping } : {}) });
async function previewOk(fileName: string, data: string | Uint8Array) {
  return env.ok('participants:importPreview', incoming(env, 'csv', fileName, b64(data)));
}
async function importFailure(fileName: string, data: string | Uint8Array): Promise<string> {
  const r = await preview(fileName, data);
  expect(r).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } });
  return r.ok ? '' : r.error.message;
}

describe('import preview: reading the file', () => {
  it('reads an Excel semicolon CSV with BOM, CRLF and quoted multi-line cells', async () => {
    const p = await previewOk('excel-semicolon.csv', fixture('excel-semicolon.csv'));
    expect(p).toMatchObject({
      fileName: 'excel-semicolon.csv',
      encoding: 'utf-8-bom',
      encodingNote: null,
      rowCount: 5,
      validCount: 5,
      errors: [],
    });
    expect(p.columns).toEqual(['Name', 'Segment', 'NPS', 'CSAT', 'Customer since', 'Comment']);
    expect(p.mapping).toEqual([
      { kind: 'name' },
      { kind: 'newAttribute', name: 'Segment', type: 'category', scaleKind: null },
      { kind: 'newAttribute', name: 'NPS', type: 'score', scaleKind: 'nps' },
      { kind: 'newAttribute', name: 'CSAT', type: 'score', scaleKind: 'csat' },
      { kind: 'newAttribute', name: 'Customer since', type: 'date', scaleKind: null },
      { kind: 'notes' },
    ]);
    expect(p.sample.map((s) => [s.line, s.name])).toEqual([
      [2, 'Ana Lopez'],
      [3, 'Ben Carter'],
      [5, 'Chloé Martin'],
      [6, 'Dev Patel'],
      [7, 'Eva Novak'],
    ]);
    expect(p.sample[0]!.values).toEqual(['Family weekly shop', 9, 5, '2023-05-14']);
  });

  it('reads Windows-1252 bytes and says so in the preview', async () => {
    const p = await previewOk('windows-1252.csv', fixture('windows-1252.csv'));
    expect(p.encoding).toBe('windows-1252');
    expect(english(p.encodingNote)).toMatch(/windows-1252\.csv is not UTF-8/);
    expect(p.sample.map((s) => s.name)).toEqual(['Renée', 'José']);
  });

  it.each([
    ['utf16le', 'utf-16le'],
    ['utf16be', 'utf-16be'],
  ] as const)('reads %s with a BOM', async (_, encoding) => {
    const le = Buffer.from('\ufeffName\tRégion\r\nZoë\tÎle\r\n', 'utf16le');
    if (encoding === 'utf-16be') le.swap16();
    const p = await previewOk('u16.csv', le);
    expect(p).toMatchObject({ encoding, columns: ['Name', 'Région'], sample: [{ name: 'Zoë', values: ['Île'] }] });
  });

  it('reads a tab-separated survey export and spots the recommend question as NPS', async () => {
    const p = await previewOk('survey-tab.csv', fixture('survey-tab.csv'));
    expect(p.mapping).toEqual([
      { kind: 'name' },
      { kind: 'newAttribute', name: 'Age band', type: 'category', scaleKind: null },
      { kind: 'newAttribute', name: 'How likely are you to recommend us?', type: 'score', scaleKind: 'nps' },
    ]);
  });

  it.each([
    ['an empty file', '', /empty\.csv is empty/],
    ['only a BOM', '\ufeff', /empty\.csv is empty/],
    ['binary data', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /empty\.csv looks like a binary file/],
    ['invalid UTF-16', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), /says it is UTF-16LE but contains invalid/],
    ['a quote never closed', 'Name,Note\nAna,ok\nBen,"oops\nstill\n', /^empty\.csv, line 3: a quoted field opened here is never closed\.$/],
    ['blank lines only', '\n\n\n', /line 1: the file has no header row/],
  ] as const)('refuses %s with IMPORT_FAILED naming the file', async (_, data, message) => {
    expect(await importFailure('empty.csv', data)).toMatch(message);
  });

  it('a header without rows previews as empty', async () => {
    const p = await previewOk('header.csv', 'Name,NPS\n');
    expect(p).toMatchObject({ rowCount: 0, validCount: 0, newParticipants: 0, errors: [], sample: [] });
  });

  it('lists ragged rows and duplicate names with their lines', async () => {
    const p = await previewOk('bad.csv', 'Name,Region\nAna,North\n"Ben\nB.",South\nCy\nana,East\nDee,West,extra\n');
    expect(problemWords(p.errors)).toEqual([
      { line: 5, message: 'has 1 fields, the header has 2' },
      { line: 6, message: '"ana" already appears on line 2' },
      { line: 7, message: 'has 3 fields, the header has 2' },
    ]);
    expect(p).toMatchObject({ rowCount: 5, validCount: 2 });
  });

  it('counts new and existing participants, matching names in any case', async () => {
    await env.ok('participants:create', { displayName: 'Ana' });
    const p = await previewOk('p.csv', 'Name\nANA\nBen\n');
    expect(p).toMatchObject({ newParticipants: 1, updatedParticipants: 1 });
  });

  it('re-checks a mapping the user changed', async () => {
    const r = await preview('p.csv', 'Name,NPS\nAna,11\n', [
      { kind: 'name' },
      { kind: 'newAttribute', name: 'NPS', type: 'score', scaleKind: 'nps' },
    ]);
    expect(r).toMatchObject({ ok: true, value: { validCount: 0, errors: [{ line: 2, message: 'NPS: 11 is outside 0–10' }] } });
    const asText = await preview('p.csv', 'Name,NPS\nAna,11\n', [
      { kind: 'name' },
      { kind: 'newAttribute', name: 'NPS', type: 'text', scaleKind: null },
    ]);
    expect(asText).toMatchObject({ ok: true, value: { validCount: 1, errors: [], sample: [{ values: ['11'] }] } });
  });

  it('writes nothing, however often it runs', async () => {
    const before = dumpStudy(env);
    await previewOk('excel-semicolon.csv', fixture('excel-semicolon.csv'));
    await previewOk('bad.csv', 'Name,X\nAna\n');
    await importFailure('broken.csv', 'Name\n"open');
    expect(dumpStudy(env)).toEqual(before);
    expect(env.query('SELECT op FROM op_log')).toEqual([{ op: 'study:create' }]);
  });
});

describe('import size limits', () => {
  it('refuses a file over the CSV limit when it is taken in, with a clear message, and holds nothing', async () => {
    const before = dumpStudy(env);
    expect(() => incoming(env, 'csv', 'huge.csv', Buffer.alloc(INCOMING_LIMITS.csv.bytes + 1, 0x41).toString('base64'))).toThrow(
      'huge.csv is larger than 20 MB, more than Verbatim imports. Nothing was imported.',
    );
    expect(dumpStudy(env)).toEqual(before);
  });

  it('refuses a file id that is not one', async () => {
    await env.fail('participants:importPreview', { fileId: 'people.csv' }, 'INVALID_INPUT');
  });
});
