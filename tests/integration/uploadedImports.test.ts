/**
 * Transcripts and participant CSVs take the one road in, as REFI-QDA files do: in browser mode the
 * page uploads the raw bytes (`PUT /api/upload`), and the import channels name only the id. A preview
 * keeps the file (the user may look again with other choices); a commit uses it and lets it go,
 * whether it succeeded or not.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveBrowserMode } from '../../main/server/index';
import { INCOMING_LIMITS } from '../../shared/domain/files';
import type { Channel, In, Out } from '../../shared/ipc/contract';
import { fingerprintDb } from './studyFingerprint';
import { uploadTo } from './uploadHarness';

let dir: string;
let running: Awaited<ReturnType<typeof serveBrowserMode>>;
const leftInIncoming = () => {
  const incoming = join(dir, 'appdata', 'Incoming');
  return existsSync(incoming) ? readdirSync(incoming) : [];
};
const call = (channel: Channel, input: unknown) => running.backend.dispatch(channel, input);
async function ok<C extends Channel>(channel: C, input: In<C>): Promise<Out<C>> {
  const r = await call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as Out<C>;
}
const fingerprint = () => fingerprintDb(running.backend.context.studies.require().db);

/** Uploads `text` in two chunks and answers its id. */
async function upload(kind: 'transcript' | 'csv', name: string, text: string): Promise<string> {
  const bytes = Buffer.from(text);
  const r = await uploadTo(running.server, `kind=${kind}&name=${encodeURIComponent(name)}`, [bytes.subarray(0, 7), bytes.subarray(7)]);
  expect(r.body).toMatchObject({ ok: true, value: { name, size: bytes.length } });
  return r.body.value!.fileId;
}

/** Calls a channel that must fail with `code`, and checks the study did not change. */
async function refusedAndUnchanged(channel: Channel, input: unknown, code: string): Promise<void> {
  const before = fingerprint();
  expect(await call(channel, input)).toMatchObject({ ok: false, error: { code } });
  expect(fingerprint()).toEqual(before);
}

const TRANSCRIPT = 'Anna: The slot moved again.\n\nBen: Nobody called me about it.\n\nAnna: Twice in one week.';
const CSV = 'Name,Segment\nAda,Family\nBo,Single\nCai,Family\n';

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-uploaded-'));
  mkdirSync(join(dir, 'static'));
  running = await serveBrowserMode({ appDataDir: join(dir, 'appdata'), staticDir: join(dir, 'static'), port: 0 });
  await call('study:create', { title: 'Uploads' });
});
afterEach(async () => {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a transcript uploaded in browser mode', () => {
  it('is previewed (again, for another session), committed once, and then deleted', async () => {
    const first = await ok('sessions:create', { kind: 'interview', title: 'First' });
    const second = await ok('sessions:create', { kind: 'interview', title: 'Second' });
    const fileId = await upload('transcript', 'interview.txt', TRANSCRIPT);
    const preview = await call('transcripts:importPreview', { fileId, sessionId: first.id });
    expect(preview).toMatchObject({
      ok: true,
      value: {
        fileName: 'interview.txt',
        turns: 3,
        speakers: [
          { label: 'Anna', turns: 2 },
          { label: 'Ben', turns: 1 },
        ],
      },
    });
    // The user chose another session: the same file is read again.
    expect(await call('transcripts:importPreview', { fileId, sessionId: second.id })).toMatchObject({ ok: true, value: { turns: 3 } });
    expect(leftInIncoming()).toHaveLength(1);

    const committed = await call('transcripts:importCommit', { fileId, sessionId: second.id, mapping: [] });
    expect(committed).toMatchObject({ ok: true, value: { turns: 3 } });
    const docs = await call('documents:list', {});
    expect(docs).toMatchObject({ ok: true, value: [{ title: 'interview' }] });
    expect(leftInIncoming()).toEqual([]);
    // Used once: the same id again is refused and writes nothing.
    await refusedAndUnchanged(
      'transcripts:importCommit',
      { fileId, newSession: { kind: 'interview', title: 'Again' }, mapping: [] },
      'NOT_FOUND',
    );
    await refusedAndUnchanged('transcripts:importPreview', { fileId }, 'NOT_FOUND');
  });

  it('a commit that fails lets the file go too, and leaves the study as it was', async () => {
    const fileId = await upload('transcript', 'interview.txt', TRANSCRIPT);
    const missing = crypto.randomUUID();
    const mapping = [{ label: 'Anna', target: { kind: 'existing', participantId: missing, role: 'participant' } }];
    await refusedAndUnchanged(
      'transcripts:importCommit',
      { fileId, newSession: { kind: 'interview', title: 'Never made' }, mapping },
      'NOT_FOUND',
    );
    expect(leftInIncoming()).toEqual([]);
    await refusedAndUnchanged(
      'transcripts:importCommit',
      { fileId, newSession: { kind: 'interview', title: 'Never made' }, mapping: [] },
      'NOT_FOUND',
    );
  });
});

