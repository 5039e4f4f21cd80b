import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { headlessHost, type Host } from '../../../main/app/host';
import { deliver, targetsFor, writeFileAtomic, writeFilesAtomic } from '../../../main/services/delivery';
import { failureOf } from './appErrorOf';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-delivery-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (s: string) => new TextEncoder().encode(s);

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one, leaving no temp file behind', async () => {
    const target = join(dir, 'report.html');
    await writeFileAtomic(target, text('first'));
    expect(readFileSync(target, 'utf8')).toBe('first');
    await writeFileAtomic(target, text('second, longer'));
    expect(readFileSync(target, 'utf8')).toBe('second, longer');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('does not follow a symlink planted at the temp name, and removes nothing it did not create', async () => {
    const target = join(dir, 'study.qdpx');
    const victim = join(dir, 'victim.txt');
    writeFileSync(target, 'old export');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, 'planted.partial'));

    const failure = await failureOf(writeFileAtomic(target, text('new export'), { tempName: () => 'planted.partial' }));
    expect(failure.code).toBe('IO_ERROR');
    expect(failure.message).toMatch(/could not write .*study\.qdpx \(EEXIST\)/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(target, 'utf8')).toBe('old export');
    expect(lstatSync(join(dir, 'planted.partial')).isSymbolicLink()).toBe(true);
  });

  it('a write that fails halfway leaves the old file as it was and no temp file', async () => {
    const target = join(dir, 'notes.csv');
    writeFileSync(target, 'old,notes\n');
    async function* brokenProducer() {
      yield text('half of the new ');
      throw new Error('the producer ran out of memory');
    }
    const failure = await failureOf(writeFileAtomic(target, brokenProducer()));
    expect(failure.message).toMatch(/the producer ran out of memory/);
    expect(readFileSync(target, 'utf8')).toBe('old,notes\n');
    expect(readdirSync(dir)).toEqual(['notes.csv']);
  });

  it('a folder that does not exist is a clear error, not a crash', async () => {
    const failure = await failureOf(writeFileAtomic(join(dir, 'gone', 'x.pdf'), text('x')));
    expect(failure.message).toMatch(/could not write .*x\.pdf \(ENOENT\)\. Check that the folder exists/);
  });
});

/** A host whose save dialog answers `answer` (a path, or null for Cancel). */
function dialogHost(answer: string | null): Host & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    ...headlessHost('electron'),
    nativeDialogs: true,
    asked,
    pickFileToSave: async (request) => {
      asked.push(request);
      return answer;
    },
  };
}

const REQUEST = { title: 'common.exportReport', suggestedFileName: 'Q3-report.csv', filterName: 'common.csv', extension: 'csv' } as const;
const csvTables = async () => ({
  files: ['themes', 'breakdown', 'quotes'].map((t) => ({ name: `Q3-report-${t}.csv`, mimeType: 'text/csv', data: text(`table ${t}\n`) })),
  notes: ['a note'],
});

describe('writeFilesAtomic', () => {
  it('when one of several files cannot be written, none of them is replaced', async () => {
    for (const t of ['themes', 'breakdown', 'quotes']) writeFileSync(join(dir, `Board-${t}.csv`), `old ${t}\n`);
    async function* failing() {
      yield text('half a table');
      throw new Error('disk full');
    }
    const files = [
      { target: join(dir, 'Board-themes.csv'), data: text('new themes\n') },
      { target: join(dir, 'Board-breakdown.csv'), data: failing() },
      { target: join(dir, 'Board-quotes.csv'), data: text('new quotes\n') },
    ];
    const failure = await failureOf(writeFilesAtomic(files));
    expect(failure.message).toMatch(/Board-breakdown\.csv \(disk full\)/);
    for (const t of ['themes', 'breakdown', 'quotes']) expect(readFileSync(join(dir, `Board-${t}.csv`), 'utf8')).toBe(`old ${t}\n`);
    expect(readdirSync(dir).sort()).toEqual(['Board-breakdown.csv', 'Board-quotes.csv', 'Board-themes.csv']);
  });
});

