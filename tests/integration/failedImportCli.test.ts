/**
 * "A failed import changes nothing" through the command line: `import` (every transcript format,
 * into a session that exists and into one the import would make), `import-qdc` and `import-qdpx`.
 * The study file is compared as a whole before and after (every row of every table); a new study
 * that could not be filled is not left on disk.
 */
import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StudyManager } from '../../main/app/studyManager';
import { badTranscriptFiles, failAfterRows, junk, refdata, TRANSCRIPTS, truncated, utf16WithoutBom } from './badImports';
import { useCliHarness } from './cliHarness';
import { fingerprintClosedFile } from './studyFingerprint';

const { dir, cli } = useCliHarness('verbatim-cli-atomic-');

/** A sample study made by the CLI, and the title of one of its sessions. */
async function sampleStudy(): Promise<{ study: string; session: string }> {
  const study = join(dir(), 'study.verbatim');
  expect((await cli('new', study, '--sample')).code).toBe(0);
  const session = readSessionTitle(study);
  return { study, session };
}

function readSessionTitle(study: string): string {
  const db = new Database(study, { readonly: true });
  try {
    return (db.prepare('SELECT title FROM sessions ORDER BY created_at LIMIT 1').get() as { title: string }).title;
  } finally {
    db.close();
  }
}

/**
 * Makes the next import fail half-way through writing: when the CLI's backend opens the study, a
 * TEMP trigger on that connection (see failAfterRows) refuses the row after `rowsAllowed` more rows
 * of `table`. Nothing goes into the study file itself (Verbatim refuses files with foreign triggers).
 * Returns the messages the backend logged, to check that the failure was the forced one.
 */
function refuseRowsOnOpen(table: string, rowsAllowed: number): string[] {
  const open = StudyManager.prototype.open;
  vi.spyOn(StudyManager.prototype, 'open').mockImplementation(function (this: StudyManager, path: string) {
    const study = open.call(this, path);
    failAfterRows(study.db, table, rowsAllowed);
    return study;
  });
  const logged: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void logged.push(parts.join(' ')));
  return logged;
}

afterEach(() => {
  vi.restoreAllMocks();
});

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** Runs a CLI command that must fail, and checks the study file did not change at all. */
async function expectFailsAndNothingChanged(study: string, ...argv: string[]): Promise<string> {
  const before = fingerprintClosedFile(study);
  const r = await cli(...argv);
  expect(r.code, r.out).not.toBe(0);
  expect(r.err).toMatch(/^verbatim: .+/);
  expect(fingerprintClosedFile(study)).toEqual(before);
  return r.err;
}

describe('verbatim import: a failed transcript import changes nothing', () => {
  for (const [ext, good] of Object.entries(TRANSCRIPTS) as [keyof typeof TRANSCRIPTS, Uint8Array][]) {
    for (const [what, bytes] of badTranscriptFiles(ext)) {
      it(`${ext}: ${what}, into a new session (--session X and the file's name) and an existing one`, async () => {
        const { study, session } = await sampleStudy();
        const file = write(`bad interview.${ext}`, bytes);
        const err = await expectFailsAndNothingChanged(study, 'import', study, file, '--session', 'Session X');
        expect(err).toContain(`bad interview.${ext}`);
        await expectFailsAndNothingChanged(study, 'import', study, file);
        await expectFailsAndNothingChanged(study, 'import', study, file, '--session', session);
      });
    }

    it(`${ext}: a failure half-way through writing leaves no session, person or document`, async () => {
      const { study, session } = await sampleStudy();
      const file = write(`interview.${ext}`, good);
      // The second turn is refused: the session, both speakers, the document and one turn were written by then.
      const logged = refuseRowsOnOpen('turns', 1);
      const err = await expectFailsAndNothingChanged(study, 'import', study, file, '--session', 'Session X');
      expect(err).toContain('The study was not changed');
      await expectFailsAndNothingChanged(study, 'import', study, file, '--session', session);
      expect(logged.filter((m) => m.includes('forced failure half-way through the import'))).toHaveLength(2);
    });
  }

  it('the same file imports once the trouble is gone (the test files are good)', async () => {
    const { study } = await sampleStudy();
    for (const [ext, good] of Object.entries(TRANSCRIPTS)) {
      const r = await cli('import', study, write(`ok.${ext}`, good), '--session', `OK ${ext}`, '--json');
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ turns: 2 });
    }
  });
});

describe('verbatim import-qdc and import-qdpx: a failed REFI-QDA import changes nothing', () => {
  const codebook = refdata('refi-qda/spec-derived/spec-annexA1-codebook-example.qdc');
  const project = refdata('refi-qda/qualitative-coding/demo.qdpx');

  it.each([
    ['binary junk', junk(2048)],
    ['an empty file', new Uint8Array()],
    ['a truncated file', truncated(codebook)],
    ['UTF-16 without a byte-order mark', utf16WithoutBom(new TextDecoder().decode(codebook))],
  ])('import-qdc: %s', async (_what, bytes) => {
    const { study } = await sampleStudy();
    await expectFailsAndNothingChanged(study, 'import-qdc', study, write('bad.qdc', bytes));
  });

  it('import-qdc: a failure half-way through writing (the second new code refused)', async () => {
    const { study } = await sampleStudy();
    const logged = refuseRowsOnOpen('codes', 1);
    await expectFailsAndNothingChanged(study, 'import-qdc', study, write('c.qdc', codebook));
    expect(logged.filter((m) => m.includes('forced failure half-way through the import'))).toHaveLength(1);
  });

  it.each([
    ['binary junk', junk(4096)],
    ['an empty file', new Uint8Array()],
    ['a truncated file', truncated(project)],
  ])('import-qdpx: %s leaves no study file behind', async (_what, bytes) => {
    const out = join(dir(), 'imported.verbatim');
    const r = await cli('import-qdpx', write('bad.qdpx', bytes), out);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^verbatim: .+/);
    for (const suffix of ['', '-wal', '-shm', '-journal']) expect(existsSync(out + suffix), `${out}${suffix}`).toBe(false);
  });
});
