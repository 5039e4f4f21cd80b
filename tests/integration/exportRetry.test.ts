/**
 * A .qdpx export reads the study in slices (services/refi/exportRefi.ts). A write between slices (a
 * live-notes autosave) starts a new sliced read rather than one whole-study read that freezes the
 * backend; a study closed meanwhile is a plain CONFLICT, never an internal error.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../main/api/backend';
import { createBackend } from '../../main/api/backend';
import { AppError } from '../../shared/errors';
import { exportQdpx } from '../../main/services/refi/exportRefi';
import type { MessageId } from '../../shared/i18n/catalogue';
import { bigStudy } from '../bench/refi';
import { makeEnv, type TestEnv } from './helpers';

let env: TestEnv;
let b: Backend;

beforeAll(async () => {
  env = makeEnv();
  b = await bigStudy(() => createBackend({ appDataDir: join(env.dir, 'appdata-retry'), host: env.backend.context.host }), env.dir, {
    sessions: 12,
  });
}, 60_000);
afterAll(() => {
  b.close();
  env.cleanup();
});

/** A control whose progress runs `during` once, when the export is reading turns and codings. */
function duringTheRead(during: () => void) {
  let done = false;
  return {
    progress: (stage: MessageId, percent: number) => {
      if (done || stage !== 'imports.stageReadingStudy' || percent === 0) return;
      done = true;
      during();
    },
  };
}

describe('a .qdpx export read in slices', () => {
  it('a write between slices is followed by another sliced read, not one whole-study read', async () => {
    const study = b.context.studies.require();
    const transactions = vi.spyOn(study.db, 'transaction');
    let afterWrite = -1;
    const control = duringTheRead(() => {
      study.db.prepare("UPDATE study_info SET title = title || ' (autosaved)'").run();
      afterWrite = transactions.mock.calls.length;
    });
    const { bytes } = await exportQdpx(study, 'test', control);
    expect(afterWrite).toBeGreaterThanOrEqual(0);
    // The whole-study read is one transaction; sliced reads use none.
    expect(transactions.mock.calls.length).toBe(afterWrite);
    expect(Buffer.from(bytes).toString('latin1')).toContain('project.qde');
    transactions.mockRestore();
  });

  it('a study closed while it is read ends in CONFLICT with plain words, not an internal error', async () => {
    const study = b.context.studies.require();
    const error = await exportQdpx(
      study,
      'test',
      duringTheRead(() => b.context.studies.close()),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect((error as AppError).message).toBe('The study was closed while the export ran, so nothing was written.');
  });
});