describe('deliver', () => {
  it('with a save dialog: asks first, writes where the user chose and answers with the paths', async () => {
    const host = dialogHost(join(dir, 'Board pack.pdf'));
    const done = await deliver(host, { ...REQUEST, suggestedFileName: 'Q3.pdf', extension: 'pdf' }, async () => ({
      files: [{ name: 'Q3.pdf', mimeType: 'application/pdf', data: text('%PDF-') }],
    }));
    expect(host.asked).toHaveLength(1);
    expect(done).toEqual({ saved: [join(dir, 'Board pack.pdf')], files: [], notes: [] });
    expect(readFileSync(join(dir, 'Board pack.pdf'), 'utf8')).toBe('%PDF-');
  });

  it('several files (CSV tables) take the chosen name as their prefix', async () => {
    const done = await deliver(dialogHost(join(dir, 'Board.csv')), REQUEST, csvTables);
    expect(done.saved).toEqual(['Board-themes.csv', 'Board-breakdown.csv', 'Board-quotes.csv'].map((n) => join(dir, n)));
    expect(readFileSync(join(dir, 'Board-quotes.csv'), 'utf8')).toBe('table quotes\n');
    expect(done.notes).toEqual(['a note']);
    expect(readdirSync(dir).sort()).toEqual(['Board-breakdown.csv', 'Board-quotes.csv', 'Board-themes.csv']);
  });

  it('refuses, naming them, when files next to the chosen name that the dialog never asked about exist; nothing is written', async () => {
    writeFileSync(join(dir, 'Board-themes.csv'), 'old themes\n');
    writeFileSync(join(dir, 'Board-quotes.csv'), 'old quotes\n');
    const failure = await failureOf(deliver(dialogHost(join(dir, 'Board.csv')), REQUEST, csvTables));
    expect(failure.code).toBe('ALREADY_EXISTS');
    expect(failure.message).toMatch(
      /already exist in .*: Board-themes\.csv, Board-quotes\.csv\. The save dialog asked only about Board\.csv/,
    );
    expect(failure.message).toMatch(/Nothing was saved\.$/);
    expect(readFileSync(join(dir, 'Board-themes.csv'), 'utf8')).toBe('old themes\n');
    expect(readFileSync(join(dir, 'Board-quotes.csv'), 'utf8')).toBe('old quotes\n');
    expect(readdirSync(dir).sort()).toEqual(['Board-quotes.csv', 'Board-themes.csv']);
  });

  it('cancelling the dialog is CANCELLED, produces nothing and writes nothing', async () => {
    const produce = vi.fn(csvTables);
    const failure = await failureOf(deliver(dialogHost(null), REQUEST, produce));
    expect(failure.code).toBe('CANCELLED');
    expect(produce).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('without dialogs (browser mode) nothing is written: the bytes come back to download', async () => {
    const host = headlessHost('browser');
    const pick = vi.spyOn(host, 'pickFileToSave');
    const done = await deliver(host, REQUEST, csvTables);
    expect(pick).not.toHaveBeenCalled();
    expect(done.saved).toEqual([]);
    expect(done.files.map((f) => [f.name, Buffer.from(f.dataBase64, 'base64').toString()])).toEqual([
      ['Q3-report-themes.csv', 'table themes\n'],
      ['Q3-report-breakdown.csv', 'table breakdown\n'],
      ['Q3-report-quotes.csv', 'table quotes\n'],
    ]);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(process.cwd(), 'Q3-report-themes.csv'))).toBe(false);
  });
});

describe('targetsFor', () => {
  it('one file goes to the chosen path itself, whatever its name', () => {
    expect(targetsFor('/x/Mine.html', 'Q3.html', ['Q3.html'])).toEqual(['/x/Mine.html']);
  });
  it('several keep their own suffix after the chosen stem', () => {
    expect(targetsFor('/x/Mine.csv', 'Q3.csv', ['Q3-themes.csv', 'other.csv'])).toEqual(['/x/Mine-themes.csv', '/x/Mine-other.csv']);
  });
});
