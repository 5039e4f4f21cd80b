/**
 * A target another program holds open (Excel on Windows) makes the final rename fail with EBUSY,
 * EPERM or EACCES. Linux never refuses that rename, so it is made to fail here.
 */
import type * as FsPromises from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../../../main/services/delivery';

const held = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (held.code) throw Object.assign(new Error(`${held.code}: resource busy or locked, rename`), { code: held.code });
      return real.rename(from, to);
    },
  };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-held-'));
});
afterEach(() => {
  held.code = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('replacing a file that is open in another program', () => {
  it.each(['EBUSY', 'EPERM', 'EACCES'])('%s says the file may be open elsewhere, keeps the old file and leaves no temp', async (code) => {
    const target = join(dir, 'Board-themes.csv');
    writeFileSync(target, 'old');
    held.code = code;
    const error = await writeFileAtomic(target, new TextEncoder().encode('new')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(
      `Verbatim could not write ${target} (${code}). The file may be open in another program (Excel, for example): close it there and export again. Nothing was saved there.`,
    );
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['Board-themes.csv']);
  });
});
