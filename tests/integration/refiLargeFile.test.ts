import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../main/api/backend';
import { AppError } from '../../shared/errors';
import { headlessHost } from '../../main/app/host';
import { planQdpxBytes, planQdpxFile } from '../../main/io/refi/planFile';
import { writePlan } from '../../main/services/refi/importRefi';
import { writeZip } from '../unit/formats/zipWriter';
import { writeQdpxWithRecording } from './refiBombs';
import { entryWords } from '../english';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-qdpx-large-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The message of the AppError `plan` throws. */
function refusal(plan: () => unknown): string {
  try {
    plan();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error('expected a refusal');
}

describe('planQdpxFile: a .qdpx read from its path', () => {
  it('plans a 1.5 GB project with an embedded recording: the transcript is read, the recording never is', () => {
    const path = join(dir, 'recorded.qdpx');
    writeQdpxWithRecording(path, 1536 * 1024 * 1024);
    expect(statSync(path).size).toBeGreaterThan(1.5 * 1024 ** 3);
    // The recording's CRC is a dummy: had its 1.5 GB been inflated or copied, the checksum check would refuse the file.
    const plan = planQdpxFile(path);
    const notes = 'Moderator: How was the delivery?\nAnna: The slot was gone by Tuesday.\n';
    expect(plan.docs.map((d) => [d.title, d.text])).toEqual([
      ['Interview 1 notes', notes],
      ['Interview 1 transcript', `[00:00:01] ${notes}`],
    ]);
    const coding = plan.docs[0]!.codings[0]!;
    expect(plan.docs[0]!.text.slice(coding.start, coding.end)).toBe('The slot was gone by Tuesday.');
    expect(entryWords(plan.report.finish().dropped)).toContainEqual({
      what: 'video "Interview 1"',
      why: expect.stringMatching(/recording and selections on them are left out/),
    });
  });

  it('refuses a missing file or a folder in plain words', () => {
    expect(refusal(() => planQdpxFile(join(dir, 'gone.qdpx')))).toBe(
      'This .qdpx cannot be read: the file does not exist (any more). Nothing was imported.',
    );
    expect(refusal(() => planQdpxFile(dir))).toBe('This .qdpx cannot be read: it is a folder, not a file. Nothing was imported.');
  });
});

describe('planQdpxFile and planQdpxBytes: a source text the zip reader refuses while planning', () => {
  it('refuses the import in plain words (not an internal error), from a path and from bytes', () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><TextSource guid="6f1d1c2e-0000-4000-8000-000000000002" name="Notes" plainTextPath="internal://notes.txt"/></Sources></Project>`;
    const bytes = writeZip([
      { name: 'project.qde', data: qde },
      { name: 'sources/notes.txt', data: 'The slot was gone by Tuesday.', crc: 12345 },
    ]);
    const path = join(dir, 'damaged.qdpx');
    writeFileSync(path, bytes);
    const expected =
      'This .qdpx cannot be opened safely: the entry "sources/notes.txt" is damaged (checksum mismatch). Nothing was imported.';
    expect(refusal(() => planQdpxFile(path))).toBe(expected);
    expect(refusal(() => planQdpxBytes(bytes))).toBe(expected);
  });
});

describe('writePlan', () => {
  it('gives back the larger page cache it writes with, also when the write fails', () => {
    const path = join(dir, 'recorded.qdpx');
    writeQdpxWithRecording(path, 1000);
    const backend = createBackend({ appDataDir: join(dir, 'data'), host: headlessHost('cli'), trackRecent: false });
    try {
      const study = backend.context.studies.create(join(dir, 'study.verbatim'), 'Study', false);
      const cache = () => study.db.pragma('cache_size', { simple: true });
      const before = cache();
      study.write('test:import', () => writePlan(study, planQdpxFile(path), true), null);
      expect(cache()).toBe(before);
      const broken = planQdpxFile(path);
      broken.docs[0]!.text = null as unknown as string; // a NOT NULL column: the insert throws mid-write
      expect(() => study.write('test:import', () => writePlan(study, broken, true), null)).toThrow();
      expect(cache()).toBe(before);
    } finally {
      backend.close();
    }
  });
});
