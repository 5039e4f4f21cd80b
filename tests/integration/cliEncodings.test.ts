import Database from 'better-sqlite3';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWithPython, SAMPLES } from '../fixtures/encodingSamples';
import { useCliHarness } from './cliHarness';
import { fingerprintClosedFile } from './studyFingerprint';

const harness = useCliHarness('verbatim-cli-enc-');
const cli = harness.cli;
const dir = () => harness.dir();

async function newStudy(): Promise<string> {
  const study = join(dir(), 's.verbatim');
  await cli('new', study);
  return study;
}
function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir(), name);
  writeFileSync(path, bytes);
  return path;
}
function rows<T>(study: string, sql: string): T[] {
  const db = new Database(study, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
const names = (study: string) =>
  rows<{ display_name: string }>(study, 'SELECT display_name FROM participants ORDER BY display_name').map((r) => r.display_name);

const GBK_CSV = '姓名,性别,年龄,备注\n王芳,女,34,常客\n李伟,男,41,\n';

describe('verbatim import-participants', () => {
  it('imports a GBK CSV, printing the encoding and what each column became', async () => {
    const study = await newStudy();
    const r = await cli('import-participants', study, write('canyuzhe.csv', encodeWithPython(GBK_CSV, 'gb18030')));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Read canyuzhe.csv as Chinese Simplified (GBK / GB18030).');
    expect(r.out).toContain('  姓名 -> participant name\n');
    expect(r.out).toContain('  年龄 -> new attribute "年龄" (number)\n');
    expect(r.out).toContain('  备注 -> notes\n');
    expect(r.out).toContain('Imported 2 new and 0 updated participant(s); 2 new attribute(s).');
    expect(names(study)).toEqual(['李伟', '王芳'].sort());
  });

  it('--json says the same for a script', async () => {
    const study = await newStudy();
    const r = await cli('import-participants', study, write('p.csv', encodeWithPython(GBK_CSV, 'gb18030')), '--json');
    expect(JSON.parse(r.out)).toMatchObject({
      fileName: 'p.csv',
      encoding: 'gb18030',
      encodingEvidence: 'detected',
      created: 2,
      updated: 0,
      columns: [{ column: '姓名', target: 'participant name' }, {}, {}, {}],
    });
  });

  it('refuses a guessed encoding, naming the choices, and imports with the one given by --encoding', async () => {
    const study = await newStudy();
    const file = write('grad.csv', encodeWithPython('Ime\nČačak\n', 'windows-1250'));
    const before = fingerprintClosedFile(study);
    const guessed = await cli('import-participants', study, file);
    expect(guessed.code).toBe(1);
    expect(guessed.err).toMatch(/grad\.csv is not UTF-8 and its encoding is a guess/);
    expect(guessed.err).toMatch(/--encoding windows-1250/);
    expect(fingerprintClosedFile(study)).toEqual(before);
    expect((await cli('import-participants', study, file, '--encoding', 'cp1250')).code).toBe(0);
    expect(names(study)).toEqual(['Čačak']);
  });

  it('refuses bad input with one clear line and changes nothing: unknown encoding, empty, binary, huge, bad rows', async () => {
    const study = await newStudy();
    const before = fingerprintClosedFile(study);
    const huge = write('huge.csv', 'Name\nAna\n');
    truncateSync(huge, 20 * 1024 * 1024 + 1);
    const cases: [string[], RegExp, number][] = [
      [[write('a.csv', 'Name\nAna\n'), '--encoding', 'ebcdic'], /unknown encoding "ebcdic": use one of utf-8, /, 2],
      [[write('empty.csv', '')], /empty\.csv is empty/, 1],
      [[write('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))], /photo\.csv looks like a binary file/, 1],
      [[huge], /huge\.csv is larger than 20 MB/, 1],
      [[write('dup.csv', 'Name\nAna\nAna\n')], /dup\.csv: 1 problem\(s\), so nothing was imported \(line 3: /, 1],
      [[write('cjk.csv', encodeWithPython(GBK_CSV, 'gb18030')), '--encoding', 'utf-8'], /cannot be read as Unicode \(UTF-8\)/, 1],
    ];
    for (const [args, message, code] of cases) {
      const r = await cli('import-participants', study, ...args);
      expect(r.code, args[0]).toBe(code);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
    expect(fingerprintClosedFile(study)).toEqual(before);
  });
});

describe('verbatim import --encoding', () => {
  it('reads a Windows-1250 Croatian transcript by its letters, and in the encoding named', async () => {
    const study = await newStudy();
    const file = write('intervju.txt', encodeWithPython(SAMPLES.hr, 'windows-1250'));
    const r = await cli('import', study, file, '--session', 'Čačak');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Note: The file is not UTF-8; its letters show it is Central European \(Windows-1250\)/);
    expect((await cli('import', study, file, '--session', 'Čačak', '--encoding', 'windows-1252')).code).toBe(0);
    const texts = rows<{ plain_text: string }>(study, 'SELECT plain_text FROM documents ORDER BY created_at').map((d) => d.plain_text);
    expect(texts[0]).toContain('u Čačku?');
    expect(texts[1]).toContain('u Èaèku?');
  });

  it('refuses an unknown encoding name and a guessed encoding, changing nothing', async () => {
    const study = await newStudy();
    const before = fingerprintClosedFile(study);
    const file = write('grad.txt', encodeWithPython('Ana: Čačak\n', 'windows-1250'));
    const unknown = await cli('import', study, file, '--encoding', 'latin-9');
    expect(unknown).toMatchObject({ code: 2, err: expect.stringMatching(/unknown encoding "latin-9"/) });
    const guessed = await cli('import', study, file);
    expect(guessed).toMatchObject({ code: 1, err: expect.stringMatching(/grad\.txt is not UTF-8 and its encoding is a guess/) });
    expect(fingerprintClosedFile(study)).toEqual(before);
  });
});
