import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeWithPython, SAMPLES } from '../fixtures/encodingSamples';
import { b64, dumpStudy, incoming, makeEnv, type TestEnv } from './helpers';
import { saySentence, type Sentence } from '../../shared/i18n/sentence';
import { translatorFor } from '../../shared/i18n/translator';

let env: TestEnv;
beforeEach(async () => {
  env = makeEnv();
  await env.createStudy('encodings');
});
afterEach(() => {
  env.backend.close();
  env.cleanup();
});

const file = (kind: 'transcript' | 'csv', name: string, bytes: Uint8Array) => incoming(env, kind, name, b64(bytes));
const documentText = () => env.query<{ plain_text: string }>('SELECT plain_text FROM documents').map((r) => r.plain_text);
const names = () =>
  env.query<{ display_name: string }>('SELECT display_name FROM participants ORDER BY display_name').map((r) => r.display_name);

describe('a transcript in a legacy encoding, through the channels', () => {
  it('previews a Windows-1250 Croatian transcript by evidence and imports the same text', async () => {
    const bytes = encodeWithPython(SAMPLES.hr, 'windows-1250');
    const { fileId } = file('transcript', 'intervju.txt', bytes);
    const preview = (await env.ok('transcripts:importPreview', { fileId })) as Record<string, unknown> & {
      sample: { speaker: string; text: string }[];
    };
    expect(preview).toMatchObject({ encoding: 'windows-1250', encodingEvidence: 'detected' });
    expect(preview.encodingChoices).toContain('windows-1252');
    expect(preview.sample[0]).toMatchObject({ speaker: 'Moderator', text: expect.stringContaining('Čačku') });
    await env.ok('transcripts:importCommit', {
      fileId,
      encoding: 'windows-1250',
      newSession: { kind: 'interview', title: 'Čačak' },
      mapping: [],
    });
    expect(documentText()[0]).toContain('u Čačku?');
  });

  it('imports in the encoding the user chose, not the one detected', async () => {
    const bytes = encodeWithPython(SAMPLES.hr, 'windows-1250');
    const { fileId } = file('transcript', 'intervju.txt', bytes);
    const chosen = (await env.ok('transcripts:importPreview', { fileId, encoding: 'windows-1252' })) as {
      encoding: string;
      encodingEvidence: string;
      sample: { text: string }[];
    };
    expect(chosen).toMatchObject({ encoding: 'windows-1252', encodingEvidence: 'chosen' });
    expect(chosen.sample[0]!.text).toContain('Èaèku');
    await env.ok('transcripts:importCommit', {
      fileId,
      encoding: 'windows-1252',
      newSession: { kind: 'interview', title: 'x' },
      mapping: [],
    });
    expect(documentText()[0]).toContain('Èaèku');
  });

  it('a transcript over 1 MB (read in a worker) is read in the chosen encoding too', async () => {
    const text = `${SAMPLES.hr}\n`.repeat(6000);
    const bytes = encodeWithPython(text, 'windows-1250');
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    const { fileId } = file('transcript', 'dugo.txt', bytes);
    const detected = (await env.ok('transcripts:importPreview', { fileId })) as { encoding: string; sample: { text: string }[] };
    expect(detected.encoding).toBe('windows-1250');
    const chosen = (await env.ok('transcripts:importPreview', { fileId, encoding: 'iso-8859-2' })) as {
      encoding: string;
      sample: { text: string }[];
    };
    expect(chosen.encoding).toBe('iso-8859-2');
    expect(chosen.sample[1]!.text).not.toBe(detected.sample[1]!.text); // š and ž sit elsewhere in ISO-8859-2
  });

  it('refuses an encoding that cannot read the file, and an unknown encoding name, changing nothing', async () => {
    const before = dumpStudy(env);
    const { fileId } = file('transcript', 'fangtan.txt', encodeWithPython(SAMPLES.zhHans, 'gb18030'));
    const wrong = await env.call('transcripts:importCommit', {
      fileId,
      encoding: 'utf-8',
      newSession: { kind: 'interview', title: 'x' },
      mapping: [],
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_FAILED', message: expect.stringMatching(/cannot be read as Unicode \(UTF-8\)/) },
    });
    const other = file('transcript', 'fangtan.txt', encodeWithPython(SAMPLES.zhHans, 'gb18030'));
    const unknown = await env.call('transcripts:importPreview', { fileId: other.fileId, encoding: 'ebcdic' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(dumpStudy(env)).toEqual(before);
  });
});

describe('a participants CSV in a legacy encoding, through the channels', () => {
  const csv = '姓名,性别,年龄\n王芳,女,34\n李伟,男,41\n';

  it('previews a GBK CSV as Chinese and imports the names as written', async () => {
    const { fileId } = file('csv', 'canyuzhe.csv', encodeWithPython(csv, 'gb18030'));
    const p = (await env.ok('participants:importPreview', { fileId })) as {
      encoding: string;
      encodingEvidence: string;
      mapping: unknown;
      sample: { name: string }[];
    };
    expect(p).toMatchObject({ encoding: 'gb18030', encodingEvidence: 'detected' });
    expect(p.sample.map((s) => s.name)).toEqual(['王芳', '李伟']);
    await env.ok('participants:importCommit', { fileId, encoding: 'gb18030', mapping: p.mapping as never });
    expect(names()).toEqual(['李伟', '王芳'].sort());
  });

  it('says when the evidence is weak, and the UI language decides the tie', async () => {
    const bytes = encodeWithPython('Ime\nČačak\n', 'windows-1250');
    const en = (await env.ok('participants:importPreview', file('csv', 'a.csv', bytes))) as {
      encoding: string;
      encodingEvidence: string;
      encodingNote: Sentence;
    };
    expect(en).toMatchObject({ encoding: 'windows-1252', encodingEvidence: 'weak' });
    expect(saySentence(translatorFor('en'), en.encodingNote)).toMatch(/almost as likely/);
    const hr = await env.ok('participants:importPreview', { ...file('csv', 'a.csv', bytes), uiLanguage: 'hr' });
    expect(hr).toMatchObject({ encoding: 'windows-1250', encodingEvidence: 'weak', sample: [{ name: 'Čačak' }] });
  });
});
