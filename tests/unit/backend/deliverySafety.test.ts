import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../main/api/errors';
import { writeFileAtomic, writeFilesAtomic } from '../../../main/services/delivery';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-delivery-safety-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (s: string) => new TextEncoder().encode(s);
const partials = () => readdirSync(dir).filter((n) => n.endsWith('.partial'));

async function failureOf(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

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
    expect(failure.message).toMatch(/Saved: Board-themes\.csv\. Not saved \(left as they were\): Board-breakdown\.csv, Board-quotes\.csv\./);
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
