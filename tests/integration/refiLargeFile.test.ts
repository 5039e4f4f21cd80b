import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../main/api/errors';
import { planQdpxFile } from '../../main/services/refi/importRefi';
import { writeQdpxWithRecording } from './refiBombs';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-qdpx-large-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

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
    expect(plan.report.finish().dropped).toContainEqual({ what: 'video "Interview 1"', why: expect.stringMatching(/recording and selections on them are left out/) });
  });

  it('refuses a missing file or a folder in plain words', () => {
    const refusal = (path: string) => {
      try {
        planQdpxFile(path);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).message;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal(join(dir, 'gone.qdpx'))).toBe('This .qdpx cannot be read: the file does not exist (any more). Nothing was imported.');
    expect(refusal(dir)).toBe('This .qdpx cannot be read: it is a folder, not a file. Nothing was imported.');
  });
});
