/**
 * A report is written in the language chosen for it, whatever language the app speaks: headings,
 * table headers, notes, group names, quotation marks, numbers, the documents' language tags, and
 * the CSV list separator Excel uses for that language. Each format is read back by a reader that
 * is not ours where one exists (poppler for the PDF).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFixture } from './reportFixture';
import { findAll, part, textOf } from './ooxml';

async function exported(language: string | undefined, format: 'html' | 'pdf' | 'docx' | 'csv') {
  const f = await reportFixture();
  try {
    const snap = await f.call('reports:generate', { definition: language ? { language } : {} } as never);
    return (await f.call('reports:export', { snapshotId: snap.id, format })).files.map((file) => Buffer.from(file.dataBase64, 'base64'));
  } finally {
    f.close();
  }
}

describe('report language', () => {
  it('writes HTML in Norwegian: lang tag, headings, group names, quotation marks and percentages', async () => {
    const html = (await exported('nb', 'html'))[0]!.toString('utf8');
    expect(html).toContain('<html lang="nb">');
    for (const words of [
      'Temaoversikt',
      'Temaer og sitater',
      'Fordelt på deltakeregenskaper',
      'Hva driver misnøye',
      'Ambassadør',
      'kritikere',
    ])
      expect(html, words).toContain(words);
    expect(html).toMatch(/\d+\u00a0%/);
    expect(html).not.toContain('Theme summary');
  });

  it('stays English by default, as reports always were', async () => {
    const html = (await exported(undefined, 'html'))[0]!.toString('utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Theme summary');
  });

  it('tags a Croatian DOCX as Croatian (East Asian runs as Chinese) and quotes in Croatian marks', async () => {
    const docx = (await exported('hr', 'docx'))[0]!;
    const lang = findAll(part(docx, 'word/styles.xml'), 'lang')[0]!;
    expect(lang.attrs.get('w:val')).toBe('hr-HR');
    expect(lang.attrs.get('w:eastAsia')).toBe('zh-CN');
    const text = textOf(part(docx, 'word/document.xml'));
    expect(text).toContain('Pregled tema');
    expect(text).toContain('„Prices are too high”');
  });

  it('writes a Chinese PDF that poppler reads back in Chinese, with /Lang and Chinese page numbers', async () => {
    const pdf = (await exported('zh-Hans', 'pdf'))[0]!;
    const tag = [...'zh-Hans'].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
    expect(pdf.toString('latin1')).toContain(`/Lang <FEFF${tag}>`);
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-lang-pdf-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
      for (const words of ['主题汇总', '主题与引用', '第 1 页', '推荐者']) expect(text, words).toContain(words);
      expect(text).not.toContain('\ufffd');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('separates Hungarian CSV cells with ";" (Excel on Hungarian Windows), English with ","', async () => {
    const [hu] = await exported('hu', 'csv');
    const [en] = await exported('en', 'csv');
    const first = (b: Buffer) => b.toString('utf8').split('\r\n')[0]!;
    expect(first(hu!)).toMatch(/^\ufeffKód;Szint;Kódolások;/);
    expect(first(en!)).toMatch(/^\ufeffCode,Level,Codings,/);
  });
});
