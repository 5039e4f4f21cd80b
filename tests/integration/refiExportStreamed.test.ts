import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingFromPacked, createRefiRepo, turnFromPacked } from '../../main/db/repos/refiRepo';
import { exportProjectFiles } from '../../main/io/refi/exportProject';
import { ZipArchive } from '../../main/formats/zip';
import { PIECE_BYTES } from '../../main/formats/zipWriter';
import type { Study } from '../../main/services/study';
import { exportQdpx, snapshotOf } from '../../main/services/refi/exportRefi';
import { bigStudy } from '../bench/refi';
import { makeEnv, type TestEnv } from './helpers';
import { buildRoundTripStudy } from './refiStudy';

// The export job writes the Sources while the backend is still reading the study (exportStreamed.ts).
// Whatever arrives in which slice, the archive must hold exactly what one whole read gives.

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

/** The archive's files by name, with the Project's own modifiedDateTime (the moment of export) left out. */
function filesOf(entries: { name: string; data: Uint8Array | string | readonly Uint8Array[] }[]): Map<string, string> {
  const text = (data: Uint8Array | string | readonly Uint8Array[]) =>
    typeof data === 'string' ? data : Buffer.concat(Array.isArray(data) ? data : [data as Uint8Array]).toString('utf8');
  const out = new Map(entries.map((e) => [e.name, text(e.data)]));
  out.set('project.qde', out.get('project.qde')!.replace(/modifiedDateTime="[^"]*"/, ''));
  return out;
}

function unzipped(bytes: Uint8Array): Map<string, string> {
  const zip = ZipArchive.open(bytes);
  return filesOf(zip.names().map((name) => ({ name, data: zip.read(name) })));
}

async function expectSameAsWholeRead(study: Study, turnSelections: boolean): Promise<string> {
  const streamed = await exportQdpx(study, 'test', undefined, { turnSelections });
  const whole = exportProjectFiles(snapshotOf(study, 'test', { turnSelections }));
  const files = unzipped(streamed.bytes);
  expect(files).toEqual(filesOf(whole.files));
  expect(streamed.notes).toEqual(whole.notes);
  return files.get('project.qde')!;
}

describe('the export built while the study is read', () => {
  it('writes every kind of content as one whole read does, with and without turn selections', async () => {
    await env.createStudy('full');
    await buildRoundTripStudy(env);
    const study = env.backend.context.studies.require();
    // A coding whose words were deleted, with a memo: left out, and its memo moved to the project.
    const [coding] = env.query<{ id: string }>('SELECT id FROM codings ORDER BY id LIMIT 1');
    await env.ok('memos:save', { target: { kind: 'coding', id: coding!.id }, title: 'About a lost passage', body: 'gone' });
    study.db.prepare("UPDATE codings SET status = 'orphaned' WHERE id = ?").run(coding!.id);
    const qde = await expectSameAsWholeRead(study, false);
    expect(qde).toContain('<Sources>');
    await expectSameAsWholeRead(study, true);
  });

  it("sends each document's turns and codings packed, and they unpack into the rows the export reads", async () => {
    await env.createStudy('packed');
    await buildRoundTripStudy(env);
    const refi = createRefiRepo(env.backend.context.studies.require().db);
    let rows = 0;
    for (const { id } of refi.documents()) {
      expect(refi.packedTurnsOfDocument(id).map((t) => turnFromPacked(id, t))).toEqual(refi.turnsOfDocument(id));
      expect(refi.packedCodingsOfDocument(id).map((c) => codingFromPacked(id, c))).toEqual(refi.codingsOfDocument(id));
      rows += refi.turnsOfDocument(id).length + refi.codingsOfDocument(id).length;
    }
    expect(rows).toBeGreaterThan(0);
  });

  it('writes an empty study as one whole read does', async () => {
    await env.createStudy('empty');
    const qde = await expectSameAsWholeRead(env.backend.context.studies.require(), false);
    expect(qde).not.toContain('<Sources>');
  });

  it('compresses a project file larger than a piece correctly (its head is put in front of the sources already compressed)', async () => {
    const backend = await bigStudy(() => env.newBackend(), env.dir, { sessions: 100 });
    try {
      const qde = await expectSameAsWholeRead(backend.context.studies.require(), false);
      expect(Buffer.byteLength(qde)).toBeGreaterThan(PIECE_BYTES);
    } finally {
      backend.close();
    }
  }, 60_000);
});
