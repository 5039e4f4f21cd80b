import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliHarness } from '../cliHarness';
import { reportFixture } from './reportFixture';

const harness = useCliHarness('verbatim-cli-report-');
const cli = harness.cli;

/** Makes the hand-computed fixture study as a closed file the CLI can open. */
async function fixtureFile(): Promise<string> {
  const f = await reportFixture();
  const path = f.study.path;
  const target = join(harness.dir(), 'fixture.verbatim');
  f.study.db.pragma('wal_checkpoint(TRUNCATE)');
  await f.study.db.backup(target);
  f.close();
  expect(path).not.toBe(target);
  return target;
}

interface JsonTheme {
  code: string;
  codings: number;
  documents: number;
  participants: number;
  sessions: number;
  quotes: unknown[];
  children: JsonTheme[];
}

describe('verbatim report', () => {
  it('writes JSON whose counts agree exactly with `verbatim codings` (parents include their children)', async () => {
    const study = await fixtureFile();
    const out = join(harness.dir(), 'r.json');
    const r = await cli('report', study, '--format', 'json', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      themes: JsonTheme[];
      scores: unknown;
      breakdown: unknown;
      cooccurrence: unknown;
    };
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['themes', 'scores', 'breakdown', 'cooccurrence']));
    const rows = JSON.parse((await cli('codings', study, '--json')).out) as { code: string }[];
    const walk = (list: JsonTheme[]): void =>
      list.forEach((t) => {
        const expected = rows.filter((row) => row.code === t.code || row.code.startsWith(`${t.code}/`)).length;
        expect(t.codings, t.code).toBe(expected);
        expect(Object.keys(t)).toEqual(
          expect.arrayContaining(['code', 'codings', 'documents', 'participants', 'sessions', 'quotes', 'children']),
        );
        walk(t.children);
      });
    walk(report.themes);
    expect(report.themes.reduce((n, t) => n + t.codings, 0)).toBe(rows.length);
  });

  it('writes CSV tables into a folder or with a prefix, and HTML to a file', async () => {
    const study = await fixtureFile();
    const folder = join(harness.dir(), 'csv') + '/';
    expect((await cli('report', study, '--format', 'csv', '--out', folder)).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['Theme-report-breakdown.csv', 'Theme-report-quotes.csv', 'Theme-report-themes.csv']);
    expect((await cli('report', study, '--format', 'csv', '--out', join(harness.dir(), 'pre'))).code).toBe(0);
    expect(readFileSync(join(harness.dir(), 'pre-themes.csv'), 'utf8')).toMatch(/^\ufeffCode,Level,Codings/);
    expect((await cli('report', study, '--format', 'html', '--out', join(harness.dir(), 'r.html'))).code).toBe(0);
    expect(readFileSync(join(harness.dir(), 'r.html'), 'utf8')).toContain('<h1>Theme report</h1>');
  });

  it('writes the report in the language --lang names, and refuses one it does not know, writing nothing', async () => {
    const study = await fixtureFile();
    const out = join(harness.dir(), 'zh.html');
    const r = await cli('report', study, '--format', 'html', '--lang', 'zh', '--out', out);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain('主题汇总');
    const bad = join(harness.dir(), 'xx.html');
    const refused = await cli('report', study, '--format', 'html', '--lang', 'tlh', '--out', bad);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--lang must be one of en, nb, hr, hu, zh');
    expect(existsSync(bad)).toBe(false);
  });

  it('writes a PDF with --format pdf', async () => {
    const study = await fixtureFile();
    const out = join(harness.dir(), 'x.pdf');
    const r = await cli('report', study, '--format', 'pdf', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${out}\n`);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toBe('%%EOF\n');
  });

  it('fails with one line and exit code 2 on a bad format, 1 on a bad definition file', async () => {
    const study = await fixtureFile();
    const bad = await cli('report', study, '--format', 'odt', '--out', 'x');
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    const missing = await cli(
      'report',
      study,
      '--format',
      'json',
      '--out',
      join(harness.dir(), 'x.json'),
      '--definition',
      join(harness.dir(), 'nope.json'),
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^verbatim: cannot read definition/);
  });
});
