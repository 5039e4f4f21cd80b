import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../../main/formats/zip';
import { writeZip, ZipWriteError } from '../../../main/formats/zipWriter';

const DATE = new Date(2026, 2, 14, 9, 26, 52);

describe('zip writer (main/formats/zipWriter.ts)', () => {
  it('round-trips through the product reader: text, binary, empty, UTF-8 names, stored and deflated', () => {
    const binary = randomBytes(70_000); // incompressible: must fall back to stored
    const text = 'Slots vanish by Tuesday. '.repeat(2000);
    const zip = writeZip(
      [
        { name: 'project.qde', data: '<Project name="x"/>' },
        { name: 'sources/a.txt', data: text },
        { name: 'sources/bin.dat', data: binary },
        { name: 'sources/empty.txt', data: '' },
        { name: 'sources/Ümlaut – 中文.txt', data: '🙂 émoji' },
        { name: 'media/clip.mp4', data: new Uint8Array([1, 2, 3]), store: true },
      ],
      { date: DATE },
    );
    const archive = ZipArchive.open(zip);
    expect(archive.names()).toEqual([
      'project.qde',
      'sources/a.txt',
      'sources/bin.dat',
      'sources/empty.txt',
      'sources/Ümlaut – 中文.txt',
      'media/clip.mp4',
    ]);
    expect(archive.read('sources/a.txt').toString('utf8')).toBe(text);
    expect(Buffer.compare(archive.read('sources/bin.dat'), binary)).toBe(0);
    expect(archive.read('sources/empty.txt').length).toBe(0);
    expect(archive.read('sources/Ümlaut – 中文.txt').toString('utf8')).toBe('🙂 émoji');
    expect([...archive.read('media/clip.mp4')]).toEqual([1, 2, 3]);
  });

  it('writes correct headers: deflate only when smaller, sizes and CRC in local and central headers, UTF-8 flag, DOS time', () => {
    const zip = Buffer.from(
      writeZip(
        [
          { name: 'a.txt', data: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
          { name: 'é.bin', data: randomBytes(64) },
        ],
        { date: DATE },
      ),
    );
    // First local header: deflated (method 8), no UTF-8 flag, time 09:26:52.
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(6)).toBe(0);
    expect(zip.readUInt16LE(8)).toBe(8);
    expect(zip.readUInt16LE(10)).toBe((9 << 11) | (26 << 5) | 26);
    expect(zip.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (3 << 5) | 14);
    expect(zip.readUInt32LE(22)).toBe(32);
    // Second entry: incompressible → stored, non-ASCII name → UTF-8 flag.
    const second = 30 + 5 + zip.readUInt32LE(18);
    expect(zip.readUInt32LE(second)).toBe(0x04034b50);
    expect(zip.readUInt16LE(second + 6)).toBe(0x800);
    expect(zip.readUInt16LE(second + 8)).toBe(0);
    expect(zip.readUInt32LE(second + 18)).toBe(64);
    // The end record counts both entries.
    expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
    expect(zip.readUInt16LE(zip.length - 12)).toBe(2);
  });

  it('is deterministic for a fixed date', () => {
    const files = [{ name: 'x.txt', data: 'same' }];
    expect(Buffer.from(writeZip(files, { date: DATE })).equals(Buffer.from(writeZip(files, { date: DATE })))).toBe(true);
  });

  it('refuses names that would be unsafe to unpack, and duplicates', () => {
    for (const name of ['../evil.txt', 'sources/../../evil', '/etc/passwd', 'C:/x.txt', 'a\\b.txt', '', 'nul\0.txt'])
      expect(() => writeZip([{ name, data: 'x' }]), JSON.stringify(name)).toThrow(ZipWriteError);
    expect(() =>
      writeZip([
        { name: 'a', data: 'x' },
        { name: 'a', data: 'y' },
      ]),
    ).toThrow(/twice/);
  });

  it('stores an entry that would deflate like a zip bomb, so its own exports always import again', () => {
    const repetitive = 'a'.repeat(3 * 1024 * 1024);
    const zip = writeZip([{ name: 'big.txt', data: repetitive }]);
    expect(zip.length).toBeGreaterThan(repetitive.length);
    expect(ZipArchive.open(zip).read('big.txt').toString()).toBe(repetitive);
    const varied = Array.from({ length: 60_000 }, (_, i) => `line ${i} ${(i * 7919) % 1000}`).join('\n');
    const compact = writeZip([{ name: 'ok.txt', data: varied }]);
    expect(compact.length).toBeLessThan(varied.length / 2);
    expect(ZipArchive.open(compact).read('ok.txt').toString()).toBe(varied);
  });
});
