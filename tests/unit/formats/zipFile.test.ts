import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, ZipArchive, ZipError } from '../../../main/formats/zip';
import { writeZip, type ZipEntrySpec } from './zipWriter';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-zipfile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function onDisk(bytes: Uint8Array): string {
  const path = join(dir, `${crypto.randomUUID()}.zip`);
  writeFileSync(path, bytes);
  return path;
}

/** The ZipError message of opening (and reading `read` from) an archive, or null when it opens and reads. */
function outcome(open: () => ZipArchive, read?: string): string | null {
  let zip: ZipArchive | null = null;
  try {
    zip = open();
    if (read !== undefined) zip.read(read);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(ZipError);
    return (e as Error).message;
  } finally {
    zip?.close();
  }
}

const one = (entry: Partial<ZipEntrySpec>) => writeZip([{ name: 'word/document.xml', data: 'hello', ...entry }]);

describe('ZipArchive.openFile: reading by position from disk', () => {
  it('reads what the in-memory reader reads', () => {
    const bytes = writeZip([
      { name: 'a.txt', data: 'deflated text '.repeat(100) },
      { name: 'b.bin', data: new Uint8Array([0, 1, 2, 255]), method: 0 },
      { name: 'empty', data: '' },
      { name: 'dossier/résumé.xml', data: '<x/>' },
    ]);
    const zip = ZipArchive.openFile(onDisk(bytes));
    try {
      expect(zip.names()).toEqual(['a.txt', 'b.bin', 'empty', 'dossier/résumé.xml']);
      expect(zip.read('a.txt').toString()).toBe('deflated text '.repeat(100));
      expect([...zip.read('b.bin')]).toEqual([0, 1, 2, 255]);
      expect(zip.read('empty').length).toBe(0);
      expect(zip.read('dossier/résumé.xml').toString()).toBe('<x/>');
    } finally {
      zip.close();
    }
  });

  it('refuses every hostile archive with the same words as the in-memory reader', () => {
    const cases: [Uint8Array, string | undefined][] = [
      [new TextEncoder().encode('just text, no zip here at all'), undefined],
      [one({}).subarray(0, one({}).length - 10), undefined],
      [writeZip([{ name: 'word/document.xml', data: new Uint8Array(20 * 1024 * 1024) }]), undefined],
      [writeZip([{ name: 'word/document.xml', data: new Uint8Array(5 * 1024 * 1024), declaredSize: 1000 }]), 'word/document.xml'],
      [one({ declaredSize: 6 }), 'word/document.xml'],
      [one({ crc: 12345 }), 'word/document.xml'],
      [writeZip([{ name: '../evil.xml', data: 'x' }]), undefined],
      [writeZip([{ name: '/etc/passwd', data: 'x' }]), undefined],
      [
        writeZip([
          { name: 'a', data: '1' },
          { name: 'a', data: '2' },
        ]),
        undefined,
      ],
      [one({ localName: 'word/other.xml' }), 'word/document.xml'],
      [one({ flags: 1 }), undefined],
      [writeZip([{ name: 'a', data: 'x' }], { declaredCount: 0xffff }), undefined],
    ];
    for (const [bytes, read] of cases) {
      const inMemory = outcome(() => ZipArchive.open(bytes), read);
      expect(inMemory).not.toBeNull();
      expect(outcome(() => ZipArchive.openFile(onDisk(bytes)), read)).toBe(inMemory);
    }
  });

  it('an entry cut off by a file that shrinks after opening is refused, not read as zeros', () => {
    const bytes = writeZip([{ name: 'a.txt', data: 'x'.repeat(5000), method: 0 }]);
    const path = onDisk(bytes);
    const zip = ZipArchive.openFile(path);
    truncateSync(path, 1000);
    expect(outcome(() => zip, 'a.txt')).toBe('the entry "a.txt" is cut off');
  });

  it('a file that cannot be read throws the file system error (for the caller to put in words)', () => {
    expect(() => ZipArchive.openFile(join(dir, 'missing.zip'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => ZipArchive.openFile(dir)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });
});

describe('ZipArchive: the read budget (maxReadBytes) for archives whose large entries are never read', () => {
  const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 10_000, maxReadBytes: 3000 };
  const bytes = writeZip([
    { name: 'project.qde', data: 'q'.repeat(1000) },
    { name: 'sources/a.txt', data: 'a'.repeat(1500) },
    { name: 'sources/recording.mp4', data: 'm'.repeat(6000), method: 0 },
  ]);

  it('opens an archive declaring more than the budget, and reads what fits', () => {
    for (const zip of [ZipArchive.open(bytes, limits), ZipArchive.openFile(onDisk(bytes), limits)]) {
      expect(zip.read('project.qde').length).toBe(1000);
      expect(zip.read('sources/a.txt').length).toBe(1500);
      // The sum so far is 2,500 of 3,000: the recording (6,000) would pass it.
      expect(outcome(() => zip, 'sources/recording.mp4')).toBe('the archive would unpack to more than 3000 bytes');
      zip.close();
    }
  });

  it('a cap for one read refuses a larger entry before inflating it', () => {
    const zip = ZipArchive.open(bytes, limits);
    expect(() => zip.read('project.qde', 999)).toThrow(/^the entry "project\.qde" would unpack to more than 999 bytes$/);
    expect(zip.read('project.qde', 1000).length).toBe(1000);
  });

  it('counts every read: reading the same entry again is charged again', () => {
    const zip = ZipArchive.open(bytes, limits);
    zip.read('sources/a.txt');
    zip.read('project.qde');
    expect(outcome(() => zip, 'sources/a.txt')).toBe('the archive would unpack to more than 3000 bytes');
  });
});
