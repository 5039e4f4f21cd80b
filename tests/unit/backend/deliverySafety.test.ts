import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headlessHost, type Host } from '../../../main/app/host';
import { JobTracker } from '../../../main/jobs/tracker';
import { deliver, writeFileAtomic, writeFilesAtomic } from '../../../main/services/delivery';
import { failureOf } from './appErrorOf';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-delivery-safety-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (s: string) => new TextEncoder().encode(s);
const partials = () => readdirSync(dir).filter((n) => n.endsWith('.partial'));

describe('writeFilesAtomic when a rename fails part-way', () => {
  it('removes every remaining temp file and says which files were saved and which were not', async () => {
    writeFileSync(join(dir, 'Board-themes.csv'), 'old themes\n');
    writeFileSync(join(dir, 'Board-quotes.csv'), 'old quotes\n');
    // A folder where the second table goes: its temp file is written, but the rename over a folder fails.
    mkdirSync(join(dir, 'Board-breakdown.csv'));
    writeFileSync(join(dir, 'Board-breakdown.csv', 'inside'), 'x');
    const files = ['themes', 'breakdown', 'quotes'].map((t) => ({ target: join(dir, `Board-${t}.csv`), data: text(`new ${t}\n`) }));

    const failure = await failureOf(writeFilesAtomic(files));
    expect(failure.code).toBe('IO_ERROR');
    expect(failure.message).toMatch(/could not write .*Board-breakdown\.csv/);
    expect(failure.message).toMatch(
      /Saved: Board-themes\.csv\. Not saved \(left as they were\): Board-breakdown\.csv, Board-quotes\.csv\./,
    );
    expect(failure.message).not.toMatch(/Nothing was saved/);
    expect(readFileSync(join(dir, 'Board-themes.csv'), 'utf8')).toBe('new themes\n');
    expect(readFileSync(join(dir, 'Board-quotes.csv'), 'utf8')).toBe('old quotes\n');
    expect(partials()).toEqual([]);
  });
});

describe('temp files an earlier export left behind', () => {
  it('are removed at the next export of the same target; other files are left alone', async () => {
    const target = join(dir, 'Q3.qdpx');
    writeFileSync(join(dir, '.Q3.qdpx.0123456789ab.partial'), 'half an old export');
    writeFileSync(join(dir, '.Q3.qdpx.notourstemp.partial'), 'someone else');
    writeFileSync(join(dir, '.Other.qdpx.0123456789ab.partial'), 'another target');
    await writeFileAtomic(target, text('new'));
    expect(readdirSync(dir).sort()).toEqual(['.Other.qdpx.0123456789ab.partial', '.Q3.qdpx.notourstemp.partial', 'Q3.qdpx']);
  });
});

describe.skipIf(process.platform === 'win32')('the saved file’s permissions', () => {
  it('a new file gets ordinary permissions (0644 less the umask)', async () => {
    const target = join(dir, 'new.csv');
    await writeFileAtomic(target, text('a'));
    const umask = process.umask();
    expect(statSync(target).mode & 0o777).toBe(0o644 & ~umask);
  });

  it('a replaced file keeps the permissions its owner gave it', async () => {
    const target = join(dir, 'private.csv');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    await writeFileAtomic(target, text('new'));
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(existsSync(target)).toBe(true);
  });
});

describe('cancelling an export while its files are written', () => {
  const REQUEST = { title: 'common.exportReport', suggestedFileName: 'Q3.csv', filterName: 'common.csv', extension: 'csv' } as const;
  const hostSavingTo = (target: string): Host => ({ ...headlessHost('electron'), nativeDialogs: true, pickFileToSave: async () => target });

  it('a cancel that comes before the first rename discards every temp file and saves nothing', async () => {
    const tracker = new JobTracker(() => {});
    const target = join(dir, 'Board.qdpx');
    writeFileSync(target, 'old export');
    async function* cancelledMidway() {
      yield text('first half, ');
      expect(tracker.cancel('job-1')).toBe(true);
      yield text('second half');
    }
    const exporting = tracker.follow('job-1', (control) =>
      deliver(
        hostSavingTo(target),
        REQUEST,
        async () => ({ files: [{ name: 'Q3.csv', mimeType: 'text/csv', data: cancelledMidway() }] }),
        control,
      ),
    );
    const failure = await failureOf(exporting);
    expect(failure.code).toBe('CANCELLED');
    expect(readFileSync(target, 'utf8')).toBe('old export');
    expect(readdirSync(dir)).toEqual(['Board.qdpx']);
  });

  it('once the files are being renamed into place, a cancel is answered false and the export completes', async () => {
    const tracker = new JobTracker(() => {});
    let answer: boolean | null = null;
    const done = tracker.follow('job-2', async (control) => {
      const delivered = deliver(
        hostSavingTo(join(dir, 'Board.csv')),
        REQUEST,
        async () => ({ files: [{ name: 'Q3.csv', mimeType: 'text/csv', data: text('rows') }] }),
        control,
      );
      // The delivery is past its last check when it awaits the rename: wait for the file to exist.
      while (!existsSync(join(dir, 'Board.csv'))) await new Promise((r) => setImmediate(r));
      answer = tracker.cancel('job-2');
      return delivered;
    });
    expect((await done).saved).toEqual([join(dir, 'Board.csv')]);
    expect(answer).toBe(false);
  });
});
