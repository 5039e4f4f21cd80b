/**
 * What the progress panel says during a .qdpx import: the plan's own steps, and while the save
 * dialog for a new study is open, that the user is being asked, not that the study is being written.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticQdpx } from '../bench/refi';
import { b64, incoming, makeEnv, type TestEnv } from './helpers';

let env: TestEnv;
beforeAll(() => {
  env = makeEnv({ dialogs: true });
});
afterAll(() => env.cleanup());

const stagesOf = (jobId: string) =>
  env.events
    .filter((e) => e.name === 'job:progress' && (e.payload as { jobId: string }).jobId === jobId)
    .map((e) => (e.payload as { stage: string }).stage);

describe('progress words of a .qdpx import as a new study', () => {
  it('reports the plan steps, and "Choose where to save the new study" while the save dialog is open', async () => {
    const jobId = crypto.randomUUID();
    const host = env.backend.context.host;
    const ask = host.pickStudyToCreate;
    let shownDuringDialog: string | undefined;
    host.pickStudyToCreate = async () => {
      shownDuringDialog = stagesOf(jobId).at(-1);
      return join(env.dir, 'from-qdpx.verbatim');
    };
    try {
      const r = await env.call('refi:importQdpx', { ...incoming(env, 'qdpx', 'p.qdpx', b64(syntheticQdpx(3, 30))), into: 'new', jobId });
      expect(r.ok).toBe(true);
    } finally {
      host.pickStudyToCreate = ask;
    }
    expect(shownDuringDialog).toBe('Choose where to save the new study');
    const stages = stagesOf(jobId);
    expect(stages).toEqual(
      expect.arrayContaining(['Reading the project', 'Matching codes, sources and codings', 'Writing the new study', 'Done']),
    );
    expect(stages).not.toContain('Writing into the study');
  });
});
