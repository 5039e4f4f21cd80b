/**
 * The command line speaks the terminal's language (LC_ALL, then LC_MESSAGES, then LANG): its help,
 * its output lines and its usage errors, with session kinds and roles in the app's own words.
 * `--json` stays the same in every language: it is for programs.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useCliHarness } from './cliHarness';

const harness = useCliHarness('verbatim-cli-language-');
const { cli } = harness;
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;
const saved = Object.fromEntries(LOCALE_VARIABLES.map((name) => [name, process.env[name]]));

/** Runs the next in-process commands as if the terminal's locale were `env`. */
function terminal(env: Partial<Record<(typeof LOCALE_VARIABLES)[number], string>>): void {
  for (const name of LOCALE_VARIABLES) {
    if (env[name] === undefined) delete process.env[name];
    else process.env[name] = env[name];
  }
}

afterEach(() => {
  for (const name of LOCALE_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

async function sampleStudy(): Promise<string> {
  const file = join(harness.dir(), 'sample.verbatim');
  expect((await cli('new', file, '--sample')).code).toBe(0);
  return file;
}

describe('the CLI in the terminal’s language', () => {
  it('says its help in Croatian under LC_ALL=hr_HR.UTF-8, the syntax left as typed', async () => {
    terminal({ LC_ALL: 'hr_HR.UTF-8', LANG: 'en_US.UTF-8' });
    const { out, code } = await cli('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Upotreba: verbatim <command> \[options\]\n\nNaredbe:\n/);
    expect(out).toContain('  info <file> [--json]                      Prikaži što istraživanje sadrži (brojeve, verziju sheme)\n');
    expect(out).toContain('\nOpcije:\n  --help       Prikaži ovu pomoć\n');
    expect(out).not.toMatch(/Create a study file|Show this help|Commands:/);
  });

  it('lists sessions in Croatian: kinds and roles in the app’s words, dates as stored', async () => {
    terminal({ LC_ALL: 'hr_HR.UTF-8' });
    const file = await sampleStudy();
    const { out } = await cli('sessions', file);
    expect(out).toMatch(/^Focus group 1 — family weekly shoppers {2}\(Fokus grupa, 2026-03-03\)$/m);
    expect(out).toMatch(/^ {2}Sam Okafor — promatrač$/m);
    expect(out).toMatch(/^ {2}\[transkript\] /m);
    expect(out).not.toMatch(/\(Focus group,|— observer$|\[transcript\]/m);
  });

  it('keeps --json the same whatever the language', async () => {
    terminal({ LC_ALL: 'hr_HR.UTF-8' });
    const file = await sampleStudy();
    const croatian = (await cli('sessions', file, '--json')).out;
    terminal({ LANG: 'C.UTF-8' });
    expect((await cli('sessions', file, '--json')).out).toBe(croatian);
    expect(JSON.parse(croatian).map((s: { kind: string }) => s.kind)).toContain('focus_group');
  });

  it('says what a study holds in Chinese, its values in one column on the terminal (a Chinese character is two cells wide)', async () => {
    const file = await sampleStudy();
    terminal({ LC_ALL: 'zh_CN.UTF-8' });
    const { out } = await cli('info', file);
    expect(out).toMatch(/^研究 {12}Fresh Basket/m);
    expect(out).toMatch(/^架构版本 {8}\d+$/m);
    expect(out).toMatch(/^场次 {12}10$/m);
    expect(out).toMatch(/^编码 {12}260$/m);
    expect(out).not.toMatch(/Sessions|Codings/);
  });

  it('refuses a usage error in the terminal’s language, LC_MESSAGES before LANG', async () => {
    terminal({ LC_MESSAGES: 'hu_HU.UTF-8', LANG: 'nb_NO.UTF-8' });
    const r = await cli('info', 'a.verbatim', '--bogus');
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe('verbatim: ismeretlen kapcsoló: „--bogus”. Lásd: „verbatim --help”.\n');
    terminal({ LANG: 'nb_NO.UTF-8' });
    expect((await cli('frobnicate')).err).toBe('verbatim: ukjent kommando «frobnicate». Kjør «verbatim --help» for listen.\n');
  });

  it('counts with the language’s plural forms', async () => {
    terminal({ LC_ALL: 'hr_HR.UTF-8' });
    const r = await cli('info', 'a.verbatim', 'b.verbatim');
    expect(r.err).toBe('verbatim: potrebna je 1 datoteka, a navedeno ih je 2. Pokrenite „verbatim --help”.\n');
  });

  it('says what an import did in the terminal’s language: participants in Norwegian, a transcript in Chinese', async () => {
    const study = join(harness.dir(), 'empty.verbatim');
    expect((await cli('new', study)).code).toBe(0);
    const csv = join(harness.dir(), 'people.csv');
    writeFileSync(csv, 'Name,Alder,Notes\nAna,34,Ringt inn\nIvo,41,\n');
    terminal({ LANG: 'nb_NO.UTF-8' });
    const people = await cli('import-participants', study, csv);
    expect(people.err).toBe('');
    expect(people.out).toContain('Leste people.csv som Unicode (UTF-8).\n');
    expect(people.out).toContain('  Name -> deltakernavn\n');
    expect(people.out).toContain('  Alder -> ny egenskap «Alder» (tall)\n');
    expect(people.out).toContain('Importerte 2 nye og 0 oppdaterte deltakere; 1 ny egenskap.\n');
    const vtt = join(harness.dir(), 'interview.vtt');
    writeFileSync(vtt, 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hei.\n\n00:00:03.000 --> 00:00:04.000\n<v Ana>Takk.\n');
    terminal({ LC_ALL: 'zh_CN.UTF-8' });
    const transcript = await cli('import', study, vtt);
    expect(transcript.err).toBe('');
    expect(transcript.out).toMatch(/^已将 1 条发言导入“interview”（文档 [0-9a-f-]{36}）。\n {2}Ana：1 条发言\n$/);
  });

  it('reads the locale of the terminal it runs in (the installed bin, zh_CN.UTF-8)', () => {
    const env = { ...process.env, APP_DATA_DIR: join(harness.dir(), 'data'), LC_ALL: 'zh_CN.UTF-8' };
    const r = spawnSync('node', ['main/cli/verbatim.mjs', '--help'], { env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^用法：verbatim <command> \[options\]\n\n命令：\n/);
    expect(r.stdout).toContain('  export-qdc <study> <out.qdc>              将研究的编码手册导出为 REFI-QDA 编码手册\n');
  });
});
