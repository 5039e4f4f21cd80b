import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../shared/i18n/translator';
import { failureText } from '../../shared/result';
import { codingWorkspace, type Workspace } from './codingFixtures';
import { convertWithLibreOffice, hasLibreOffice, NO_LIBREOFFICE } from './libreOffice';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

/** Python's csv module as an independent reader of what we wrote: rows of cells. */
function pythonCsv(bytes: Uint8Array): string[][] {
  const r = spawnSync(
    'python3',
    [
      '-c',
      'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))',
      write('p.csv', bytes),
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

/** Python's zipfile reads the Word file's paragraphs (the text of each w:p): a reader that is not ours. */
function pythonDocx(bytes: Uint8Array): string[] {
  const script = [
    'import json, re, sys, zipfile',
    'xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")',
    'paras = [re.sub(r"<[^>]+>", "", re.sub(r"<w:br/>", "\\n", p)) for p in re.findall(r"<w:p>.*?</w:p>", xml)]',
    'print(json.dumps([p.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", chr(34)).replace("&#39;", chr(39)) for p in paras]))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, write('p.docx', bytes)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[];
}

const dir = mkdtempSync(join(tmpdir(), 'verbatim-passages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

async function coded() {
  const doc = w.transcript([
    ['Dana', 'Anything else?'],
    ['Priya', '=HYPERLINK("http://evil.example","click") is what the app showed me, then "Slots vanish".'],
    ['Gareth', 'Drivers are rushed.'],
  ]);
  const code = await w.call('codes:create', { name: 'Delivery' });
  for (const words of ['=HYPERLINK("http://evil.example","click") is what the app showed me', 'Drivers are rushed'])
    await w.call('codings:create', { ...(await w.rangeOf(doc, words)), codeId: code.id });
  const people = await w.call('participants:list', {});
  return { code, gareth: people.find((p) => p.displayName === 'Gareth')!.id };
}

const decode = (b64: string) => Uint8Array.from(Buffer.from(b64, 'base64'));

describe('exporting retrieved passages', () => {
  it('writes the filtered, sorted list as CSV that a spreadsheet reads as text, never as a formula', async () => {
    const { code, gareth } = await coded();
    const all = await w.call('retrieve:export', { codeId: code.id, format: 'csv', sort: 'length' });
    expect(all.files.map((f) => [f.name, f.mimeType])).toEqual([['Delivery-passages.csv', 'text/csv']]);
    const rows = pythonCsv(decode(all.files[0]!.dataBase64));
    expect(rows[0]).toEqual([
      'Code',
      'Kind',
      'Text',
      'Speakers',
      'Attributes',
      'Session',
      'Session date',
      'Document',
      'Time',
      'Coder',
      'Coded at',
      'Needs review',
    ]);
    expect(rows.slice(1).map((r) => [r[2], r[3], r[5], r[8]])).toEqual([
      [`'=HYPERLINK("http://evil.example","click") is what the app showed me`, 'Priya', 'FG 1', '00:01'],
      ['Drivers are rushed', 'Gareth', 'FG 1', '00:02'],
    ]);
    const one = await w.call('retrieve:export', { codeId: code.id, format: 'csv', filter: { speakers: [`p:${gareth}`] } });
    expect(
      pythonCsv(decode(one.files[0]!.dataBase64))
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(['Drivers are rushed']);
  });

  it('writes a Word file where quotes are quotations and live notes are marked as the note-taker’s words', async () => {
    const { code, gareth } = await coded();
    const street = await w.call('sessions:create', { kind: 'intercept', title: 'Street' });
    await w.call('participants:setSessionRole', { participantId: gareth, sessionId: street.id, role: 'participant' });
    const note = await w.call('notes:add', {
      sessionId: street.id,
      timeMs: 61_000,
      speaker: { kind: 'participant', participantId: gareth },
      text: 'Gareth waits in for slots',
    });
    await w.call('notes:code', { id: note.id, codeId: code.id });
    const r = await w.call('retrieve:export', { codeId: code.id, format: 'docx', filter: { speakers: [`p:${gareth}`] } });
    expect(r.files.map((f) => f.name)).toEqual(['Delivery-passages.docx']);
    const paragraphs = pythonDocx(decode(r.files[0]!.dataBase64));
    expect(paragraphs).toEqual([
      'Passages: Delivery',
      '2 of 3 passages, with sub-codes · Speaker: Gareth · in session and time order',
      '“Drivers are rushed”',
      '— Gareth · FG 1 · Transcript · 00:02',
      'Live note (the note-taker’s words): Gareth waits in for slots',
      'About Gareth · Street · Street — notes · 01:01',
    ]);
  });

  it('writes the Word file in the language the UI asks for: Hungarian words, Hungarian quotation marks, hu-HU for Word', async () => {
    const { code, gareth } = await coded();
    const nps = await w.call('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps', scaleMin: 0, scaleMax: 10 });
    await w.call('participants:setValue', { participantId: gareth, attributeId: nps.id, value: 10 });
    const street = await w.call('sessions:create', { kind: 'intercept', title: 'Street' });
    await w.call('participants:setSessionRole', { participantId: gareth, sessionId: street.id, role: 'participant' });
    const note = await w.call('notes:add', {
      sessionId: street.id,
      timeMs: 61_000,
      speaker: { kind: 'participant', participantId: gareth },
      text: 'Gareth waits in for slots',
    });
    await w.call('notes:code', { id: note.id, codeId: code.id });
    const r = await w.call('retrieve:export', { codeId: code.id, format: 'docx', filter: { speakers: [`p:${gareth}`] }, language: 'hu' });
    const bytes = decode(r.files[0]!.dataBase64);
    expect(pythonDocx(bytes)).toEqual([
      'Szövegrészek: Delivery',
      '2 / 3 szövegrész, alkódokkal · Beszélő: Gareth · alkalom és idő szerint',
      '„Drivers are rushed”',
      '— Gareth (Ajánló) · FG 1 · Transcript · 00:02',
      'Élő jegyzet (a jegyzetelő szavai): Gareth waits in for slots',
      'Gareth (Ajánló) kapcsán · Street · Street — notes · 01:01',
    ]);
    const styles = spawnSync(
      'python3',
      ['-c', 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/styles.xml").decode("utf-8"))', write('hu.docx', bytes)],
      { encoding: 'utf8' },
    );
    expect(styles.stdout).toContain('<w:lang w:val="hu-HU" w:eastAsia="zh-CN"/>');
  });

  it('writes the table in the UI’s language, with that language’s list separator in CSV', async () => {
    const { code } = await coded();
    const r = await w.call('retrieve:export', { codeId: code.id, format: 'csv', language: 'hr' });
    const text = new TextDecoder().decode(decode(r.files[0]!.dataBase64));
    expect(text.split('\r\n')[0]).toBe(
      'Kod;Vrsta;Tekst;Govornici;Atributi;Sesija;Datum sesije;Dokument;Vrijeme;Koder;Kodirano;Treba provjeriti',
    );
    expect(text).toContain(';Citat iz transkripta;Drivers are rushed;');
  });

  it('refuses an empty list in the asking language too', async () => {
    const { code } = await coded();
    const r = await w.attempt('retrieve:export', {
      codeId: code.id,
      format: 'docx',
      filter: { sessionIds: [crypto.randomUUID()] },
      language: 'zh-Hans',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'INVALID_INPUT', messageId: 'passages.nothingToExport' });
    expect(failureText(translatorFor('zh-Hans'), r.error)).toBe(
      '没有符合这些筛选条件的片段，因此没有可导出的内容。请清除一个筛选条件后重试。',
    );
  });

  it('refuses to export a list the filters left empty, before asking where to save', async () => {
    const { code } = await coded();
    const r = await w.attempt('retrieve:export', { codeId: code.id, format: 'xlsx', filter: { sessionIds: [crypto.randomUUID()] } });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^No passages match these filters/) },
    });
  });

  // LibreOffice Calc as an independent reader of the workbook.
  it.skipIf(!hasLibreOffice)(
    hasLibreOffice ? 'writes an Excel workbook that LibreOffice reads back cell for cell' : NO_LIBREOFFICE,
    async () => {
      const { code } = await coded();
      const r = await w.call('retrieve:export', { codeId: code.id, format: 'xlsx' });
      const file = write('Delivery-passages.xlsx', decode(r.files[0]!.dataBase64));
      convertWithLibreOffice([file], 'csv', join(dir, 'out'));
      const rows = pythonCsv(readFileSync(join(dir, 'out', 'Delivery-passages.csv')));
      expect(rows.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
        ['Transcript quote', '=HYPERLINK("http://evil.example","click") is what the app showed me', 'Priya'],
        ['Transcript quote', 'Drivers are rushed', 'Gareth'],
      ]);
    },
    150_000,
  );
});
