/**
 * "A failed import changes nothing" through the channels the UI calls: for every importer, bad input
 * (junk, empty, truncated, wrongly encoded) and a failure half-way through writing leave the study
 * file exactly as it was (every row of every table, compared as one fingerprint) and the undo
 * history as it was.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeZip } from '../../main/formats/zipWriter';
import type { ColumnTarget } from '../../shared/domain/participantImport';
import type { Channel } from '../../shared/ipc/contract';
import { badTranscriptFiles, failAfterRows, junk, refdata, TRANSCRIPTS, truncated, utf16WithoutBom } from './badImports';
import { b64, incoming, makeEnv, missingId, type TestEnv } from './helpers';
import { fingerprintDb } from './studyFingerprint';

let env: TestEnv;
let studyPath: string;
beforeEach(async () => {
  env = makeEnv();
  studyPath = (await env.createStudy('target', true)).path;
  // An undo step the failed import must leave in place (a successful merge import would clear it).
  await env.ok('codes:create', { name: 'Delivery slots', parentId: null });
});
afterEach(() => {
  env.backend.close();
  env.cleanup();
});

const db = () => env.backend.context.studies.require().db;

/** Runs a call that must fail, and checks the open study and its undo history did not change. */
async function expectNothingChanged(channel: Channel, input: unknown): Promise<string> {
  const before = fingerprintDb(db());
  const history = await env.ok('history:state', {});
  const r = await env.call(channel, input);
  expect(r.ok, `${channel} should have failed`).toBe(false);
  expect(env.backend.context.studies.require().path).toBe(studyPath);
  expect(fingerprintDb(db())).toEqual(before);
  expect(await env.ok('history:state', {})).toEqual(history);
  return r.ok ? '' : r.error.message;
}

/** The failure was the one failAfterRows forced, half-way through the writing (not an earlier refusal). */
function expectForcedFailure(): void {
  expect(env.logs.filter((m) => m.includes('forced failure half-way through the import'))).toHaveLength(1);
}

async function aSession(): Promise<string> {
  return (await env.ok('sessions:list', {}))[0]!.id;
}

describe('a failed transcript import (transcripts:importCommit) changes nothing', () => {
  for (const [ext, good] of Object.entries(TRANSCRIPTS) as [keyof typeof TRANSCRIPTS, Uint8Array][]) {
    for (const [what, bytes] of badTranscriptFiles(ext)) {
      it(`${ext}: ${what}, into an existing session or a new one`, async () => {
        // A commit lets its file go, failed or not: each attempt takes the file in again.
        const file = () => ({ ...incoming(env, 'transcript', `interview.${ext}`, b64(bytes)), mapping: [] });
        const message = await expectNothingChanged('transcripts:importCommit', { ...file(), sessionId: await aSession() });
        expect(message).toMatch(/interview\.|file/);
        await expectNothingChanged('transcripts:importCommit', { ...file(), newSession: { kind: 'interview', title: 'Never made' } });
      });
    }

    it(`${ext}: a failure half-way through writing (a speaker's person is gone) leaves no session, person or document`, async () => {
      const file = () => incoming(env, 'transcript', `interview.${ext}`, b64(good));
      const preview = await env.ok('transcripts:importPreview', file());
      expect(preview.speakers.map((s) => s.label)).toEqual(['Anna', 'Ben']);
      // Anna is written as a new person before Ben's chosen person turns out not to exist.
      const mapping = [
        { label: 'Anna', target: { kind: 'new' as const, name: 'Anna Fresh', role: 'participant' as const } },
        { label: 'Ben', target: { kind: 'existing' as const, participantId: missingId(), role: 'participant' as const } },
      ];
      await expectNothingChanged('transcripts:importCommit', {
        ...file(),
        mapping,
        newSession: { kind: 'interview', title: 'Never made' },
      });
      await expectNothingChanged('transcripts:importCommit', { ...file(), mapping, sessionId: await aSession() });
    });
  }

  it('into a new session: the session, its people and the document are written by the one call', async () => {
    const sessions = (await env.ok('sessions:list', {})).length;
    const file = incoming(env, 'transcript', 'interview.vtt', b64(TRANSCRIPTS.vtt));
    const result = await env.ok('transcripts:importCommit', { ...file, newSession: { kind: 'interview', title: 'Made by the import' } });
    const made = (await env.ok('sessions:list', {})).find((s) => s.title === 'Made by the import');
    expect((await env.ok('sessions:list', {})).length).toBe(sessions + 1);
    expect(made?.kind).toBe('interview');
    expect(env.query('SELECT session_id FROM documents WHERE id = ?', result.documentId)).toEqual([{ session_id: made!.id }]);
    expect(env.query('SELECT op FROM op_log ORDER BY seq DESC LIMIT 2')).toEqual([{ op: 'transcripts:import' }, { op: 'sessions:create' }]);
  });

  it('refuses both a session and a new session, and neither', async () => {
    const file = incoming(env, 'transcript', 'interview.vtt', b64(TRANSCRIPTS.vtt));
    await env.fail(
      'transcripts:importCommit',
      { ...file, sessionId: await aSession(), newSession: { kind: 'interview', title: 'X' } },
      'INVALID_INPUT',
    );
    await env.fail('transcripts:importCommit', file, 'INVALID_INPUT');
  });

  it('a long transcript refused by the database after 40 turns were written leaves nothing', async () => {
    const text = refdata('corpus/pdpilot_interview_P2.txt');
    const file = incoming(env, 'transcript', 'P2.txt', b64(text));
    expect((await env.ok('transcripts:importPreview', file)).turns).toBeGreaterThan(40);
    failAfterRows(db(), 'turns', 40);
    await expectNothingChanged('transcripts:importCommit', { ...file, mapping: [], newSession: { kind: 'interview', title: 'P2' } });
    expectForcedFailure();
  });
});

