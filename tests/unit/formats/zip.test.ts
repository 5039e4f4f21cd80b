import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, ZipArchive, ZipError } from '../../../main/formats/zip';
import { writeZip, type ZipEntrySpec } from './zipWriter';

function zipError(bytes: Uint8Array, read?: string): string {
  try {
    const zip = ZipArchive.open(bytes);
    if (read !== undefined) zip.read(read);
  } catch (e) {
    expect(e).toBeInstanceOf(ZipError);
    return (e as Error).message;
  }
  throw new Error('expected a ZipError');
}

const one = (entry: Partial<ZipEntrySpec>) => writeZip([{ name: 'word/document.xml', data: 'hello', ...entry }]);

describe('ZipArchive: reading', () => {
  it('reads deflated and stored entries, including empty and non-ASCII names', () => {
    const zip = ZipArchive.open(
      writeZip([
        { name: 'a.txt', data: 'deflated text '.repeat(100) },
        { name: 'b.bin', data: new Uint8Array([0, 1, 2, 255]), method: 0 },
        { name: 'empty', data: '' },
        { name: 'dossier/résumé.xml', data: '<x/>' },
      ]),
    );
    expect(zip.names()).toEqual(['a.txt', 'b.bin', 'empty', 'dossier/résumé.xml']);
    expect(zip.read('a.txt').toString()).toBe('deflated text '.repeat(100));
    expect([...zip.read('b.bin')]).toEqual([0, 1, 2, 255]);
    expect(zip.read('empty').length).toBe(0);
    expect(zip.read('dossier/résumé.xml').toString()).toBe('<x/>');
    expect(zip.has('missing')).toBe(false);
  });

  it('reads an archive inside a larger buffer (Uint8Array view with an offset)', () => {
    const bytes = writeZip([{ name: 'x', data: 'inner' }]);
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 10);
    expect(ZipArchive.open(padded.subarray(10)).read('x').toString()).toBe('inner');
  });

  it('names a missing entry', () => {
    expect(zipError(one({}), 'nope.xml')).toBe('the archive has no "nope.xml"');
  });
});

describe('ZipArchive: hostile archives', () => {
  it('refuses what is not a zip, or a cut-off one', () => {
    expect(zipError(new TextEncoder().encode('just text, no zip here at all'))).toMatch(/not a zip archive/);
    const whole = one({});
    expect(zipError(whole.subarray(0, whole.length - 10))).toMatch(/not a zip archive, or it is cut off/);
  });

  it('refuses a zip bomb by its ratio before inflating anything', () => {
    const zeros = new Uint8Array(20 * 1024 * 1024); // deflates ~1000:1
    expect(zipError(writeZip([{ name: 'word/document.xml', data: zeros }]))).toBe(
      'the entry "word/document.xml" is compressed more than 200:1, which only zip bombs do',
    );
  });

  it('refuses archives that declare more than the total cap', () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 1000 };
    const big = writeZip([
      { name: 'a', data: 'y'.repeat(600) },
      { name: 'b', data: 'z'.repeat(600) },
    ]);
    expect(() => ZipArchive.open(big, limits)).toThrow('the archive would unpack to more than 1000 bytes');
    // Default cap: one stored entry claiming 250 MB (with sizes that agree) is refused from the directory alone.
    const liar = writeZip([{ name: 'a', data: 'x', method: 0, declaredSize: 250 * 1024 * 1024 }]);
    const view = Buffer.from(liar);
    const cd = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.writeUInt32LE(250 * 1024 * 1024, cd + 20); // compressed size = declared size, so only the cap can object
    expect(zipError(new Uint8Array(view))).toBe('the entry "a" would unpack to more than 200 MB');
  });

  it('a header that understates the size: inflation stops at the declared size', () => {
    const zeros = new Uint8Array(5 * 1024 * 1024);
    const bytes = writeZip([{ name: 'word/document.xml', data: zeros, declaredSize: 1000 }]);
    // This message comes from zlib's maxOutputLength stop, i.e. the 5 MB were never produced.
    expect(zipError(bytes, 'word/document.xml')).toBe('the entry "word/document.xml" holds more data than its header says (1000 bytes)');
  });

  it('a header that overstates the size, or a wrong CRC, is refused', () => {
    expect(zipError(one({ declaredSize: 6 }), 'word/document.xml')).toBe(
      'the entry "word/document.xml" holds 5 bytes but its header says 6',
    );
    expect(zipError(one({ crc: 12345 }), 'word/document.xml')).toBe('the entry "word/document.xml" is damaged (checksum mismatch)');
  });

  it('a corrupt deflate stream is refused', () => {
    const bytes = one({ data: 'some text that deflates' });
    const broken = new Uint8Array(bytes);
    broken[30 + 'word/document.xml'.length] = 0xff; // first byte of the deflate data
    expect(zipError(broken, 'word/document.xml')).toMatch(/is damaged|holds/);
  });

  it.each([
    ['../evil.xml', /climbs out of the archive/],
    ['word/../../evil.xml', /climbs out of the archive/],
    ['..\\evil.xml', /climbs out of the archive/],
    ['/etc/passwd', /absolute path/],
    ['\\\\server\\share', /absolute path/],
    ['C:/Windows/x', /absolute path/],
    ['a\0b.xml', /NUL character/],
  ])('refuses the entry name %j (zip slip)', (name, message) => {
    expect(zipError(writeZip([{ name, data: 'x' }]))).toMatch(message);
  });

  it('refuses duplicate names and a local header that disagrees with the directory', () => {
    expect(
      zipError(
        writeZip([
          { name: 'a', data: '1' },
          { name: 'a', data: '2' },
        ]),
      ),
    ).toBe('the archive lists "a" twice');
    expect(zipError(one({ localName: 'word/other.xml' }), 'word/document.xml')).toBe(
      'the entry "word/document.xml" has two different names',
    );
  });

  it('refuses encrypted entries, unknown methods, zip64 and too many entries', () => {
    expect(zipError(one({ flags: 1 }))).toBe('the entry "word/document.xml" is encrypted');
    expect(zipError(one({ method: 12 }))).toBe('the entry "word/document.xml" uses compression method 12, which is not supported');
    expect(zipError(writeZip([{ name: 'a', data: 'x' }], { declaredCount: 0xffff }))).toBe('zip64 archives are not supported');
    const many = Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}`, data: '', method: 0 }));
    expect(zipError(writeZip(many))).toBe('the archive has 2001 entries; at most 2000 are allowed');
  });

  it('refuses an entry whose data runs past the end of the archive', () => {
    const raw = deflateRawSync(Buffer.from('x'.repeat(1000)));
    const bytes = writeZip([{ name: 'a', data: 'x'.repeat(1000) }]);
    // Point the central directory's local-header offset past the data.
    const view = Buffer.from(bytes);
    const cd = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.writeUInt32LE(raw.length + 20, cd + 42);
    expect(zipError(new Uint8Array(view), 'a')).toMatch(/no local header|cut off/);
  });
});
