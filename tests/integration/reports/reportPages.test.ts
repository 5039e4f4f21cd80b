import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnv, type TestEnv } from '../helpers';
import { convertWithLibreOffice, hasLibreOffice, NO_LIBREOFFICE } from '../libreOffice';

/**
 * The sample study's report as pages: our PDF read by poppler, and our DOCX and XLSX as
 * LibreOffice lays them out (converted to PDF headlessly, one conversion for both files, with a
 * profile of its own so parallel runs do not share one). The breakdown used to be ~45 columns in
 * one portrait table, one letter per line: 50 pages of DOCX, 55 of XLSX.
 */

let env: TestEnv;
const pages = { pdf: 0, docx: 0, xlsx: 0 };
const docxText: string[] = [];
/** The first line of each page of the XLSX as LibreOffice prints it: the header row that page shows. */
const xlsxPageHeads: string[] = [];
/** The quotes sheet's XML, read with regular expressions (not the app's XML reader). */
let quotesSheet = '';

const pageCount = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

beforeAll(async () => {
  env = makeEnv();
  await env.ok('study:openSample', {});
  const snap = await env.ok('reports:generate', { definition: {} });
  const write = async (format: 'pdf' | 'docx' | 'xlsx') => {
    const path = join(env.dir, `sample-${format}.${format}`);
    writeFileSync(path, Buffer.from((await env.ok('reports:export', { snapshotId: snap.id, format })).files[0]!.dataBase64, 'base64'));
    return path;
  };
  pages.pdf = pageCount(await write('pdf'));
  if (!hasLibreOffice) return;
  const files = [await write('docx'), await write('xlsx')];
  const out = join(env.dir, 'lo');
  convertWithLibreOffice(files, 'pdf', out);
  pages.docx = pageCount(join(out, 'sample-docx.pdf'));
  pages.xlsx = pageCount(join(out, 'sample-xlsx.pdf'));
  docxText.push(
    ...execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, 'sample-docx.pdf'), '-'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim()),
  );
  quotesSheet = execFileSync('unzip', ['-p', files[1]!, 'xl/worksheets/sheet3.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const xlsxText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', join(out, 'sample-xlsx.pdf'), '-'], { encoding: 'utf8' });
  xlsxPageHeads.push(
    ...xlsxText
      .split('\f')
      .map((page) => page.trim().split('\n')[0]!.replace(/\s+/g, ' '))
      .filter(Boolean),
  );
}, 120_000);

afterAll(() => {
  env.backend.close();
  env.cleanup();
});

describe('the sample study report, page by page', () => {
  it('PDF: the whole report, charts included, in at most 24 pages', () => {
    expect(pages.pdf).toBeGreaterThanOrEqual(8);
    expect(pages.pdf).toBeLessThanOrEqual(24);
  });

  it.skipIf(!hasLibreOffice)(
    `DOCX in LibreOffice: at most 24 pages, each section heading once${hasLibreOffice ? '' : ` (${NO_LIBREOFFICE})`}`,
    () => {
      expect(pages.docx).toBeGreaterThanOrEqual(8);
      expect(pages.docx).toBeLessThanOrEqual(24);
      for (const heading of [
        'Satisfaction scores',
        'Theme summary',
        'Themes and quotes',
        'Breakdown by participant attributes',
        'What drives dissatisfaction',
        'Co-occurrence',
      ])
        expect(
          docxText.filter((l) => l === heading),
          heading,
        ).toHaveLength(1);
    },
  );

  it.skipIf(!hasLibreOffice)(`XLSX in LibreOffice: at most 24 pages${hasLibreOffice ? '' : ` (${NO_LIBREOFFICE})`}`, () => {
    expect(pages.xlsx).toBeGreaterThanOrEqual(6);
    expect(pages.xlsx).toBeLessThanOrEqual(24);
  });

  it.skipIf(!hasLibreOffice)(
    `XLSX in LibreOffice: the quotes sheet prints one page wide, every column on each page${hasLibreOffice ? '' : ` (${NO_LIBREOFFICE})`}`,
    () => {
      // Only the breakdown (dozens of number columns) is too wide to shrink; its first column repeats on each page instead.
      const quotePages = xlsxPageHeads.filter((h) =>
        /^Code Kind\b|^Code Quote\b|^Code Question\b|^Code Document\b|^Code Session\b/.test(h),
      );
      expect(quotePages.length).toBeGreaterThan(0);
      for (const head of quotePages) expect(head).toMatch(/^Code Kind Quote Question Speaker Attributes Document Session Starred$/);
    },
  );

  it.skipIf(!hasLibreOffice)(
    `XLSX: a row whose quote wraps is tall enough for its lines, so it is not drawn over the next row${hasLibreOffice ? '' : ` (${NO_LIBREOFFICE})`}`,
    () => {
      const quoteWidth = Number(/<col min="3" max="3" width="(\d+)"/.exec(quotesSheet)![1]);
      const rows = [...quotesSheet.matchAll(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g)].slice(1).map((m) => ({
        height: Number(/ht="(\d+)"/.exec(m[2]!)?.[1] ?? 15),
        quote: /<c r="C\d+"[^>]*><is><t[^>]*>([^<]*)<\/t>/.exec(m[3]!)?.[1] ?? '',
      }));
      const long = rows.filter((r) => r.quote.length > 2 * quoteWidth);
      expect(long.length).toBeGreaterThan(0);
      for (const r of long) expect(r.height, r.quote).toBeGreaterThanOrEqual(3 * 15);
    },
  );
});
