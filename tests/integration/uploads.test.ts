/**
 * Browser mode's road in for files: `PUT /api/upload` streams the raw bytes to a temp file under
 * the app data folder, capped at the kind's limit, and answers with an id the import channels take.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';
import { serveBrowserMode } from '../../main/server/index';
import { INCOMING_LIMITS, type Delivery } from '../../shared/domain/files';
import { uploadTo } from './uploadHarness';

let dir: string;
let running: Awaited<ReturnType<typeof serveBrowserMode>>;
const incomingDir = () => join(dir, 'appdata', 'Incoming');
const leftInIncoming = () => (existsSync(incomingDir()) ? readdirSync(incomingDir()) : []);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-upload-'));
  mkdirSync(join(dir, 'static'));
  running = await serveBrowserMode({ appDataDir: join(dir, 'appdata'), staticDir: join(dir, 'static'), port: 0 });
});
afterEach(async () => {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

const upload = (query: string, chunks: Buffer[], headers: Record<string, string> = {}) => uploadTo(running.server, query, chunks, headers);

/** A real .qdc with one code, exported by a study of its own (then closed). */
async function codebook(): Promise<Buffer> {
  const maker = createBackend({ appDataDir: join(dir, 'maker'), host: headlessHost('browser') });
  await maker.dispatch('study:create', { title: 'Maker' });
  await maker.dispatch('codes:create', { name: 'Price' });
  const exported = (await maker.dispatch('refi:exportQdc', {})) as { ok: true; value: Delivery };
  maker.close();
  return Buffer.from(exported.value.files[0]!.dataBase64, 'base64');
}

describe('PUT /api/upload', () => {
  it('takes a file in under an id; the import uses it and the upload is deleted afterwards', async () => {
    await running.backend.dispatch('study:create', { title: 'Uploads' });
    const bytes = await codebook();
    const r = await upload('kind=qdc&name=..%2F..%2Fevil%2Fcodebook.qdc', [bytes.subarray(0, 10), bytes.subarray(10)]);
    expect(r.status).toBe(200);
    expect(r.body.value).toMatchObject({ name: 'codebook.qdc', size: bytes.length });
    expect(leftInIncoming()).toHaveLength(1);
    const report = await running.backend.dispatch('refi:importQdc', { fileId: r.body.value!.fileId });
    expect(report).toMatchObject({ ok: true, value: { fileName: 'codebook.qdc', counts: { codes: 1 } } });
    expect(leftInIncoming()).toEqual([]);
    // Used once: the id is gone too.
    expect(await running.backend.dispatch('refi:importQdc', { fileId: r.body.value!.fileId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses without the token, without raw bytes, or for an unknown kind, and keeps nothing', async () => {
    expect((await upload('kind=qdc&name=a.qdc', [await codebook()], { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await upload('kind=qdc&name=a.qdc', [await codebook()], { 'content-type': 'application/json' })).status).toBe(415);
    const unknown = await upload('kind=exe&name=a.exe', [await codebook()]);
    expect(unknown.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const empty = await upload('kind=qdc&name=a.qdc', []);
    expect(empty.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/is empty/) } });
    expect(leftInIncoming()).toEqual([]);
  });

  it('stops an upload at the limit the UI states, whether or not its size was declared, and keeps nothing of it', async () => {
    const limit = INCOMING_LIMITS.qdc;
    const declared = await upload('kind=qdc&name=big.qdc', [Buffer.alloc(16)], { 'content-length': String(limit.bytes + 1) });
    expect(declared.body).toMatchObject({ ok: false, error: { message: expect.stringContaining(`larger than ${limit.label}`) } });
    const mb = Buffer.alloc(1024 * 1024, 0x41);
    const streamed = await upload(
      'kind=qdc&name=big.qdc',
      Array.from({ length: limit.bytes / mb.length + 1 }, () => mb),
    );
    expect(streamed.body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: `big.qdc is larger than ${limit.label}, more than Verbatim imports. Nothing was imported.` },
    });
    expect(leftInIncoming()).toEqual([]);
  });

  it('uploads left unused are deleted when the server stops', async () => {
    expect((await upload('kind=qdc&name=a.qdc', [await codebook()])).status).toBe(200);
    expect(leftInIncoming()).toHaveLength(1);
    await running.close();
    expect(existsSync(incomingDir())).toBe(false);
    running = await serveBrowserMode({ appDataDir: join(dir, 'appdata'), staticDir: join(dir, 'static'), port: 0 });
  });
});
