/**
 * Large and hostile .qdpx files for the tests and the bench (peak memory): small archives that unpack
 * into millions of XML nodes, and gigabyte archives whose recordings must never be read.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { writeZip } from '../../main/formats/zipWriter';

/**
 * A project.qde of `elements` tiny elements with one short attribute each (`<a b="k"/>`): a few MB
 * zipped, yet a tree of millions of nodes. The attribute values vary just enough (16 letters) that the
 * entry deflates well under the 200:1 ratio zip-bomb check, so only the XML caps can stop it.
 */
export function tinyElementBomb(elements: number): Uint8Array {
  const letters = 'abcdefghijklmnop';
  let seed = 12345;
  const parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="bomb"><Sources>'];
  let chunk = '';
  for (let i = 0; i < elements; i++) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    chunk += `<a b="${letters[seed >>> 28]}"/>`;
    if (chunk.length > 1 << 16) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk, '</Sources></Project>');
  return writeZip([{ name: 'project.qde', data: parts.join('') }]);
}

/** An entry for {@link writeZipFile}: data to deflate, or `holeBytes` of a stored recording that are never written. */
export type FileEntry = { name: string; data: string | Uint8Array } | { name: string; holeBytes: number };

/**
 * Writes a zip to `path` entry by entry, so a 1 GB archive never exists in memory. A `holeBytes` entry
 * is stored (as media is) and left as a hole in a sparse file: instant to write, and as large as a real
 * recording to any reader that reads it. Its CRC is a dummy; a reader that inflates it fails the check.
 */
export function writeZipFile(path: string, entries: readonly FileEntry[]): void {
  const fd = openSync(path, 'w');
  try {
    const central: Buffer[] = [];
    let at = 0;
    const header = (sig: number, size: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(sig, 0);
      return b;
    };
    for (const e of entries) {
      const name = Buffer.from(e.name, 'utf8');
      const raw = 'data' in e ? Buffer.from(e.data) : null;
      const body = raw ? deflateRawSync(raw) : null;
      const size = raw ? raw.length : (e as { holeBytes: number }).holeBytes;
      const fields = (b: Buffer, o: number) => {
        b.writeUInt16LE(20, o);
        b.writeUInt16LE(0x800, o + 2);
        b.writeUInt16LE(body ? 8 : 0, o + 4);
        b.writeUInt32LE(raw ? crc32(raw) >>> 0 : 0, o + 10);
        b.writeUInt32LE(body ? body.length : size, o + 14);
        b.writeUInt32LE(size, o + 18);
      };
      const local = header(0x04034b50, 30);
      fields(local, 4);
      local.writeUInt16LE(name.length, 26);
      const cd = header(0x02014b50, 46);
      cd.writeUInt16LE(20, 4);
      fields(cd, 6);
      cd.writeUInt16LE(name.length, 28);
      cd.writeUInt32LE(at, 42);
      central.push(cd, name);
      writeSync(fd, Buffer.concat([local, name]), 0, 30 + name.length, at);
      at += 30 + name.length;
      if (body) writeSync(fd, body, 0, body.length, at);
      at += body ? body.length : size;
    }
    const dir = Buffer.concat(central);
    const end = header(0x06054b50, 22);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(at, 16);
    writeSync(fd, Buffer.concat([dir, end]), 0, dir.length + 22, at);
  } finally {
    closeSync(fd);
  }
}

/**
 * A .qdpx as NVivo or MAXQDA exports a recorded interview: a VideoSource whose recording (`mediaBytes`,
 * never written: see {@link writeZipFile}) sits in sources/ next to its transcript, and the interview
 * notes as a TextSource with one coding.
 */
export function writeQdpxWithRecording(path: string, mediaBytes: number): void {
  const notes = 'Moderator: How was the delivery?\nAnna: The slot was gone by Tuesday.\n';
  const code = '6f1d1c2e-0000-4000-8000-000000000001';
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Recorded interviews" origin="MAXQDA 2022">
  <CodeBook><Codes><Code guid="${code}" name="Delivery" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="6f1d1c2e-0000-4000-8000-000000000002" name="Interview 1 notes" plainTextPath="internal://interview1.txt">
      <PlainTextSelection guid="6f1d1c2e-0000-4000-8000-000000000003" name="" startPosition="39" endPosition="68">
        <Coding guid="6f1d1c2e-0000-4000-8000-000000000004"><CodeRef targetGUID="${code}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <VideoSource guid="6f1d1c2e-0000-4000-8000-000000000005" name="Interview 1" path="internal://interview1.mp4">
      <Transcript guid="6f1d1c2e-0000-4000-8000-000000000006" name="Interview 1 transcript" plainTextPath="internal://interview1-transcript.txt"/>
    </VideoSource>
  </Sources>
</Project>`;
  writeZipFile(path, [
    { name: 'project.qde', data: qde },
    { name: 'sources/interview1.txt', data: notes },
    { name: 'sources/interview1-transcript.txt', data: `[00:00:01] ${notes}` },
    { name: 'sources/interview1.mp4', holeBytes: mediaBytes },
  ]);
}