describe('a failed participant CSV import (participants:importCommit) changes nothing', () => {
  const NAME: ColumnTarget = { kind: 'name' };
  const good = 'Name,Segment,NPS\nAda,Family,9\nBo,Single,3\nCai,Family,10\nDee,Student,7\n';
  const mapping: ColumnTarget[] = [
    NAME,
    { kind: 'newAttribute', name: 'Segment 2', type: 'category', scaleKind: null },
    { kind: 'newAttribute', name: 'NPS 2', type: 'score', scaleKind: 'nps' },
  ];
  const commit = (data: Uint8Array | string, skipInvalid = false) => ({
    ...incoming(env, 'csv', 'people.csv', b64(data)),
    mapping,
    skipInvalid,
  });

  it.each([
    ['binary junk', junk(4096)],
    ['an empty file', new Uint8Array()],
    ['a truncated file (cut inside a quoted cell)', Buffer.from('Name,Segment,NPS\nAda,"Family, with kids')],
    ['UTF-16 without a byte-order mark', utf16WithoutBom(good)],
    ['a later row that is invalid', Buffer.from(`${good}Eve,Family,eleven\n`)],
  ])('%s', async (_what, bytes) => {
    await expectNothingChanged('participants:importCommit', commit(bytes));
  });

  it('a failure half-way through writing (the third value refused) leaves no attribute, person or value', async () => {
    failAfterRows(db(), 'participant_values', 3);
    await expectNothingChanged('participants:importCommit', commit(good));
    expectForcedFailure();
  });
});

describe('a failed REFI-QDA import changes nothing', () => {
  const project = refdata('refi-qda/qualitative-coding/demo.qdpx');
  const codebook = refdata('refi-qda/spec-derived/spec-annexA1-codebook-example.qdc');
  const badQdpx: [string, Uint8Array][] = [
    ['binary junk', junk(4096)],
    ['an empty file', new Uint8Array()],
    ['a truncated file', truncated(project)],
    [
      'a zip with a UTF-16 project.qde',
      writeZip([{ name: 'project.qde', data: utf16WithoutBom('<?xml version="1.0"?><Project name="x"/>') }]),
    ],
  ];

  for (const [what, bytes] of badQdpx) {
    it(`QDPX merged into the open study: ${what}`, async () => {
      await expectNothingChanged('refi:importQdpx', { ...incoming(env, 'qdpx', 'p.qdpx', b64(bytes)), into: 'open' });
    });
    it(`QDPX as a new study: ${what} makes no file and keeps the open study`, async () => {
      // Without a save dialog a new study is filed in the studies folder: it stays as it was.
      const studiesDir = join(env.appDataDir, 'Studies');
      const studies = () => (existsSync(studiesDir) ? readdirSync(studiesDir).sort() : []);
      const before = studies();
      await expectNothingChanged('refi:importQdpx', { ...incoming(env, 'qdpx', 'p.qdpx', b64(bytes)), into: 'new' });
      expect(studies()).toEqual(before);
    });
  }

  it('QDPX merged into the open study, refused by the database after 5 codings were written', async () => {
    failAfterRows(db(), 'codings', 5);
    await expectNothingChanged('refi:importQdpx', { ...incoming(env, 'qdpx', 'demo.qdpx', b64(project)), into: 'open' });
    expectForcedFailure();
  });

  it.each([
    ['binary junk', junk(2048)],
    ['an empty file', new Uint8Array()],
    ['a truncated file', truncated(codebook)],
    ['UTF-16 without a byte-order mark', utf16WithoutBom(new TextDecoder().decode(codebook))],
  ])('QDC codebook: %s', async (_what, bytes) => {
    await expectNothingChanged('refi:importQdc', incoming(env, 'qdc', 'c.qdc', b64(bytes)));
  });

  it('QDC codebook refused by the database after 2 codes were written', async () => {
    failAfterRows(db(), 'codes', 2);
    await expectNothingChanged('refi:importQdc', incoming(env, 'qdc', 'c.qdc', b64(codebook)));
    expectForcedFailure();
  });
});
