import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headlessHost } from '../../../main/app/host';
import { StudyManager } from '../../../main/app/studyManager';
import { translatorFor } from '../../../shared/i18n/translator';
import { failureOf } from './appErrorOf';

let dir: string;
let studies: StudyManager;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-'));
  studies = new StudyManager({ appDataDir: join(dir, 'appdata'), version: '0.1.0', trackRecent: false });
});
afterEach(() => {
  studies.close();
  rmSync(dir, { recursive: true, force: true });
});

const en = translatorFor('en');
/** A host with a save dialog that answers `answer` and remembers the names it suggested. */
function dialogHost(answer: string | null) {
  const suggested: string[] = [];
  return {
    suggested,
    host: { ...headlessHost('electron'), nativeDialogs: true, pickStudyToCreate: async (name: string) => (suggested.push(name), answer) },
  };
}

describe('StudyManager.newStudyPath: where a new study goes (study:create and a .qdpx imported as a new study)', () => {
  it('without a save dialog, takes a free name in the studies folder', async () => {
    const first = await studies.newStudyPath(headlessHost('browser'), 'Bergen interviews', en);
    expect(first).toBe(join(dir, 'appdata', 'Studies', 'Bergen interviews.verbatim'));
    writeFileSync(first, '');
    expect(await studies.newStudyPath(headlessHost('browser'), 'Bergen interviews', en)).toBe(
      join(dir, 'appdata', 'Studies', 'Bergen interviews (2).verbatim'),
    );
  });

  it('with a save dialog, suggests a file-safe name and adds .verbatim where the user left it out', async () => {
    const { host, suggested } = dialogHost(join(dir, 'chosen'));
    expect(await studies.newStudyPath(host, 'Q3: pricing / "tiers"', en)).toBe(join(dir, 'chosen.verbatim'));
    expect(suggested).toEqual(['Q3 pricing tiers.verbatim']);
    expect(await studies.newStudyPath(dialogHost(join(dir, 'Kept.VERBATIM')).host, 'x', en)).toBe(join(dir, 'Kept.VERBATIM'));
  });

  it('a closed dialog is CANCELLED, not a fall back to the studies folder', async () => {
    const error = await failureOf(studies.newStudyPath(dialogHost(null).host, 'Bergen interviews', en));
    expect(error.code).toBe('CANCELLED');
  });
});
