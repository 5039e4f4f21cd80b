import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliHarness } from './cliHarness';
import { formulaCells, readCsvAs, SEPARATORS } from '../unit/io/hostileCells';
import { createBackend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';

const REFDATA = join(import.meta.dirname, '../../../shared/refdata');
const harness = useCliHarness('verbatim-cli-coding-');
const cli = harness.cli;
const dir = () => harness.dir();

describe('verbatim import', () => {
  it('imports a Zoom transcript into a named session, mapping speakers by exact name or creating them', async () => {
    const study = join(dir(), 's.verbatim');
    await cli('new', study);
    const r = await cli(
      'import',
      study,
      join(REFDATA, 'transcripts/zoom_GMT20240124-202901_Recording.transcript.vtt'),
      '--session',
      'Kick-off',
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json).sort()).toEqual(['documentId', 'speakers', 'turns']);
    expect(json.speakers.map((s: { name: string }) => s.name)).toContain('Dr. Melissa Ko');
    expect(json.speakers.reduce((n: number, s: { turns: number }) => n + s.turns, 0)).toBeLessThanOrEqual(json.turns);
    // A second import of the same file reuses the participants instead of duplicating them.
    await cli(
      'import',
      study,
      join(REFDATA, 'transcripts/zoom_GMT20240124-202901_Recording.transcript.vtt'),
      '--session',
      'Kick-off',
      '--json',
    );
    const info = JSON.parse((await cli('info', study, '--json')).out);
    expect(info).toMatchObject({ sessions: 1, documents: 2, participants: json.speakers.length });
  });

  it('gives the interviewer (who asks the questions) the moderator role, as the app suggests', async () => {
    const study = join(dir(), 's.verbatim');
    await cli('new', study);
    expect((await cli('import', study, join(REFDATA, 'corpus/pdpilot_interview_P1.txt'), '--session', 'P1')).code).toBe(0);
    const [session] = JSON.parse((await cli('sessions', study, '--json')).out);
    expect(session.people).toEqual(
      expect.arrayContaining([
        { name: 'Dan', role: 'moderator' },
        { name: 'Participant', role: 'participant' },
      ]),
    );
    expect(session.people).toHaveLength(2);
  });

  it('refuses a file over the transcript limit before reading it, with the limit the app states, and changes nothing', async () => {
    const study = join(dir(), 's.verbatim');
    await cli('new', study);
    const huge = join(dir(), 'all-day.txt');
    writeFileSync(huge, 'Ann: hello\n');
    truncateSync(huge, 60 * 1024 * 1024 + 1); // sparse: the size is real, the disk is not filled
    const r = await cli('import', study, huge, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toBe('verbatim: all-day.txt is larger than 60 MB, more than Verbatim imports. Nothing was imported.\n');
    expect(JSON.parse((await cli('info', study, '--json')).out)).toMatchObject({ sessions: 0, documents: 0, participants: 0 });
  });

  it('refuses a binary file with one line naming it, and changes nothing', async () => {
    const study = join(dir(), 's.verbatim');
    await cli('new', study);
    const bad = join(dir(), 'recording.vtt');
    writeFileSync(bad, Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    const r = await cli('import', study, bad, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^verbatim: recording\.vtt/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse((await cli('info', study, '--json')).out)).toMatchObject({ documents: 0, participants: 0 });
  });

  it('reports a missing transcript file', async () => {
    const study = join(dir(), 's.verbatim');
    await cli('new', study);
    expect(await cli('import', study, join(dir(), 'nope.vtt'))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/cannot read .*nope\.vtt \(ENOENT\)/),
    });
  });
});

/** The study opened in a backend of its own, to add codes and codings the CLI has no command for. */
async function openInBackend(study: string) {
  const backend = createBackend({ appDataDir: join(dir(), 'data'), host: headlessHost('cli') });
  const call = async (c: string, i: unknown) => {
    const r = await backend.dispatch(c, i);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as never;
  };
  backend.context.studies.open(study); // the CLI's own argument: services, not a channel
  return { backend, call };
}

describe('verbatim codings', () => {
  it('prints every coding with its code path, offsets, quote and coder', async () => {
    const study = join(dir(), 's.verbatim');
    await cli('new', study);
    await cli('import', study, join(REFDATA, 'corpus/qualcoder_example_focusgroup_transcript.txt'), '--json');
    const { backend, call } = await openInBackend(study);
    const [doc] = (await call('documents:list', {})) as { id: string; title: string }[];
    const parent = (await call('codes:create', { name: 'Service' })) as { id: string };
    const child = (await call('codes:create', { name: 'Staff', parentId: parent.id })) as { id: string };
    const view = (await call('documents:get', { id: doc!.id })) as { text: string };
    await call('codings:create', { documentId: doc!.id, start: 0, end: 12, codeId: child.id });
    backend.close();
    const r = await cli('codings', study, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows).toEqual([
      { document: doc!.title, code: 'Service/Staff', start: 0, end: 12, quote: view.text.slice(0, 12).trim(), coder: expect.any(String) },
    ]);
  });
});

describe('verbatim codings (tab-separated listing)', () => {
  it('escapes hostile titles, code names and quotes so no spreadsheet runs them, whatever its separator', async () => {
    const study = join(dir(), 's.verbatim');
    await cli('new', study);
    const transcript = join(dir(), 'x;=1+1.txt');
    writeFileSync(transcript, 'Ana: =HYPERLINK("http://evil.example";"x") said;=cmd|\' /C calc\'!A0 and more\n');
    await cli('import', study, transcript, '--json');
    const { backend, call } = await openInBackend(study);
    const [doc] = (await call('documents:list', {})) as { id: string; title: string }[];
    const code = (await call('codes:create', { name: '@SUM(1);-2+3' })) as { id: string };
    const view = (await call('documents:get', { id: doc!.id })) as { text: string };
    await call('codings:create', { documentId: doc!.id, start: view.text.indexOf('='), end: view.text.length, codeId: code.id });
    backend.close();
    const r = await cli('codings', study);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    for (const separator of SEPARATORS)
      expect(formulaCells(readCsvAs(Buffer.from(r.out), separator)), JSON.stringify(separator)).toEqual([]);
    const [fields] = readCsvAs(Buffer.from(r.out), '\t');
    expect(fields![1]).toBe("'@SUM(1);'-2+3");
    expect(fields![3]).toMatch(/^'=HYPERLINK\("http:\/\/evil\.example";"x"\) said;'=cmd/);
  });
});
