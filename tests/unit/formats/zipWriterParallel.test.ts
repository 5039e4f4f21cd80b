import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../../main/formats/zip';
import { XmlOut } from '../../../main/formats/xmlWriter';
import { PIECE_BYTES, PieceDeflater, writeZip, writeZipAsync, type ZipFileSpec } from '../../../main/formats/zipWriter';

const DATE = new Date(2026, 2, 14, 9, 26, 52);

/** Varied text that deflates well but not past the zip-bomb ratio (so it is stored deflated). */
function transcript(bytes: number): string {
  const words = ['slots', 'vanish', 'by', 'Tuesday', 'kundene', 'ringer', 'igjen', 'određeno', 'vásárló', '客户', 'price', 'trust'];
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const w = `${words[(i * 7 + (i >> 3)) % words.length]}${i % 97} `;
    parts.push(w);
    n += Buffer.byteLength(w);
  }
  return parts.join('');
}

/** `unzip -t` as a reader that shares no code with ours. */
function unzipTest(zip: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'zip-parallel-'));
  try {
    writeFileSync(join(dir, 'a.zip'), zip);
    return execFileSync('unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('zip writer, parallel (writeZipAsync, PieceDeflater)', () => {
  it('writes an entry given in parts exactly as the same bytes given whole: deflated, stored, not worth deflating, already deflated', async () => {
    const text = Buffer.from(transcript(300_000));
    const noise = randomBytes(50_000); // deflates larger than it is: kept as it is, from its parts
    const split = (b: Buffer) => [b.subarray(0, 1000), b.subarray(1000, 1000), b.subarray(1000, 77_777), b.subarray(77_777)];
    const whole: ZipFileSpec[] = [
      { name: 'project.qde', data: text },
      { name: 'stored.bin', data: text, store: true },
      { name: 'noise.bin', data: noise },
    ];
    const parts: ZipFileSpec[] = whole.map((f) => ({ ...f, data: split(f.data as Buffer) }));
    // Buffer.compare: a deep toEqual over these sizes takes seconds.
    expect(Buffer.compare(writeZip(parts, { date: DATE }), writeZip(whole, { date: DATE }))).toBe(0);
    expect(Buffer.compare(await writeZipAsync(parts, { date: DATE }), await writeZipAsync(whole, { date: DATE }))).toBe(0);
    // Compressed beforehand (as the export does), its parts only give the size and the checksum.
    const deflater = new PieceDeflater(1);
    const ready = deflater.finish(text);
    const zip = await writeZipAsync([{ name: 'project.qde', data: split(text), deflated: ready }], { date: DATE });
    expect(Buffer.compare(ZipArchive.open(zip).read('project.qde'), text)).toBe(0);
    expect(unzipTest(zip)).toContain('No errors detected');
  });

  it('writes the same entries as writeZip, a large entry split into pieces, readable by ours and by unzip', async () => {
    const large = transcript(2 * PIECE_BYTES + 12_345); // three pieces, the last one short
    const binary = randomBytes(70_000);
    const files: ZipFileSpec[] = [
      { name: 'project.qde', data: large, level: 1 },
      { name: 'sources/a.txt', data: 'Slots vanish by Tuesday. '.repeat(200) },
      { name: 'sources/bin.dat', data: binary },
      { name: 'sources/empty.txt', data: '' },
      { name: 'sources/Ümlaut – 中文.txt', data: '🙂 émoji' },
      { name: 'media/clip.mp4', data: new Uint8Array([1, 2, 3]), store: true },
    ];
    const progress: number[] = [];
    const zip = await writeZipAsync(files, { date: DATE, onEntry: (done, total) => progress.push(done / total) });
    const sync = ZipArchive.open(writeZip(files, { date: DATE }));
    const archive = ZipArchive.open(zip);
    expect(archive.names()).toEqual(sync.names());
    for (const name of sync.names()) expect(Buffer.compare(archive.read(name), sync.read(name)), name).toBe(0);
    expect(archive.read('project.qde').toString('utf8')).toBe(large);
    expect(progress).toHaveLength(files.length);
    expect(progress.at(-1)).toBe(1);
    // Pieces restart deflate's window: a little larger than one stream, never much.
    expect(zip.length).toBeLessThan(Buffer.byteLength(large) / 2);
    expect(unzipTest(zip)).toMatch(/No errors detected/);
  });

  it('refuses what writeZip refuses, before deflating anything', async () => {
    await expect(writeZipAsync([{ name: '../evil.txt', data: 'x' }])).rejects.toThrow(/not a relative path/);
    await expect(
      writeZipAsync([
        { name: 'a.txt', data: 'x' },
        { name: 'a.txt', data: 'y' },
      ]),
    ).rejects.toThrow(/listed twice/);
  });

  it('takes an entry deflated while it was written: XmlOut pieces through PieceDeflater', async () => {
    const deflater = new PieceDeflater(1);
    const pieces: Buffer[] = [];
    // Starts small so the buffer grows (and is copied) while pieces handed over still refer to old ones.
    const out = new XmlOut({ pieces: { bytes: PIECE_BYTES, take: (p) => (pieces.push(Buffer.from(p)), deflater.push(p)) } });
    out.open('Project');
    const line = transcript(4000);
    for (let i = 0; out.bytesHandedOver < 2 * PIECE_BYTES; i++) out.text('Line', `${i} ${line}`, [['n', i]]);
    out.text('Line', 'tail');
    out.close('Project');
    const qde = out.toBuffer();
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    for (const p of pieces) expect(p.length).toBe(PIECE_BYTES);
    expect(Buffer.compare(Buffer.concat([...pieces, qde.subarray(out.bytesHandedOver)]), qde)).toBe(0);

    const deflated = await deflater.finish(qde.subarray(out.bytesHandedOver));
    const zip = Buffer.from(await writeZipAsync([{ name: 'project.qde', data: qde, deflated: Promise.resolve(deflated) }], { date: DATE }));
    expect(Buffer.compare(zip.subarray(30 + 'project.qde'.length, 30 + 'project.qde'.length + deflated.length), deflated)).toBe(0); // used, not deflated again
    expect(Buffer.compare(ZipArchive.open(zip).read('project.qde'), qde)).toBe(0);
    expect(unzipTest(zip)).toMatch(/No errors detected/);
  });
});