describe('a participant CSV uploaded in browser mode', () => {
  it('is previewed, previewed again with another mapping, committed once, and then deleted', async () => {
    const fileId = await upload('csv', 'people.csv', CSV);
    const suggested = await call('participants:importPreview', { fileId });
    expect(suggested).toMatchObject({ ok: true, value: { fileName: 'people.csv', rowCount: 3, columns: ['Name', 'Segment'] } });
    const mapping = [{ kind: 'name' }, { kind: 'ignore' }];
    expect(await call('participants:importPreview', { fileId, mapping })).toMatchObject({ ok: true, value: { mapping, validCount: 3 } });
    expect(leftInIncoming()).toHaveLength(1);

    expect(await call('participants:importCommit', { fileId, mapping })).toMatchObject({
      ok: true,
      value: { created: 3, attributesCreated: 0 },
    });
    expect((await ok('participants:list', {})).map((p) => p.displayName).sort()).toEqual(['Ada', 'Bo', 'Cai']);
    expect(leftInIncoming()).toEqual([]);
    await refusedAndUnchanged('participants:importCommit', { fileId, mapping }, 'NOT_FOUND');
  });

  it('a file id this backend never gave, or one of another kind, is refused and changes nothing', async () => {
    const mapping = [{ kind: 'name' }];
    await refusedAndUnchanged('participants:importCommit', { fileId: crypto.randomUUID(), mapping }, 'NOT_FOUND');
    const transcriptId = await upload('transcript', 'interview.txt', TRANSCRIPT);
    await refusedAndUnchanged('participants:importCommit', { fileId: transcriptId, mapping }, 'NOT_FOUND');
    const csvId = await upload('csv', 'people.csv', CSV);
    await refusedAndUnchanged(
      'transcripts:importCommit',
      { fileId: csvId, newSession: { kind: 'interview', title: 'X' }, mapping: [] },
      'NOT_FOUND',
    );
    await refusedAndUnchanged(
      'transcripts:importCommit',
      { fileId: crypto.randomUUID(), newSession: { kind: 'interview', title: 'X' }, mapping: [] },
      'NOT_FOUND',
    );
  });

  it('over the CSV limit the UI states, an upload is refused and nothing of it is kept', async () => {
    const limit = INCOMING_LIMITS.csv;
    const mb = Buffer.alloc(1024 * 1024, 0x41);
    const before = fingerprint();
    const r = await uploadTo(
      running.server,
      'kind=csv&name=everything.csv',
      Array.from({ length: limit.bytes / mb.length + 1 }, () => mb),
    );
    expect(r.body).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `everything.csv is larger than ${limit.label}, more than Verbatim imports. Nothing was imported.`,
        messageId: 'errors.fileTooLarge',
        values: { name: 'everything.csv', limit: limit.label },
      },
    });
    const declared = await uploadTo(running.server, 'kind=transcript&name=long.docx', [Buffer.alloc(16)], {
      'content-length': String(INCOMING_LIMITS.transcript.bytes + 1),
    });
    expect(declared.body).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(`larger than ${INCOMING_LIMITS.transcript.label}`) },
    });
    expect(leftInIncoming()).toEqual([]);
    expect(fingerprint()).toEqual(before);
  });
});
