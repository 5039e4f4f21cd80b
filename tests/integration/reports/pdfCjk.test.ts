import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CJK, cjkStudy } from './cjkStudy';

/**
 * A Chinese study's PDF report, read back by poppler, a reader that is not ours: the Chinese comes
 * back as text (ToUnicode), every font is an embedded subset, and mixed lines break between
 * Chinese characters but never inside a Latin word. VERBATIM_PDF_KEEP=<file> keeps the PDF.
 */
const tmp = mkdtempSync(join(tmpdir(), 'verbatim-report-cjk-'));
const file = join(tmp, 'cjk.pdf');
let pdf: Buffer;
let text: string;

beforeAll(async () => {
  const study = await cjkStudy();
  pdf = await study.exportAs('pdf');
  study.close();
  writeFileSync(file, pdf);
  if (process.env.VERBATIM_PDF_KEEP) copyFileSync(file, process.env.VERBATIM_PDF_KEEP);
  text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a Chinese study as PDF', () => {
  it('renders in poppler without a complaint (bold Chinese is drawn outlined, from the same subset)', () => {
    const run = spawnSync('pdftoppm', ['-r', '40', '-png', file, join(tmp, 'page')], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('gives back the Chinese, Norwegian, Croatian and Hungarian text, with nothing replaced by U+FFFD', () => {
    const flat = text.replace(/\s+/g, '');
    expect(text).not.toContain('\uFFFD');
    for (const s of [...CJK.people, ...CJK.codes, CJK.attribute, ...CJK.groups, ...Object.values(CJK.turns), '生鲜配送研究'])
      expect(flat, s).toContain(s.replace(/\s+/g, ''));
    expect(flat).toContain(CJK.long.replace(/\s+/g, ''));
  });

  it('embeds every font as a subset (ABCDEF+Name) with a ToUnicode map, the CJK face among them', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(rows.some((r) => r.includes('+DroidSansFallback'))).toBe(true);
    expect(pdf.length).toBeLessThan(400_000);
  });

  it('breaks mixed lines between Chinese characters and never inside a Latin word', () => {
    const lines = text.split('\n').map((l) => l.trim());
    // The long quote runs over several lines with no space in it…
    const quoteLines = lines.filter((l) => /[次款望]/.test(l) && /[\u4e00-\u9fff]{6}/.test(l));
    expect(quoteLines.length).toBeGreaterThanOrEqual(4);
    // …and every one of its 12 "WeChat" and "App" is whole on one line.
    expect(text.match(/WeChat/g)?.length).toBe(12);
    expect(text.match(/App/g)?.length).toBe(12);
    // No line starts with closing punctuation.
    for (const l of lines) expect(l, l).not.toMatch(/^[，。、：；！？」』）]/);
  });
});
